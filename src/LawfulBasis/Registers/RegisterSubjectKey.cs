using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace LawfulBasis.Registers;

/// <summary>
/// How a register file names a subject: <c>hmac-sha256:</c> and the lowercase hex HMAC-SHA256 of the subject id under
/// the register key, which the key store keeps (never beside the registers). Whoever has the register files but not the
/// key store cannot tell which records are a given person's, nor join them to the trail by subject.
/// </summary>
internal sealed class RegisterSubjectKey
{
    /// <summary>What every keyed subject starts with; a raw id starting so is taken as keyed (ids are not hex digests in practice).</summary>
    public const string Prefix = "hmac-sha256:";

    /// <summary>The length of a keyed subject: the prefix and 64 hex digits.</summary>
    public const int Length = 12 + (2 * 32);

    /// <summary>How many keyed ids are remembered before the memory is cleared.</summary>
    public const int CacheLimit = 65_536;

    private const int StackLimit = 256;
    private readonly byte[] _key;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private int _cached;

    /// <summary>Uses <paramref name="key"/> (32 bytes) as the register key.</summary>
    /// <param name="key">The register key.</param>
    public RegisterSubjectKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("A register key has at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Derives the register key from a key store's secret: HMAC-SHA256(secret, a fixed label), so it differs
    /// from the key store's own subject lookups (a key store line and a register record never share a value).</summary>
    /// <param name="storeSecret">The key store's secret.</param>
    /// <returns>The register key.</returns>
    public static RegisterSubjectKey DerivedFrom(byte[] storeSecret) =>
        new(HMACSHA256.HashData(storeSecret, "LawfulBasis register subject key v1"u8));

    /// <summary>Whether <paramref name="subject"/> is already keyed (a record written by this version).</summary>
    /// <param name="subject">A record's subject.</param>
    /// <returns>True when keyed.</returns>
    public static bool IsKeyed(string subject) =>
        subject.Length == Length && subject.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The keyed form of a raw subject id. The gate looks registers up on its hot path, so ids are remembered (in memory
    /// only, up to <see cref="CacheLimit"/>, then forgotten all at once): a warm lookup computes and allocates nothing.
    /// Within a gate decision (<see cref="RegisterReadScope"/>) the first register's lookup serves the others.
    /// </summary>
    /// <param name="subjectId">The raw id.</param>
    /// <returns>The keyed subject.</returns>
    public string Of(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        if (RegisterReadScope.Keyed(this, subjectId) is { } shared)
        {
            return shared;
        }

        if (!_cache.TryGetValue(subjectId, out var keyed))
        {
            keyed = Compute(subjectId);
            if (Interlocked.Increment(ref _cached) > CacheLimit)
            {
                _cache.Clear();
                Interlocked.Exchange(ref _cached, 0);
            }

            _cache.TryAdd(subjectId, keyed);
        }

        RegisterReadScope.ShareKeyed(this, subjectId, keyed);
        return keyed;
    }

    /// <summary>
    /// Compares subjects as <see cref="StringComparer.Ordinal"/> does, but hashes a keyed subject by 32 bits of its digest
    /// instead of all 76 characters: the digest is an HMAC under a key nobody outside holds, so its bits are as good as
    /// random and cannot be chosen to collide. Anything else is hashed as <see cref="StringComparer.Ordinal"/> hashes it.
    /// </summary>
    public static IEqualityComparer<string> Comparer { get; } = new KeyedSubjectComparer();

    /// <summary>Forgets a subject's keyed form (at erasure: memory keeps no raw id it no longer needs).</summary>
    /// <param name="subjectId">The raw id.</param>
    public void Forget(string subjectId) => _cache.TryRemove(subjectId, out _);

    private string Compute(string subjectId)
    {
        var byteCount = Encoding.UTF8.GetMaxByteCount(subjectId.Length);
        byte[]? rented = null;
        var utf8 = byteCount <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            var written = Encoding.UTF8.GetBytes(subjectId, utf8);
            Span<byte> hash = stackalloc byte[32];
            HMACSHA256.HashData(_key, utf8[..written], hash);
            return Prefix + Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private sealed class KeyedSubjectComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            if (!IsKeyed(obj))
            {
                return StringComparer.Ordinal.GetHashCode(obj);
            }

            var hash = 0u;
            for (var i = Prefix.Length; i < Prefix.Length + 8; i++)
            {
                var c = obj[i];
                hash = (hash << 4) | (uint)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }

            return (int)hash;
        }
    }
}
