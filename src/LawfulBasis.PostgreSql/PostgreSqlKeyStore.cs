using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Audit;
using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Pseudonym keys in their own schema, one row per subject, found by an HMAC of the subject id under a store secret
/// (so the table never holds a raw identifier). Two instances meeting a new subject at once agree on one key: the
/// insert that loses the race reads the winner's. Erasure deletes the row. Keys are cached per instance.
/// </summary>
internal sealed class PostgreSqlKeyStore : IPseudonymKeyStore
{
    private const int SecretLength = 32;
    private readonly LawfulBasisDatabase _database;
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly byte[] _storeSecret;

    public PostgreSqlKeyStore(LawfulBasisDatabase database)
    {
        _database = database;
        database.EnsureSchema();
        _storeSecret = GetOrCreate($"INSERT INTO {database.KeySchema}.store_secret (id, secret) VALUES (1, @secret) ON CONFLICT (id) DO NOTHING",
            $"SELECT secret FROM {database.KeySchema}.store_secret WHERE id = 1", null);
    }

    public byte[] GetOrCreate(string subjectId)
    {
        var lookup = Lookup(subjectId);
        if (_cache.TryGetValue(Convert.ToHexString(lookup), out var cached))
        {
            return cached;
        }

        var secret = GetOrCreate($"INSERT INTO {_database.KeySchema}.subject_keys (lookup, secret) VALUES (@lookup, @secret) ON CONFLICT (lookup) DO NOTHING",
            $"SELECT secret FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup", lookup);
        _cache[Convert.ToHexString(lookup)] = secret;
        return secret;
    }

    public byte[]? Find(string subjectId)
    {
        var lookup = Lookup(subjectId);
        if (_cache.TryGetValue(Convert.ToHexString(lookup), out var cached))
        {
            return cached;
        }

        using var command = _database.DataSource.CreateCommand($"SELECT secret FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup");
        command.Parameters.AddWithValue("lookup", lookup);
        return command.ExecuteScalar() as byte[];
    }

    public bool Delete(string subjectId)
    {
        var lookup = Lookup(subjectId);
        _cache.TryRemove(Convert.ToHexString(lookup), out _);
        using var command = _database.DataSource.CreateCommand($"DELETE FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup");
        command.Parameters.AddWithValue("lookup", lookup);
        return command.ExecuteNonQuery() > 0;
    }

    // Every key is committed when GetOrCreate returns.
    public void Flush()
    {
    }

    /// <summary>Inserts a fresh secret unless one exists, then reads the one that is there: ours, or a concurrent winner's.</summary>
    private byte[] GetOrCreate(string insert, string select, byte[]? lookup)
    {
        using var batch = _database.DataSource.CreateBatch();
        var create = new NpgsqlBatchCommand(insert);
        create.Parameters.AddWithValue("secret", RandomNumberGenerator.GetBytes(SecretLength));
        var read = new NpgsqlBatchCommand(select);
        if (lookup is not null)
        {
            create.Parameters.AddWithValue("lookup", lookup);
            read.Parameters.AddWithValue("lookup", lookup);
        }

        batch.BatchCommands.Add(create);
        batch.BatchCommands.Add(read);
        using var reader = batch.ExecuteReader(); // the insert returns no rows: the first result is the select's
        return reader.Read() ? (byte[])reader[0] : throw new InvalidOperationException($"A pseudonym key could not be created in {_database.Description}.");
    }

    private byte[] Lookup(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return HMACSHA256.HashData(_storeSecret, Encoding.UTF8.GetBytes(subjectId));
    }
}
