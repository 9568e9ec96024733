using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Audit;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Pseudonym keys in their own schema, one row per subject, found by an HMAC of the subject id under a store secret
/// (so the table never holds a raw identifier). Two instances meeting a new subject at once agree on one key: the
/// insert that loses the race reads the winner's. Erasure deletes the row and notifies every instance (LISTEN/NOTIFY),
/// which drop the key from their caches; <see cref="Find"/> always asks the database.
/// </summary>
internal sealed class PostgreSqlKeyStore : IPseudonymKeyStore, IPrefetchingKeyStore, ISharedKeyStore, IRegisterKeySource, IDisposable
{
    private const int SecretLength = 32;
    private readonly LawfulBasisDatabase _database;
    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly byte[] _storeSecret;
    private readonly string _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _listener;
    private readonly ILogger _logger;

    public PostgreSqlKeyStore(LawfulBasisDatabase database, ILogger logger)
    {
        _database = database;
        _logger = logger;
        _channel = $"{database.KeySchema}_destroyed";
        database.EnsureSchema();
        _storeSecret = GetOrCreate($"INSERT INTO {database.KeySchema}.store_secret (id, secret) VALUES (1, @secret) ON CONFLICT (id) DO NOTHING",
            $"SELECT secret FROM {database.KeySchema}.store_secret WHERE id = 1", null);
        _listener = new Thread(Listen) { IsBackground = true, Name = "LawfulBasis key store listener" };
        _listener.Start();
    }

    public event Action? KeysDestroyedElsewhere;

    /// <summary>
    /// The key the registers name subjects by, derived from the store secret as the file key store derives its own: kept
    /// in the key schema, apart from the registers, and different from this store's lookups.
    /// </summary>
    public RegisterSubjectKey RegisterKey => _registerKey ??= RegisterSubjectKey.DerivedFrom(_storeSecret);

    private RegisterSubjectKey? _registerKey;

    public byte[] GetOrCreate(string subjectId)
    {
        var lookup = Lookup(subjectId);
        var cacheKey = Convert.ToHexString(lookup);
        if (_cache.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var secret = GetOrCreate($"INSERT INTO {_database.KeySchema}.subject_keys (lookup, secret) VALUES (@lookup, @secret) ON CONFLICT (lookup) DO NOTHING",
            $"SELECT secret FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup", lookup);
        _cache[cacheKey] = secret;
        return secret;
    }

    /// <summary>
    /// One round trip for a batch: inserts a fresh key for every subject that has none (in lookup order, so concurrent
    /// writers with overlapping batches cannot deadlock), then reads every subject's key, ours or a concurrent winner's.
    /// </summary>
    public void Prefetch(IReadOnlyCollection<string> subjectIds)
    {
        var lookups = subjectIds.Select(Lookup).Where(l => !_cache.ContainsKey(Convert.ToHexString(l))).ToArray();
        if (lookups.Length == 0)
        {
            return;
        }

        Array.Sort(lookups, (a, b) => a.AsSpan().SequenceCompareTo(b));
        var secrets = lookups.Select(_ => RandomNumberGenerator.GetBytes(SecretLength)).ToArray();
        TransientRetry.Run(_ =>
        {
            using var batch = _database.DataSource.CreateBatch();
            var create = new NpgsqlBatchCommand(
                $"INSERT INTO {_database.KeySchema}.subject_keys (lookup, secret) SELECT * FROM unnest(@lookups, @secrets) ON CONFLICT (lookup) DO NOTHING");
            create.Parameters.AddWithValue("lookups", lookups);
            create.Parameters.AddWithValue("secrets", secrets);
            var read = new NpgsqlBatchCommand($"SELECT lookup, secret FROM {_database.KeySchema}.subject_keys WHERE lookup = ANY(@lookups)");
            read.Parameters.AddWithValue("lookups", lookups);
            batch.BatchCommands.Add(create);
            batch.BatchCommands.Add(read);
            using var reader = batch.ExecuteReader();
            while (reader.Read())
            {
                _cache[Convert.ToHexString((byte[])reader[0])] = (byte[])reader[1];
            }

            return true;
        }, () => $"Loading the pseudonym keys of {lookups.Length} subjects", _database, _logger);
    }

    public byte[]? Find(string subjectId)
    {
        // Not from the cache: an erasure on another instance must show here at once.
        var lookup = Lookup(subjectId);
        return TransientRetry.Run(_ =>
        {
            using var command = _database.DataSource.CreateCommand($"SELECT secret FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup");
            command.Parameters.AddWithValue("lookup", lookup);
            return command.ExecuteScalar() as byte[];
        }, () => "Reading a pseudonym key", _database, _logger);
    }

    public bool Delete(string subjectId)
    {
        var lookup = Lookup(subjectId);
        _cache.TryRemove(Convert.ToHexString(lookup), out _);

        // Retrying is safe; only if a lost acknowledgement hid a committed first attempt does this report "no key".
        return TransientRetry.Run(_ =>
        {
            using var batch = _database.DataSource.CreateBatch();
            var delete = new NpgsqlBatchCommand($"DELETE FROM {_database.KeySchema}.subject_keys WHERE lookup = @lookup");
            delete.Parameters.AddWithValue("lookup", lookup);
            var notify = new NpgsqlBatchCommand("SELECT pg_notify(@channel, @lookup)");
            notify.Parameters.AddWithValue("channel", _channel);
            notify.Parameters.AddWithValue("lookup", Convert.ToHexString(lookup));
            batch.BatchCommands.Add(delete);
            batch.BatchCommands.Add(notify);
            batch.ExecuteNonQuery(); // one implicit transaction: the notification is sent when the deletion commits
            return delete.RecordsAffected > 0;
        }, () => "Destroying a pseudonym key", _database, _logger);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Join(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }

    /// <summary>
    /// Listens for keys destroyed by any instance (its own included) and drops them from the cache. When the listening
    /// connection fails, notifications may have been missed: the whole cache is dropped before listening again.
    /// </summary>
    private void Listen()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var connection = _database.DataSource.OpenConnection();
                connection.Notification += (_, e) =>
                {
                    _cache.TryRemove(e.Payload, out byte[]? _);
                    KeysDestroyedElsewhere?.Invoke();
                };
                using (var listen = new NpgsqlCommand($"LISTEN \"{_channel}\"", connection))
                {
                    listen.ExecuteNonQuery();
                }

                while (!_stop.IsCancellationRequested)
                {
                    connection.WaitAsync(_stop.Token).GetAwaiter().GetResult();
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                _cache.Clear();
                KeysDestroyedElsewhere?.Invoke();
                Log.KeyListenerFailed(_logger, e, _database.Description);
                _stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
            }
        }
    }

    // Every key is committed when GetOrCreate returns.
    public void Flush()
    {
    }

    /// <summary>Inserts a fresh secret unless one exists, then reads the one that is there: ours, or a concurrent winner's.</summary>
    private byte[] GetOrCreate(string insert, string select, byte[]? lookup)
    {
        var secret = RandomNumberGenerator.GetBytes(SecretLength);
        return TransientRetry.Run(_ =>
        {
            using var batch = _database.DataSource.CreateBatch();
            var create = new NpgsqlBatchCommand(insert);
            create.Parameters.AddWithValue("secret", secret);
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
        }, () => "Creating a pseudonym key", _database, _logger);
    }

    private byte[] Lookup(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return HMACSHA256.HashData(_storeSecret, Encoding.UTF8.GetBytes(subjectId));
    }
}
