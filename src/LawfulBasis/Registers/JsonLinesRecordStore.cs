using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace LawfulBasis.Registers;

/// <summary>
/// The embedded default <see cref="IRecordStore{TRecord}"/>: one JSON object per line in a file, for one process. Each
/// append writes a whole line and flushes it to disk, so a crash never leaves half a record that later reads would
/// misparse silently. The file is read once; after that every read is served from memory, indexed by subject. The
/// store holds <c>&lt;file&gt;.lock</c> for its life (<see cref="WriterLock"/>), so no other process appends behind
/// its back: what it serves from memory is what the file holds.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class JsonLinesRecordStore<TRecord> : IRecordStore<TRecord>, IRewritableRecordStore<TRecord>, IDisposable
    where TRecord : class, ISubjectRecord
{
    private readonly Lock _gate = new();
    private readonly WriterLock? _lock;

    // A subject's records are an array replaced on append (copy-on-write), so the gate reads without locking or copying.
    // In a keyed store the dictionary is keyed by the keyed subject; the arrays hold the records with the raw id once a
    // lookup by that id has restored them (memory only: the file never holds it).
    private readonly ConcurrentDictionary<string, TRecord[]> _bySubject;
    private readonly RegisterSubjectKey? _key;
    private readonly Func<TRecord, string, TRecord>? _withSubject;

    // Every record as the file holds it (keyed subjects in a keyed store).
    private List<TRecord> _all;

    /// <summary>Opens a store backed by <paramref name="path"/> and reads it; the file is created on the first append.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="InvalidDataException">The file is corrupt; the message names the line (so a damaged register stops start-up).</exception>
    /// <exception cref="StoreInUseException">Another process holds the register.</exception>
    public JsonLinesRecordStore(string path)
        : this(path, forWriting: true)
    {
    }

    /// <summary>
    /// Opens a store for writing (holding its lock), or for reading beside the process that writes it (a report, the
    /// tool): a reader takes no lock and cannot append.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="forWriting">False to read only.</param>
    /// <exception cref="InvalidDataException">The file is corrupt; the message names the line.</exception>
    /// <exception cref="StoreInUseException">Writing was asked and another process holds the register.</exception>
    public JsonLinesRecordStore(string path, bool forWriting)
        : this(path, forWriting, null, null)
    {
    }

    /// <summary>
    /// Opens a store whose file names subjects by <paramref name="key"/> (never by their raw id); lookups key the id
    /// first. A file written before registers were keyed (raw ids) is rewritten keyed when it is opened for writing, under
    /// the store's lock (temporary file, then rename: the file is whole, old or new); opened for reading only, it is keyed
    /// in memory and left as it is.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="forWriting">False to read only.</param>
    /// <param name="key">The register key.</param>
    /// <param name="withSubject">Copies a record with another subject (<c>(r, s) =&gt; r with { SubjectId = s }</c>).</param>
    /// <param name="upgrade">What else the rewrite of a raw-id file does (opened for writing only); null: keying alone.</param>
    internal JsonLinesRecordStore(string path, bool forWriting, RegisterSubjectKey? key, Func<TRecord, string, TRecord>? withSubject, KeyingUpgrade<TRecord>? upgrade = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (key is not null && withSubject is null)
        {
            throw new ArgumentNullException(nameof(withSubject), "A keyed store needs to copy records with their keyed subject.");
        }

        _key = key;
        _withSubject = withSubject;
        Path = System.IO.Path.GetFullPath(path);
        _lock = forWriting ? WriterLock.Acquire(Path) : null;
        try
        {
            if (forWriting)
            {
                TornTail.MoveAside(Path, DateTimeOffset.UtcNow);
            }

            _all = ReadFile();
            // Records to upgrade: those naming their subject by raw id, and those an earlier version's upgrade keyed but
            // left otherwise unfinished (upgrade.Pending); the upgrade sees them before the file is rewritten.
            List<TRecord> pending = forWriting && _key is not null && upgrade is not null
                ? _all.Where(r => !RegisterSubjectKey.IsKeyed(r.SubjectId) || upgrade.Pending(r)).ToList()
                : [];
            if (pending.Count > 0)
            {
                upgrade!.BeforeKeying(pending);
                _all = [.. upgrade.AfterKeying(_all.Select(Keyed))];
                Rewrite(_all);
            }
            else if (_key is not null && _all.Any(r => !RegisterSubjectKey.IsKeyed(r.SubjectId)))
            {
                _all = [.. _all.Select(Keyed)];
                if (forWriting)
                {
                    Rewrite(_all);
                }
            }
        }
        catch
        {
            _lock?.Dispose();
            throw;
        }

        _bySubject = new ConcurrentDictionary<string, TRecord[]>(
            _all.GroupBy(r => r.SubjectId, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.ToArray())),
            _key is null ? StringComparer.Ordinal : RegisterSubjectKey.Comparer); // keyed subjects hash cheaply (the gate looks up on every decision)
    }

    /// <summary>Whether this store holds the file's lock and may change it (false when opened for reading only).</summary>
    public bool IsWritable => _lock is not null;

    /// <summary>Whether the file names subjects by a keyed hash rather than their raw id.</summary>
    public bool IsKeyed => _key is not null;

    /// <summary>Releases the register's lock.</summary>
    public void Dispose() => _lock?.Dispose();

    /// <summary>The file the records are kept in.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public IReadOnlyList<TRecord> ReadAll()
    {
        lock (_gate)
        {
            return [.. _all];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TRecord> ReadSubject(string subjectId)
    {
        ArgumentNullException.ThrowIfNull(subjectId);
        if (_key is null)
        {
            return _bySubject.TryGetValue(subjectId, out var plain) ? plain : [];
        }

        var keyed = _key.Of(subjectId);
        if (!_bySubject.TryGetValue(keyed, out var records))
        {
            return [];
        }

        if (records.Length > 0 && !string.Equals(records[^1].SubjectId, subjectId, StringComparison.Ordinal))
        {
            return Restore(keyed, records, subjectId);
        }

        return records;
    }

    // Read from the file: keyed. The caller knows the raw id; give the records back with it, once. Its own method, so
    // the lambda's closure over the id is allocated here, not on every lookup (the gate asks on each decision).
    private TRecord[] Restore(string keyed, TRecord[] records, string subjectId)
    {
        var restored = Array.ConvertAll(records, r => _withSubject!(r, subjectId));
        _bySubject.TryUpdate(keyed, restored, records);
        return restored;
    }

    /// <summary>
    /// Removes a subject's records from the file (rewritten: temporary file, then rename), except those
    /// <paramref name="keep"/> says must stay; used at erasure for registers whose records would link the trail to the
    /// person.
    /// </summary>
    /// <param name="subjectId">The raw subject id, or its keyed form (an upgrade that knows only that).</param>
    /// <param name="keep">Which of the subject's records stay.</param>
    /// <returns>How many records were removed.</returns>
    internal int Forget(string subjectId, Func<TRecord, bool> keep)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        RequireWriter();
        var stored = _key is null || RegisterSubjectKey.IsKeyed(subjectId) ? subjectId : _key.Of(subjectId);
        lock (_gate)
        {
            var kept = _all.Where(r => !string.Equals(r.SubjectId, stored, StringComparison.Ordinal) || keep(r)).ToList();
            var removed = _all.Count - kept.Count;
            if (removed == 0)
            {
                return 0;
            }

            Rewrite(kept);
            _all = kept;
            var remaining = kept.Where(r => string.Equals(r.SubjectId, stored, StringComparison.Ordinal)).ToArray();
            if (remaining.Length == 0)
            {
                _bySubject.TryRemove(stored, out _);
            }
            else
            {
                _bySubject[stored] = remaining;
            }

            return removed;
        }
    }

    /// <summary>
    /// Rewrites the file in the order <paramref name="order"/> gives (stable), so the position of a record no longer
    /// tells when it was appended: the erasure register, whose order would otherwise match the trail's erasure entries.
    /// </summary>
    /// <param name="order">Orders the records.</param>
    internal void Reorder(Func<IEnumerable<TRecord>, IOrderedEnumerable<TRecord>> order)
    {
        RequireWriter();
        lock (_gate)
        {
            var ordered = order(_all).ToList();
            Rewrite(ordered);
            _all = ordered;
        }
    }

    /// <summary>
    /// Rewrites the file with what <paramref name="change"/> makes of its records (every record, oldest first), when it
    /// returns a new list; null changes nothing. A record's subject may change (the request ledger pseudonymises closed
    /// requests this way); the index is rebuilt.
    /// </summary>
    /// <param name="change">Gives the new records, or null.</param>
    /// <returns>Whether the file was rewritten.</returns>
    internal bool Replace(Func<IReadOnlyList<TRecord>, IReadOnlyList<TRecord>?> change)
    {
        RequireWriter();
        lock (_gate)
        {
            if (change(_all) is not { } replaced)
            {
                return false;
            }

            var records = replaced.Select(Keyed).ToList();
            Rewrite(records);
            _all = records;
            _bySubject.Clear();
            foreach (var group in records.GroupBy(r => r.SubjectId, StringComparer.Ordinal))
            {
                _bySubject[group.Key] = [.. group];
            }

            return true;
        }
    }

    /// <inheritdoc />
    int IRewritableRecordStore<TRecord>.Forget(string subjectId, Func<TRecord, bool> keep) => Forget(subjectId, keep);

    /// <inheritdoc />
    bool IRewritableRecordStore<TRecord>.Replace(Func<IReadOnlyList<TRecord>, IReadOnlyList<TRecord>?> change) => Replace(change);

    /// <inheritdoc />
    /// <remarks>The whole file is rewritten in <paramref name="order"/>: a file has one order.</remarks>
    void IRewritableRecordStore<TRecord>.AppendAmong(TRecord record, Func<TRecord, bool> among, Func<IEnumerable<TRecord>, IOrderedEnumerable<TRecord>> order)
    {
        Append(record);
        Reorder(order);
    }

    private TRecord Keyed(TRecord record) =>
        _key is null || RegisterSubjectKey.IsKeyed(record.SubjectId) ? record : _withSubject!(record, _key.Of(record.SubjectId));

    private void RequireWriter()
    {
        if (_lock is null)
        {
            throw new InvalidOperationException($"{Path} was opened for reading: changing it beside the process that writes it would go unseen by it.");
        }
    }

    /// <summary>Replaces the file with <paramref name="records"/>: written to a temporary file, flushed, renamed over it.</summary>
    private void Rewrite(IReadOnlyList<TRecord> records)
    {
        var temporary = Path + ".rewrite";
        using (var file = PrivateFiles.Create(temporary))
        {
            foreach (var record in records)
            {
                file.Write(JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Options));
                file.WriteByte((byte)'\n');
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    private List<TRecord> ReadFile()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var records = new List<TRecord>();
        var number = 0;
        foreach (var line in File.ReadLines(Path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            TRecord? record;
            try
            {
                record = JsonSerializer.Deserialize<TRecord>(line, RecordJson.Options);
            }
            catch (JsonException e)
            {
                throw Corrupt(number, e.Message);
            }

            records.Add(record ?? throw Corrupt(number, "the line is null"));
        }

        return records;
    }

    /// <inheritdoc />
    public void Append(TRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireWriter();
        var stored = Keyed(record);
        var line = JsonSerializer.SerializeToUtf8Bytes(stored, RecordJson.Options);
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            var buffer = new byte[line.Length + 1];
            line.CopyTo(buffer, 0);
            buffer[^1] = (byte)'\n';
            file.Write(buffer);
            file.Flush(flushToDisk: true);

            // Memory keeps the record as given (raw id) under the stored subject: the next lookup by that id needs no restoring.
            _bySubject[stored.SubjectId] = _bySubject.TryGetValue(stored.SubjectId, out var earlier) ? [.. RestoredAs(earlier, record.SubjectId), record] : [record];
            _all.Add(stored);
        }
    }

    private TRecord[] RestoredAs(TRecord[] records, string subjectId) =>
        _key is null || records.Length == 0 || string.Equals(records[^1].SubjectId, subjectId, StringComparison.Ordinal)
            ? records
            : Array.ConvertAll(records, r => _withSubject!(r, subjectId));

    private InvalidDataException Corrupt(int line, string why) =>
        new($"{Path} line {line} is not a valid {typeof(TRecord).Name}: {why}. The register is evidence: restore the file from a backup, or move the damaged line aside after recording why.");
}
