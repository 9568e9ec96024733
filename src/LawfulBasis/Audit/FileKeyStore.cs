using System.Security.Cryptography;
using System.Text;

namespace LawfulBasis.Audit;

/// <summary>
/// The embedded default <see cref="IPseudonymKeyStore"/>: a folder holding a store secret and one line per subject.
/// Subjects are found by an HMAC of their identifier under the store secret, so the folder never holds a raw subject
/// identifier. Deleting a subject rewrites the file without their line (write to a temporary file, then rename).
/// </summary>
public sealed class FileKeyStore : IPseudonymKeyStore, IDisposable
{
    private const int SecretLength = 32;
    private readonly Lock _gate = new();
    private readonly byte[] _storeSecret;
    private readonly Dictionary<string, byte[]> _secrets = new(StringComparer.Ordinal);
    private readonly string _keysPath;
    private FileStream? _appender;
    private bool _unflushed;

    /// <summary>Opens (or creates) a key store in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; keep it apart from the trail, with stricter access.</param>
    /// <exception cref="InvalidDataException">The store's files are corrupt; the message names the file and line.</exception>
    public FileKeyStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = System.IO.Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        _keysPath = System.IO.Path.Combine(Directory, "subject-keys.txt");
        _storeSecret = LoadOrCreateStoreSecret(System.IO.Path.Combine(Directory, "store.key"));
        Load();
    }

    /// <summary>The folder the keys are kept in.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public byte[] GetOrCreate(string subjectId)
    {
        var lookup = Lookup(subjectId);
        lock (_gate)
        {
            if (_secrets.TryGetValue(lookup, out var existing))
            {
                return existing;
            }

            var secret = RandomNumberGenerator.GetBytes(SecretLength);
            _appender ??= new FileStream(_keysPath, FileMode.Append, FileAccess.Write, FileShare.Read);
            _appender.Write(Encoding.ASCII.GetBytes($"{lookup} {Convert.ToBase64String(secret)}\n"));
            _unflushed = true;
            _secrets.Add(lookup, secret);
            return secret;
        }
    }

    /// <inheritdoc />
    public byte[]? Find(string subjectId)
    {
        var lookup = Lookup(subjectId);
        lock (_gate)
        {
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
        var lookup = Lookup(subjectId);
        lock (_gate)
        {
            if (_secrets.Remove(lookup, out var secret))
            {
                _appender?.Dispose();
                _appender = null;
                _unflushed = false;
                CryptographicOperations.ZeroMemory(secret);
                var temporary = _keysPath + ".tmp";
                using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    foreach (var (key, value) in _secrets)
                    {
                        file.Write(Encoding.ASCII.GetBytes($"{key} {Convert.ToBase64String(value)}\n"));
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
        }
    }

    private string Lookup(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_storeSecret, Encoding.UTF8.GetBytes(subjectId)));
    }

    private void Load()
    {
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

            _secrets[parts[0]] = secret;
        }
    }

    private static byte[] LoadOrCreateStoreSecret(string path)
    {
        if (File.Exists(path))
        {
            var secret = File.ReadAllBytes(path);
            return secret.Length == SecretLength
                ? secret
                : throw new InvalidDataException($"{path} is not a {SecretLength}-byte store secret. Restore it from the key store's backup.");
        }

        var created = RandomNumberGenerator.GetBytes(SecretLength);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        file.Write(created);
        file.Flush(flushToDisk: true);
        return created;
    }
}
