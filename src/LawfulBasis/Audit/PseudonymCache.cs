using System.Collections.Concurrent;
using System.Text;

namespace LawfulBasis.Audit;

/// <summary>
/// The writer's pseudonyms, one HMAC per subject rather than per event: computed from the subject's key on first use,
/// then served from memory until the subject is erased (here or, with a shared key store, on another instance). Used
/// by the writer thread only, except the clearing a shared key store triggers.
/// </summary>
internal sealed class PseudonymCache
{
    // Bounded memory: past this many subjects the cache starts over; a miss only costs one HMAC.
    private const int MostSubjects = 1_000_000;

    private readonly IPseudonymKeyStore _keys;
    private readonly ConcurrentDictionary<string, byte[]> _pseudonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);

    // How many pseudonyms were added since the cache last started over. Counted here because the dictionary's own Count
    // takes every one of its locks (up to 1,024 once it has grown): measured as 15% of the writer's time, about 10 µs
    // per new subject over 10,000. Only the bound reads it: a clearing from another thread racing an add may leave it off
    // by one, and erasures do not count down (the cache may start over a little early); neither matters for a bound.
    private int _added;

    public PseudonymCache(IPseudonymKeyStore keys)
    {
        _keys = keys;
        if (keys is ISharedKeyStore shared)
        {
            // Another instance erased someone: forget every cached pseudonym (the next use asks the store again).
            shared.KeysDestroyedElsewhere += StartOver;
        }
    }

    /// <summary>Notes a subject the coming batch needs, so that a key store with costly lookups loads them all at once (<see cref="FetchWanted"/>).</summary>
    public void Want(string subjectId)
    {
        if (_keys is IPrefetchingKeyStore && !_pseudonyms.ContainsKey(subjectId))
        {
            _wanted.Add(subjectId);
        }
    }

    /// <summary>Asks a prefetching key store for every subject noted since the last call, in one go.</summary>
    public void FetchWanted()
    {
        if (_wanted.Count > 0 && _keys is IPrefetchingKeyStore prefetching)
        {
            prefetching.Prefetch(_wanted);
            _wanted.Clear();
        }
    }

    /// <summary>The subject's pseudonym as ASCII hex bytes, creating their key on first use.</summary>
    public byte[] Of(string subjectId)
    {
        if (_pseudonyms.TryGetValue(subjectId, out var cached))
        {
            return cached;
        }

        var pseudonym = Pseudonym.Compute(_keys.GetOrCreate(subjectId), subjectId);
        if (++_added > MostSubjects)
        {
            StartOver();
            _added = 1;
        }

        _pseudonyms[subjectId] = pseudonym;
        return pseudonym;
    }

    /// <summary>Forgets every cached pseudonym (the next use of each asks the store again).</summary>
    private void StartOver()
    {
        Volatile.Write(ref _added, 0);
        _pseudonyms.Clear();
    }

    /// <summary>Drops the cached pseudonym and destroys the key; returns the pseudonym, or null when there was no key.</summary>
    public string? Forget(string subjectId)
    {
        _pseudonyms.TryRemove(subjectId, out var cached);
        var key = _keys.Find(subjectId);
        var pseudonym = cached ?? (key is null ? null : Pseudonym.Compute(key, subjectId));
        return _keys.Delete(subjectId) && pseudonym is not null ? Encoding.ASCII.GetString(pseudonym) : null;
    }
}
