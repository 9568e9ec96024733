using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LawfulBasis.Registers;
using Npgsql;
using NpgsqlTypes;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Schema version 2's data step: the rows of version 1's <c>records</c> (raw subject ids, an identity column giving the
/// order of insertion, the time of insertion) move to the new table keyed under the register key, numbered per subject
/// and register, with no time of insertion; erasure records keep only their day and are written sorted by day and keyed
/// subject. Request ledger rows keep their raw id: the ledger pseudonymises closed requests itself when it next opens.
/// The consent, objection and restriction rows of subjects erased under version 1 are dropped as an erasure now drops
/// them (<see cref="RegisterEraser"/>): kept only when about a purpose whose data the erasure retained.
/// Done in C# inside the migration's transaction because core PostgreSQL has no HMAC (pgcrypto is an extension a
/// database may not have), and the key must be <see cref="RegisterSubjectKey.DerivedFrom"/>'s, the one the stores use.
/// </summary>
internal static class RegisterKeying
{
    private const string Requests = "SubjectRequest";
    private const string Erasures = "ErasureRecord";

    public static async Task MigrateAsync(NpgsqlConnection connection, string schema, string keySchema, CancellationToken cancellationToken)
    {
        var rows = new List<(string Register, string Subject, string Record)>();
        await using (var read = new NpgsqlCommand($"SELECT register, subject, record::text FROM {schema}.records_v1 ORDER BY id", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        rows = WithoutErasedSubjectsRecords(rows);
        if (rows.Count > 0)
        {
            var key = RegisterSubjectKey.DerivedFrom(await StoreSecretAsync(connection, keySchema, cancellationToken).ConfigureAwait(false));
            var moved = rows.Select(r => Keyed(r.Register, r.Subject, r.Record, key))
                .GroupBy(r => (r.Register, r.Subject))
                .SelectMany(g => g.Select((r, i) => (r.Register, r.Subject, Seq: i + 1, r.Record, r.Day)))
                .OrderBy(r => r.Register, StringComparer.Ordinal)
                .ThenBy(r => r.Day)
                .ThenBy(r => r.Subject, StringComparer.Ordinal)
                .ThenBy(r => r.Seq)
                .ToList();
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO {schema}.records (subject, register, seq, record) SELECT d.subject, d.register, d.seq, d.record FROM unnest(@subjects, @registers, @seqs, @records) WITH ORDINALITY AS d (subject, register, seq, record, n) ORDER BY d.n",
                connection);
            insert.Parameters.AddWithValue("subjects", moved.Select(r => r.Subject).ToArray());
            insert.Parameters.AddWithValue("registers", moved.Select(r => r.Register).ToArray());
            insert.Parameters.AddWithValue("seqs", moved.Select(r => r.Seq).ToArray());
            insert.Parameters.AddWithValue("records", NpgsqlDbType.Array | NpgsqlDbType.Jsonb, moved.Select(r => r.Record).ToArray());
            insert.CommandTimeout = 0; // a large register takes what it takes, once
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await PostgreSqlSchema.ExecuteAsync(connection, $"DROP TABLE {schema}.records_v1", cancellationToken).ConfigureAwait(false);
    }

    private static List<(string Register, string Subject, string Record)> WithoutErasedSubjectsRecords(List<(string Register, string Subject, string Record)> rows)
    {
        var retained = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, subject, record) in rows.Where(r => r.Register == Erasures))
        {
            var purposes = JsonNode.Parse(record)?["retainedPurposes"]?.AsArray().Select(p => p!.GetValue<string>()) ?? [];
            retained[subject] = retained.TryGetValue(subject, out var earlier) ? [.. earlier, .. purposes] : [.. purposes];
        }

        return [.. rows.Where(r => r.Register is not ("ConsentRecord" or "ObjectionRecord" or "RestrictionRecord")
            || !retained.TryGetValue(r.Subject, out var kept)
            || RegisterEraser.NeededFor(JsonNode.Parse(r.Record)?["purposeId"]?.GetValue<string>(), kept))];
    }

    /// <summary>A version 1 row as version 2 stores it; <c>Day</c> orders erasure records (the others sort on subject alone).</summary>
    private static (string Register, string Subject, string Record, DateTimeOffset Day) Keyed(string register, string subject, string record, RegisterSubjectKey key)
    {
        if (register == Requests || RegisterSubjectKey.IsKeyed(subject))
        {
            return (register, subject, record, default);
        }

        var json = JsonNode.Parse(record)!.AsObject();
        var keyed = key.Of(subject);
        json["subjectId"] = keyed;
        var day = default(DateTimeOffset);
        if (register == Erasures && json["at"] is { } at)
        {
            day = CoarseTime.Day(at.GetValue<DateTimeOffset>());
            json["at"] = JsonSerializer.SerializeToNode(day, RecordJson.Options);
        }

        return (register, keyed, json.ToJsonString(RecordJson.Options), day);
    }

    /// <summary>The key store's secret, created as the key store would when the database has none yet.</summary>
    private static async Task<byte[]> StoreSecretAsync(NpgsqlConnection connection, string keySchema, CancellationToken cancellationToken)
    {
        await PostgreSqlSchema.ExecuteAsync(connection, $"INSERT INTO {keySchema}.store_secret (id, secret) VALUES (1, @secret) ON CONFLICT (id) DO NOTHING",
            cancellationToken, ("secret", RandomNumberGenerator.GetBytes(32))).ConfigureAwait(false);
        await using var read = new NpgsqlCommand($"SELECT secret FROM {keySchema}.store_secret WHERE id = 1", connection);
        return (byte[])(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
