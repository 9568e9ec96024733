using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Audit;
using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Verifies the audit trail held in PostgreSQL: each writer's chain from its first entry to its last (sequence and
/// hash), and that the indexed columns say what the chained entry says. Streams the rows; never throws for a bad trail.
/// </summary>
public static class PostgreSqlTrailVerifier
{
    /// <summary>Verifies every writer's chain in the schema.</summary>
    /// <param name="connectionString">The database (a read-only role is enough).</param>
    /// <param name="schema">The trail's schema.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The result. For a database, <see cref="TrailVerification.Line"/> is the <c>id</c> of the first bad row, and the
    /// message names its writer and sequence number.
    /// </returns>
    public static async Task<TrailVerification> VerifyAsync(string connectionString, string schema = "lawfulbasis", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        string s;
        try
        {
            s = SqlNames.Checked(schema, nameof(schema));
        }
        catch (ArgumentException e)
        {
            return new TrailVerification(TrailProblem.Unreadable, 0, null, e.Message, null);
        }

        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var command = dataSource.CreateCommand($"SELECT id, writer, seq, subject, entry FROM {s}.trail ORDER BY writer, seq");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await VerifyAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or KeyNotFoundException or FormatException or IOException)
        {
            return new TrailVerification(TrailProblem.Unreadable, 0, null, $"The trail in schema {s} cannot be read: {e.Message}", null);
        }
    }

    private static async Task<TrailVerification> VerifyAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var previous = new byte[TrailFormat.HashLength];
        var current = new byte[TrailFormat.HashLength];
        Guid? writer = null;
        long verified = 0, expectedSeq = 1, writers = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            var rowWriter = reader.GetGuid(1);
            var rowSeq = reader.GetInt64(2);
            var subject = reader.IsDBNull(3) ? null : reader.GetString(3);
            var line = Encoding.UTF8.GetBytes(reader.GetString(4));
            if (rowWriter != writer)
            {
                writer = rowWriter;
                writers++;
                expectedSeq = 1;
                Array.Clear(previous);
            }

            TrailVerification Bad(TrailProblem problem, string what) =>
                new(problem, verified, id, $"Row {id} (writer {rowWriter}, entry {rowSeq}) {what}", verified == 0 ? null : Convert.ToHexStringLower(previous));

            if (!TrailFormat.TrySplit(line, out var canonical, out var hashHex) || !TrailFormat.TryReadSeq(canonical, out var seq))
            {
                return Bad(TrailProblem.Malformed, "is not a trail entry (it lacks the sequence number or the chain hash): it was modified or inserted.");
            }

            if (rowSeq != expectedSeq || seq != rowSeq)
            {
                var what = rowSeq > expectedSeq
                    ? $"comes where entry {expectedSeq} was expected: {rowSeq - expectedSeq} entr{(rowSeq - expectedSeq == 1 ? "y was" : "ies were")} deleted before it."
                    : $"says it is entry {seq}: its sequence number was changed.";
                return Bad(TrailProblem.OutOfSequence, what);
            }

            TrailFormat.Chain(sha, previous, canonical, current);
            if (!TrailFormat.HexEquals(hashHex, current))
            {
                return Bad(TrailProblem.Modified, "does not match its chain hash: its content was modified, or it was forged.");
            }

            if (TrailFormat.ReadSubject(line) != subject)
            {
                return Bad(TrailProblem.Modified, "has a subject column that differs from its chained entry: the index was altered, so access requests would miss or mix up entries.");
            }

            (previous, current) = (current, previous);
            expectedSeq++;
            verified++;
        }

        return new TrailVerification(TrailProblem.None, verified, null,
            $"{verified} entries from {writers} writer{(writers == 1 ? string.Empty : "s")} verified; every chain is intact.", verified == 0 ? null : Convert.ToHexStringLower(previous));
    }
}
