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
public sealed class JsonLinesRecordStore<TRecord> : IRecordStore<TRecord>, IDisposable
    where TRecord : class, ISubjectRecord
{
    private readonly Lock _gate = new();
    private readonly WriterLock? _lock;

    // A subject's records are an array replaced on append (copy-on-write), so the gate reads without locking or copying.
    private readonly ConcurrentDictionary<string, TRecord[]> _bySubject;
    private readonly List<TRecord> _all;

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
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _lock = forWriting ? WriterLock.Acquire(Path) : null;
        try
        {
            if (forWriting)
            {
                TornTail.MoveAside(Path, DateTimeOffset.UtcNow);
            }

            _all = ReadFile();
        }
        catch
        {
            _lock?.Dispose();
            throw;
        }

        _bySubject = new ConcurrentDictionary<string, TRecord[]>(
            _all.GroupBy(r => r.SubjectId, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.ToArray())), StringComparer.Ordinal);
    }

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
        return _bySubject.TryGetValue(subjectId, out var records) ? records : [];
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
        if (_lock is null)
        {
            throw new InvalidOperationException($"{Path} was opened for reading: appending beside the process that writes it would go unseen by it.");
        }

        var line = JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Options);
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            var buffer = new byte[line.Length + 1];
            line.CopyTo(buffer, 0);
            buffer[^1] = (byte)'\n';
            file.Write(buffer);
            file.Flush(flushToDisk: true);

            _bySubject[record.SubjectId] = _bySubject.TryGetValue(record.SubjectId, out var earlier) ? [.. earlier, record] : [record];
            _all.Add(record);
        }
    }

    private InvalidDataException Corrupt(int line, string why) =>
        new($"{Path} line {line} is not a valid {typeof(TRecord).Name}: {why}. The register is evidence: restore the file from a backup, or move the damaged line aside after recording why.");
}
