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
    public static Task<TrailVerification> VerifyAsync(string connectionString, string schema = "lawfulbasis", CancellationToken cancellationToken = default) =>
        VerifyAsync(connectionString, schema, new TrailVerificationOptions { AllowEmpty = true, AllowUnsignedTail = true }, cancellationToken);

    /// <summary>
    /// Verifies every writer's chain in the schema and, with <see cref="TrailVerificationOptions.PublicKey"/>, each
    /// writer's signed checkpoints: every one must verify, entries after a writer's last checkpoint are reported (unless
    /// <see cref="TrailVerificationOptions.AllowUnsignedTail"/>), and a writer registered in <c>trail_writers</c> with no
    /// entry left fails (a writer with checkpoints signs its start at once, so its rows were deleted).
    /// </summary>
    /// <param name="connectionString">The database (a read-only role is enough).</param>
    /// <param name="schema">The trail's schema.</param>
    /// <param name="options">The public key and what to accept; a witness is not used for PostgreSQL.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result, as <see cref="VerifyAsync(string, string, CancellationToken)"/> describes.</returns>
    public static async Task<TrailVerification> VerifyAsync(string connectionString, string schema, TrailVerificationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
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
            if (options.PublicKey is not null
                && await WriterWithoutEntriesAsync(dataSource, s, cancellationToken).ConfigureAwait(false) is { } missing)
            {
                return missing;
            }

            await using var command = dataSource.CreateCommand($"SELECT id, writer, seq, subject, entry FROM {s}.trail ORDER BY writer, seq");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await VerifyAsync(reader, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or KeyNotFoundException or FormatException or IOException)
        {
            return new TrailVerification(TrailProblem.Unreadable, 0, null, $"The trail in schema {s} cannot be read: {e.Message}", null);
        }
    }

    /// <summary>A writer registered in <c>trail_writers</c> with no row left in the trail, reported; or null.</summary>
    private static async Task<TrailVerification?> WriterWithoutEntriesAsync(NpgsqlDataSource dataSource, string s, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT w.writer, w.started_at, w.host FROM {s}.trail_writers w WHERE NOT EXISTS (SELECT 1 FROM {s}.trail t WHERE t.writer = w.writer) ORDER BY w.started_at LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new TrailVerification(TrailProblem.ShorterThanWitness, 0, null,
                $"Writer {reader.GetGuid(0)} (started {reader.GetFieldValue<DateTimeOffset>(1):u} on {reader.GetString(2)}) is registered in trail_writers but has no entry: a writer with signed checkpoints signs its start at once, so its rows were deleted.", null)
            : null;
    }

    /// <summary>Entries after a writer's last signed checkpoint, reported; or null.</summary>
    private static TrailVerification? UnsignedTail(Guid writer, long entries, CheckpointState checkpoints, long verified, TrailVerificationOptions options)
    {
        var unsigned = entries - checkpoints.LastSeq;
        if (options.PublicKey is null || options.AllowUnsignedTail || unsigned <= 0)
        {
            return null;
        }

        return new TrailVerification(TrailProblem.UnsignedTail, verified, null, checkpoints.LastSeq == 0
            ? $"Writer {writer}: none of its {entries} entries is covered by a signed checkpoint: it wrote without checkpoints, or they were removed."
            : $"Writer {writer}: the last {unsigned} entr{(unsigned == 1 ? "y follows" : "ies follow")} its last signed checkpoint (entry {checkpoints.LastSeq}): its tail was cut back and re-appended, or it stopped without a clean shutdown (or still runs). Accept them as unproven with --allow-unsigned-tail.",
            null) { UnsignedEntries = unsigned };
    }

    private static async Task<TrailVerification> VerifyAsync(NpgsqlDataReader reader, TrailVerificationOptions options, CancellationToken cancellationToken)
    {
        var writerOptions = options with { Witness = null };
        var checkpoints = new CheckpointState("Row");
        long checkpointCount = 0;
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
                if (writer is { } finished && UnsignedTail(finished, expectedSeq - 1, checkpoints, verified, options) is { } tail)
                {
                    return tail;
                }

                checkpointCount += checkpoints.Count;
                checkpoints = new CheckpointState("Row");
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

            if (checkpoints.Check(line, id, rowSeq, previous, current, writerOptions) is { } badCheckpoint)
            {
                return badCheckpoint with { Message = $"Writer {rowWriter}: {badCheckpoint.Message}" };
            }

            (previous, current) = (current, previous);
            expectedSeq++;
            verified++;
        }

        if (writer is { } last && UnsignedTail(last, expectedSeq - 1, checkpoints, verified, options) is { } lastTail)
        {
            return lastTail;
        }

        checkpointCount += checkpoints.Count;
        var signed = options.PublicKey is null ? string.Empty : $" {checkpointCount} signed checkpoint{(checkpointCount == 1 ? string.Empty : "s")} verified.";
        return new TrailVerification(TrailProblem.None, verified, null,
            $"{verified} entries from {writers} writer{(writers == 1 ? string.Empty : "s")} verified; every chain is intact.{signed}", verified == 0 ? null : Convert.ToHexStringLower(previous))
        { Checkpoints = checkpointCount };
    }
}
