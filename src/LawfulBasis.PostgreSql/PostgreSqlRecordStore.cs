using System.Text.Json;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// A register's records in the shared <c>records</c> table, one row per record (JSON): every instance reads what any
/// instance appended, at once. A keyed store names subjects by the register key (<c>hmac-sha256:…</c>), in the
/// <c>subject</c> column and in the JSON, never by their raw id; lookups key the id first. Rows carry no insertion order
/// and no insertion time: a subject's records are numbered per subject and register (<c>seq</c>), and an erasure
/// removes or rewrites rows (<see cref="IRewritableRecordStore{TRecord}"/>), so nothing orders them against the trail.
/// </summary>
internal sealed class PostgreSqlRecordStore<TRecord> : IRewritableRecordStore<TRecord>
    where TRecord : class, ISubjectRecord
{
    private const string UniqueViolation = "23505";
    private const int AppendAttempts = 20;
    private static readonly string Register = typeof(TRecord).Name;
    private readonly LawfulBasisDatabase _database;
    private readonly ILogger _logger;
    private readonly RegisterSubjectKey? _key;
    private readonly Func<TRecord, string, TRecord>? _withSubject;
    private readonly string _table;

    /// <summary>A store that keeps subjects as they are given (the request ledger, which keys closed requests itself; the tool).</summary>
    public PostgreSqlRecordStore(LawfulBasisDatabase database, ILogger logger)
        : this(database, logger, null, null)
    {
    }

    /// <summary>A store that names subjects by <paramref name="key"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="logger">Where retries are reported.</param>
    /// <param name="key">The register key; null keeps subjects as given.</param>
    /// <param name="withSubject">Copies a record with another subject (<c>(r, s) =&gt; r with { SubjectId = s }</c>).</param>
    public PostgreSqlRecordStore(LawfulBasisDatabase database, ILogger logger, RegisterSubjectKey? key, Func<TRecord, string, TRecord>? withSubject)
    {
        if (key is not null && withSubject is null)
        {
            throw new ArgumentNullException(nameof(withSubject), "A keyed store needs to copy records with their keyed subject.");
        }

        _database = database;
        _logger = logger;
        _key = key;
        _withSubject = withSubject;
        _table = $"{database.Schema}.records";
        database.EnsureSchema();
    }

    /// <inheritdoc />
    public bool IsWritable => true;

    /// <summary>Every record as stored (keyed subjects in a keyed store), each subject's oldest first; subjects in the order of their stored name.</summary>
    public IReadOnlyList<TRecord> ReadAll() => TransientRetry.Run(_ =>
    {
        using var command = _database.DataSource.CreateCommand($"SELECT record FROM {_table} WHERE register = @register ORDER BY subject, seq");
        command.Parameters.AddWithValue("register", Register);
        var records = new List<TRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(Deserialize(reader.GetString(0)));
        }

        return records;
    }, () => $"Reading the {Register} register", _database, _logger);

    /// <summary>
    /// The subject's records in this register, with the raw id the caller gave. During a gate decision, the first register
    /// asked fetches the subject's records of every register in one round trip and the others are answered from that snapshot.
    /// </summary>
    public IReadOnlyList<TRecord> ReadSubject(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        var stored = Stored(subjectId);
        if (RegisterReadScope.Cached<SubjectRows>(subjectId) is not { } snapshot || !string.Equals(snapshot.Subject, stored, StringComparison.Ordinal))
        {
            var rows = TransientRetry.Run(_ =>
            {
                var read = new List<(string Register, string Json)>();
                using var command = _database.DataSource.CreateCommand($"SELECT register, record FROM {_table} WHERE subject = @subject ORDER BY register, seq");
                command.Parameters.AddWithValue("subject", stored);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    read.Add((reader.GetString(0), reader.GetString(1)));
                }

                return read;
            }, () => $"Reading a subject's {Register} records", _database, _logger);
            snapshot = new SubjectRows(stored, rows);
            RegisterReadScope.Cache(subjectId, snapshot);
        }

        var records = new List<TRecord>();
        foreach (var (register, json) in snapshot.Rows)
        {
            if (register == Register)
            {
                var record = Deserialize(json);
                records.Add(_key is null ? record : _withSubject!(record, subjectId));
            }
        }

        return records;
    }

    /// <summary>
    /// Appends the record as the subject's next (numbered after the subject's last in this register). Two instances
    /// appending for one subject at once collide on the number; the loser numbers again (nothing was written).
    /// </summary>
    public void Append(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = Keyed(record);
        var json = JsonSerializer.Serialize(stored, RecordJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var batch = _database.DataSource.CreateBatch();
                batch.BatchCommands.Add(RegisterLock(shared: true));
                var insert = new NpgsqlBatchCommand(
                    $"INSERT INTO {_table} (subject, register, seq, record) SELECT @subject, @register, coalesce(max(seq), 0) + 1, @record FROM {_table} WHERE subject = @subject AND register = @register");
                insert.Parameters.AddWithValue("subject", stored.SubjectId);
                insert.Parameters.AddWithValue("register", Register);
                insert.Parameters.AddWithValue("record", NpgsqlDbType.Jsonb, json);
                batch.BatchCommands.Add(insert);
                batch.ExecuteNonQuery(); // one implicit transaction: durable and visible to every instance when this returns
                return;
            }
            catch (PostgresException e) when (e.SqlState == UniqueViolation && attempt < AppendAttempts)
            {
                // Another instance took this number for the same subject: number again.
            }
        }
    }

    /// <summary>Deletes the subject's rows <paramref name="keep"/> does not keep, in one transaction.</summary>
    public int Forget(string subjectId, Func<TRecord, bool> keep)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var stored = Stored(subjectId);
        using var connection = _database.DataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var removed = new List<int>();
        using (var read = new NpgsqlCommand($"SELECT seq, record FROM {_table} WHERE subject = @subject AND register = @register ORDER BY seq", connection, transaction))
        {
            read.Parameters.AddWithValue("subject", stored);
            read.Parameters.AddWithValue("register", Register);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var record = Deserialize(reader.GetString(1));
                if (!keep(_key is null ? record : _withSubject!(record, subjectId)))
                {
                    removed.Add(reader.GetInt32(0));
                }
            }
        }

        if (removed.Count > 0)
        {
            using var delete = new NpgsqlCommand($"DELETE FROM {_table} WHERE subject = @subject AND register = @register AND seq = ANY(@seqs)", connection, transaction);
            delete.Parameters.AddWithValue("subject", stored);
            delete.Parameters.AddWithValue("register", Register);
            delete.Parameters.AddWithValue("seqs", removed.ToArray());
            delete.ExecuteNonQuery();
        }

        transaction.Commit();
        return removed.Count;
    }

    /// <summary>
    /// Appends the record and rewrites it with the rows <paramref name="among"/> selects, in <paramref name="order"/>, in
    /// one transaction: the rows then share one transaction id (<c>xmin</c>) and their physical order (<c>ctid</c>)
    /// follows <paramref name="order"/>, so neither tells which was appended last.
    /// </summary>
    public void AppendAmong(TRecord record, Func<TRecord, bool> among, Func<IEnumerable<TRecord>, IOrderedEnumerable<TRecord>> order)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = Keyed(record);
        using var connection = _database.DataSource.OpenConnection();
        using var transaction = BeginRewrite(connection);

        var rows = ReadRows(connection, transaction);
        var next = rows.Where(r => string.Equals(r.Subject, stored.SubjectId, StringComparison.Ordinal)).Select(r => r.Seq).DefaultIfEmpty(0).Max() + 1;
        var group = rows.Where(r => among(r.Record)).Append(new Row(stored.SubjectId, next, stored)).ToList();
        var numbers = group.ToDictionary(r => (object)r.Record, r => r, ReferenceEqualityComparer.Instance);
        var written = order(group.Select(r => r.Record)).Select(r => numbers[r]).ToList();
        Delete(connection, transaction, group[..^1]);
        Insert(connection, transaction, written);
        transaction.Commit();
    }

    /// <summary>
    /// Rewrites the subjects whose records <paramref name="change"/> changes (their rows deleted and written again,
    /// numbered anew), in one transaction under the register's lock; other rows are left alone.
    /// </summary>
    public bool Replace(Func<IReadOnlyList<TRecord>, IReadOnlyList<TRecord>?> change)
    {
        if (change(ReadAll()) is null)
        {
            return false; // the usual case, without a lock or a transaction
        }

        using var connection = _database.DataSource.OpenConnection();
        using var transaction = BeginRewrite(connection);

        var rows = ReadRows(connection, transaction);
        if (change([.. rows.Select(r => r.Record)]) is not { } replaced)
        {
            transaction.Commit();
            return false;
        }

        var before = rows.GroupBy(r => r.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Record).ToList(), StringComparer.Ordinal);
        var after = replaced.Select(Keyed).GroupBy(r => r.SubjectId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var changed = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(s => !(before.TryGetValue(s, out var old) && after.TryGetValue(s, out var now) && old.Count == now.Count && old.Zip(now).All(p => ReferenceEquals(p.First, p.Second) || p.First.Equals(p.Second))))
            .ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            transaction.Commit();
            return false;
        }

        Delete(connection, transaction, [.. rows.Where(r => changed.Contains(r.Subject))]);
        Insert(connection, transaction, [.. replaced.Select(Keyed).Where(r => changed.Contains(r.SubjectId)).GroupBy(r => r.SubjectId, StringComparer.Ordinal)
            .SelectMany(g => g.Select((r, i) => new Row(g.Key, i + 1, r)))]);
        transaction.Commit();
        return true;
    }

    private string LockName => $"lawfulbasis records {_database.Schema} {Register}";

    /// <summary>
    /// Appends take the register's lock shared, rewrites exclusively: a rewrite renumbers a subject's rows, and an append
    /// numbering beside it would collide or interleave.
    /// </summary>
    private NpgsqlBatchCommand RegisterLock(bool shared)
    {
        var command = new NpgsqlBatchCommand(RegisterLockSql(shared));
        command.Parameters.AddWithValue("lock", LockName);
        return command;
    }

    private static string RegisterLockSql(bool shared) =>
        shared ? "SELECT pg_advisory_xact_lock_shared(hashtext(@lock))" : "SELECT pg_advisory_xact_lock(hashtext(@lock))";

    /// <summary>Begins a rewrite's transaction, holding the register's lock exclusively until it ends.</summary>
    private NpgsqlTransaction BeginRewrite(NpgsqlConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var locking = new NpgsqlCommand(RegisterLockSql(shared: false), connection, transaction);
        locking.Parameters.AddWithValue("lock", LockName);
        locking.ExecuteNonQuery();
        return transaction;
    }

    private List<Row> ReadRows(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand($"SELECT subject, seq, record FROM {_table} WHERE register = @register ORDER BY subject, seq", connection, transaction);
        command.Parameters.AddWithValue("register", Register);
        var rows = new List<Row>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetInt32(1), Deserialize(reader.GetString(2))));
        }

        return rows;
    }

    private void Delete(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Row> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var command = RowsCommand(
            $"DELETE FROM {_table} r USING unnest(@subjects, @seqs) AS d (subject, seq) WHERE r.register = @register AND r.subject = d.subject AND r.seq = d.seq",
            connection, transaction, rows);
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts <paramref name="rows"/> in their order, in one statement.</summary>
    private void Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Row> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var command = RowsCommand(
            $"INSERT INTO {_table} (subject, register, seq, record) SELECT d.subject, @register, d.seq, d.record FROM unnest(@subjects, @seqs, @records) WITH ORDINALITY AS d (subject, seq, record, n) ORDER BY d.n",
            connection, transaction, rows);
        command.Parameters.AddWithValue("records", NpgsqlDbType.Array | NpgsqlDbType.Jsonb, rows.Select(r => JsonSerializer.Serialize(r.Record, RecordJson.Options)).ToArray());
        command.ExecuteNonQuery();
    }

    /// <summary>A statement about <paramref name="rows"/>: this register, their subjects and numbers as arrays.</summary>
    private static NpgsqlCommand RowsCommand(string sql, NpgsqlConnection connection, NpgsqlTransaction transaction, List<Row> rows)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("register", Register);
        command.Parameters.AddWithValue("subjects", rows.Select(r => r.Subject).ToArray());
        command.Parameters.AddWithValue("seqs", rows.Select(r => r.Seq).ToArray());
        return command;
    }

    private string Stored(string subjectId) => _key?.Of(subjectId) ?? subjectId;

    private TRecord Keyed(TRecord record) =>
        _key is null || RegisterSubjectKey.IsKeyed(record.SubjectId) ? record : _withSubject!(record, _key.Of(record.SubjectId));

    private TRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<TRecord>(json, RecordJson.Options) ?? throw new InvalidDataException($"A {Register} row in {_database.Description} holds null.");

    /// <summary>A row as stored: its subject (keyed in a keyed store), its number among the subject's records, the record.</summary>
    private sealed record Row(string Subject, int Seq, TRecord Record);
}

/// <summary>One decision's read of every register's rows about one stored subject, shared by the registers' stores.</summary>
/// <param name="Subject">The subject as stored (keyed, or raw in the request ledger).</param>
/// <param name="Rows">Each row's register and record.</param>
internal sealed record SubjectRows(string Subject, List<(string Register, string Json)> Rows);
