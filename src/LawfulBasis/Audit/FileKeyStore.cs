using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Registers;

namespace LawfulBasis.Audit;

/// <summary>
/// The embedded default <see cref="IPseudonymKeyStore"/>: a folder holding a store secret and one line per subject.
/// Subjects are found by an HMAC of their identifier under the store secret, so the folder never holds a raw subject
/// identifier. Deleting a subject rewrites the file without their line (write to a temporary file, then rename).
/// One process holds the store (a lock held for its life); a last line cut short by a crash is moved aside on open,
/// as the trail's is. The folder is made 0700 and the files 0600 on Unix, whatever the umask.
/// </summary>
public sealed class FileKeyStore : IPseudonymKeyStore, IRegisterKeySource, IDisposable
{
    private const int SecretLength = 32;
    private const int LookupLength = 64; // hex digits of an HMAC-SHA256
    private const int LineLength = LookupLength + 1 + 44 + 1; // "<lookup> <base64 secret>\n"

    // Secrets drawn this many at a time: one call into the random generator costs about as much as drawing 256 (measured
    // 1.5 µs for 32 bytes, 0.01 µs per 32 bytes of an 8 KB block). What is drawn ahead is zeroed as it is handed out.
    private const int SecretsPerDraw = 128;

    // The key file's write buffer: new subjects' lines are gathered and written when the writer flushes the store
    // before a batch (Flush, which also syncs them to disk), instead of one write call per few lines.
    private const int AppendBufferSize = 1 << 16;

    private readonly Lock _gate = new();
    private readonly byte[] _storeSecret;
    private readonly HMACSHA256 _lookupMac; // keyed once with the store secret; used under _gate (an HMAC object is not thread-safe)
    private readonly byte[] _drawn = new byte[SecretLength * SecretsPerDraw];
    private int _drawnUsed = SecretLength * SecretsPerDraw;
    private readonly Dictionary<string, byte[]> _secrets = new(StringComparer.Ordinal);
    private readonly string _keysPath;
    private readonly WriterLock _lock;
    private FileStream? _appender;
    private bool _unflushed;

    /// <summary>Opens (or creates) a key store in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; keep it apart from the trail, with stricter access.</param>
    /// <exception cref="InvalidDataException">The store's files are corrupt; the message names the file and line.</exception>
    /// <exception cref="StoreInUseException">Another process holds the store.</exception>
    public FileKeyStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = System.IO.Path.GetFullPath(directory);
        PrivateFiles.CreateFolder(Directory);
        _lock = WriterLock.Acquire(Directory);
        try
        {
            _keysPath = System.IO.Path.Combine(Directory, "subject-keys.txt");
            // A crash can cut the last line short: the key of an event never written (keys are flushed before the entries using them).
            TornTail.MoveAside(_keysPath, DateTimeOffset.UtcNow);
            Load();
            _storeSecret = LoadOrCreateStoreSecret(System.IO.Path.Combine(Directory, "store.key"), hasSubjectKeys: _loaded.Count > 0);
            _lookupMac = new HMACSHA256(_storeSecret);
            foreach (var (lookup, secret) in _loaded)
            {
                _secrets[lookup] = secret;
            }

            _loaded.Clear();
            PrivateFiles.Restrict(_keysPath);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>The folder the keys are kept in.</summary>
    public string Directory { get; }

    /// <summary>
    /// The key the file registers name subjects by (derived from the store secret, so it is kept where the subject keys
    /// are, apart from the registers): whoever copies the registers without the key store cannot find a person in them.
    /// </summary>
    internal RegisterSubjectKey RegisterKey => _registerKey ??= RegisterSubjectKey.DerivedFrom(_storeSecret);

    private RegisterSubjectKey? _registerKey;

    /// <inheritdoc />
    RegisterSubjectKey IRegisterKeySource.RegisterKey => RegisterKey;

    /// <inheritdoc />
    public byte[] GetOrCreate(string subjectId)
    {
        lock (_gate)
        {
            var lookup = Lookup(subjectId);
            if (_secrets.TryGetValue(lookup, out var existing))
            {
                return existing;
            }

            var secret = DrawSecret();
            _appender ??= PrivateFiles.OpenAppend(_keysPath, AppendBufferSize);
            Span<byte> line = stackalloc byte[LineLength];
            FormatLine(lookup, secret, line);
            _appender.Write(line); // buffered; Flush syncs it before any trail entry under this key is written
            _unflushed = true;
            _secrets.Add(lookup, secret);
            return secret;
        }
    }

    /// <inheritdoc />
    public byte[]? Find(string subjectId)
    {
        lock (_gate)
        {
            var lookup = Lookup(subjectId);
            return _secrets.TryGetValue(lookup, out var secret) ? secret : null;
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        lock (_gate)
        {
            if (_unflushed)
            {
                _appender!.Flush(flushToDisk: true);
                _unflushed = false;
            }
        }
    }

    /// <inheritdoc />
    public bool Delete(string subjectId)
    {
        lock (_gate)
        {
            var lookup = Lookup(subjectId);
            if (_secrets.Remove(lookup, out var secret))
            {
                _appender?.Dispose();
                _appender = null;
                _unflushed = false;
                CryptographicOperations.ZeroMemory(secret);
                var temporary = _keysPath + ".tmp";
                using (var file = PrivateFiles.Create(temporary))
                {
                    Span<byte> line = stackalloc byte[LineLength];
                    foreach (var (key, value) in _secrets)
                    {
                        FormatLine(key, value, line);
                        file.Write(line);
                    }

                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, _keysPath, overwrite: true);
                return true;
            }

            return false;
        }
    }

    /// <summary>Flushes and closes the key file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _appender?.Flush(flushToDisk: true);
            _appender?.Dispose();
            _appender = null;
            _lookupMac.Dispose();
            CryptographicOperations.ZeroMemory(_drawn);
            _drawnUsed = _drawn.Length; // nothing drawn ahead is left to hand out
        }

        _lock.Dispose();
    }

    /// <summary>
    /// The subject's lookup: the hex HMAC-SHA256 of their identifier under the store secret. Under <see cref="_gate"/>.
    /// Through libcrypto's plain SHA-256 where <see cref="ChainHash.HmacSha256"/> can (checked against .NET's HMAC at
    /// start), else one reused keyed <see cref="HMACSHA256"/> (measured 1.3 µs a call, against 3 µs for the one-shot
    /// HMACSHA256.HashData, which sets the key up again every time; the .NET calls also clear OpenSSL's error queue each
    /// time, which showed in the writer's profile).
    /// </summary>
    private string Lookup(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var length = Encoding.UTF8.GetMaxByteCount(subjectId.Length);
        Span<byte> identifier = length <= 512 ? stackalloc byte[length] : new byte[length];
        identifier = identifier[..Encoding.UTF8.GetBytes(subjectId, identifier)];
        Span<byte> mac = stackalloc byte[32];
        if (ChainHash.HmacIsNative)
        {
            ChainHash.HmacSha256(_storeSecret, identifier, mac); // the same HMAC, without OpenSSL 3's per-call EVP overhead
        }
        else
        {
            _lookupMac.TryComputeHash(identifier, mac, out _);
        }

        return Convert.ToHexStringLower(mac);
    }

    /// <summary>A new subject's secret, taken from a block drawn ahead (under <see cref="_gate"/>).</summary>
    private byte[] DrawSecret()
    {
        if (_drawnUsed == _drawn.Length)
        {
            RandomNumberGenerator.Fill(_drawn);
            _drawnUsed = 0;
        }

        var taken = _drawn.AsSpan(_drawnUsed, SecretLength);
        var secret = taken.ToArray();
        CryptographicOperations.ZeroMemory(taken);
        _drawnUsed += SecretLength;
        return secret;
    }

    /// <summary>Writes a key file line, <c>&lt;lookup&gt; &lt;base64 secret&gt;\n</c>, into <paramref name="line"/> (<see cref="LineLength"/> bytes).</summary>
    private static void FormatLine(string lookup, ReadOnlySpan<byte> secret, Span<byte> line)
    {
        Encoding.ASCII.GetBytes(lookup, line[..LookupLength]);
        line[LookupLength] = (byte)' ';
        Base64.EncodeToUtf8(secret, line[(LookupLength + 1)..], out _, out var written);
        if (written != LineLength - LookupLength - 2)
        {
            throw new InvalidOperationException($"A subject key encoded to {written} base64 characters; a 32-byte key takes 44.");
        }

        line[^1] = (byte)'\n';
    }

    private void Load()
    {
        if (System.IO.Directory.Exists(_keysPath))
        {
            // Read as "no keys", every subject would look never recorded or erased, and the next key could not be kept.
            throw new InvalidDataException($"{_keysPath} is a folder, not the key store's key file. Restore subject-keys.txt from the key store's backup.");
        }

        if (!File.Exists(_keysPath))
        {
            return;
        }

        var number = 0;
        foreach (var line in File.ReadLines(_keysPath))
        {
            number++;
            var parts = line.Split(' ');
            byte[] secret;
            try
            {
                secret = parts.Length == 2 && parts[0].Length == 64 ? Convert.FromBase64String(parts[1]) : [];
            }
            catch (FormatException)
            {
                secret = [];
            }

            if (secret.Length != SecretLength)
            {
                throw new InvalidDataException(
                    $"{_keysPath} line {number} is not a subject key. Restore the key store from its backup; without it the trail's pseudonyms cannot be linked to subjects.");
            }

            _loaded[parts[0]] = secret;
        }
    }

    // What Load read, before the store secret is known (whether subject keys exist decides how a missing secret is handled).
    private readonly Dictionary<string, byte[]> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the store secret, or creates it when no subject key depends on it yet: a missing or empty <c>store.key</c>
    /// beside an empty key file is a first start interrupted before the secret reached the disk, not a loss. It is
    /// written to a temporary file and renamed, so it is either whole or absent.
    /// </summary>
    private static byte[] LoadOrCreateStoreSecret(string path, bool hasSubjectKeys)
    {
        var existing = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (existing is { Length: SecretLength })
        {
            PrivateFiles.Restrict(path);
            return existing;
        }

        if (hasSubjectKeys)
        {
            throw new InvalidDataException(existing is null
                ? $"{path} is missing but subject-keys.txt holds keys found through it. Restore store.key from the key store's backup; without it no subject's pseudonym can be found."
                : $"{path} is not a {SecretLength}-byte store secret ({existing.Length} bytes) but subject-keys.txt holds keys found through it. Restore store.key from the key store's backup.");
        }

        var created = RandomNumberGenerator.GetBytes(SecretLength);
        var temporary = path + ".tmp";
        using (var file = PrivateFiles.Create(temporary))
        {
            file.Write(created);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return created;
    }
}
