using System.Text.Json;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// A register's records in the shared <c>records</c> table, one row per record (JSON), indexed by register and subject:
/// every instance reads what any instance appended, at once. The table is append-only.
/// </summary>
internal sealed class PostgreSqlRecordStore<TRecord> : IRecordStore<TRecord>
    where TRecord : class, ISubjectRecord
{
    private static readonly string Register = typeof(TRecord).Name;
    private readonly LawfulBasisDatabase _database;
    private readonly ILogger _logger;

    public PostgreSqlRecordStore(LawfulBasisDatabase database, ILogger logger)
    {
        _database = database;
        _logger = logger;
        database.EnsureSchema();
    }

    public IReadOnlyList<TRecord> ReadAll() =>
        Read($"SELECT record FROM {_database.Schema}.records WHERE register = @register ORDER BY id");

    /// <summary>
    /// The subject's records in this register. During a gate decision, the first register asked fetches the subject's
    /// records of every register in one round trip and the others are answered from that snapshot.
    /// </summary>
    public IReadOnlyList<TRecord> ReadSubject(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        if (RegisterReadScope.Cached<List<(string Register, string Json)>>(subjectId) is not { } rows)
        {
            rows = TransientRetry.Run(_ =>
            {
                var read = new List<(string Register, string Json)>();
                using var command = _database.DataSource.CreateCommand($"SELECT register, record FROM {_database.Schema}.records WHERE subject = @subject ORDER BY id");
                command.Parameters.AddWithValue("subject", subjectId);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    read.Add((reader.GetString(0), reader.GetString(1)));
                }

                return read;
            }, () => $"Reading a subject's {Register} records", _database, _logger);
            RegisterReadScope.Cache(subjectId, rows);
        }

        var records = new List<TRecord>();
        foreach (var (register, json) in rows)
        {
            if (register == Register)
            {
                records.Add(Deserialize(json));
            }
        }

        return records;
    }

    public void Append(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var command = _database.DataSource.CreateCommand($"INSERT INTO {_database.Schema}.records (register, subject, record) VALUES (@register, @subject, @record)");
        command.Parameters.AddWithValue("register", Register);
        command.Parameters.AddWithValue("subject", record.SubjectId);
        command.Parameters.AddWithValue("record", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(record, RecordJson.Options));
        command.ExecuteNonQuery(); // autocommit: durable and visible to every instance when this returns
    }

    private List<TRecord> Read(string sql) => TransientRetry.Run(_ =>
    {
        using var command = _database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("register", Register);
        var records = new List<TRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(Deserialize(reader.GetString(0)));
        }

        return records;
    }, () => $"Reading the {Register} register", _database, _logger);

    private TRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<TRecord>(json, RecordJson.Options) ?? throw new InvalidDataException($"A {Register} row in {_database.Description} holds null.");
}
