using System.Text.Json;
using LawfulBasis.Registers;
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

    public PostgreSqlRecordStore(LawfulBasisDatabase database)
    {
        _database = database;
        database.EnsureSchema();
    }

    public IReadOnlyList<TRecord> ReadAll() =>
        Read($"SELECT record FROM {_database.Schema}.records WHERE register = @register ORDER BY id", null);

    public IReadOnlyList<TRecord> ReadSubject(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        return Read($"SELECT record FROM {_database.Schema}.records WHERE register = @register AND subject = @subject ORDER BY id", subjectId);
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

    private List<TRecord> Read(string sql, string? subjectId)
    {
        using var command = _database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("register", Register);
        if (subjectId is not null)
        {
            command.Parameters.AddWithValue("subject", subjectId);
        }

        var records = new List<TRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(JsonSerializer.Deserialize<TRecord>(reader.GetString(0), RecordJson.Options)
                ?? throw new InvalidDataException($"A {Register} row in {_database.Description} holds null."));
        }

        return records;
    }
}
