using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// The embedded trail: one JSON Lines file, held open by its one writer. The writer holds <c>trail.jsonl.lock</c> for its
/// life (<see cref="WriterLock"/>), so a second process is refused at start-up instead of interleaving or overwriting
/// lines. On open it verifies the whole file and continues its chain; a torn last line left by a crash is moved aside
/// (and the writer records the recovery). Every batch is written at the file's current end, never at an offset
/// remembered from the scan, so even a process that ignores the lock cannot have its lines overwritten.
/// </summary>
internal sealed class FileTrailSink : ITrailSink
{
    private readonly WriterLock _lock;
    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly bool _existed;
    private long _expectedEnd;
    private EarlyWriteback? _writeback;

    /// <param name="path">The trail file.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The trail's logger.</param>
    /// <param name="anchor">What the key store remembers of the trail, checked on open and kept up to date by the writer; null to check nothing.</param>
    /// <exception cref="Registers.StoreInUseException">Another process writes this trail.</exception>
    public FileTrailSink(string path, TimeProvider time, ILogger logger, TrailAnchor? anchor = null)
    {
        Location = Path.GetFullPath(path);
        _time = time;
        _logger = logger;
        Anchor = anchor;
        if (Directory.Exists(Location))
        {
            throw new InvalidDataException($"The audit trail path {Location} is a folder: set TrailPath to a file in it, for example {Path.Combine(Location, "trail.jsonl")}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        _lock = WriterLock.Acquire(Location);
        _existed = File.Exists(Location);
        try
        {
            _file = new FileStream(Location, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Location { get; }

    /// <summary>What the key store remembers of this trail, or null.</summary>
    public TrailAnchor? Anchor { get; }

    public TrailStart Open()
    {
        var scan = AuditTrailVerifier.Scan(_file, Anchor?.RememberedEntries ?? 0);
        var (verification, intactLength, lastSeq, lastHash, lastCheckpoint) = scan;
        string? recovered = null;
        switch (verification.Problem)
        {
            case TrailProblem.None:
                break;
            case TrailProblem.TornTail:
                var torn = Location + $".torn-{_time.GetUtcNow():yyyyMMddTHHmmssfffZ}";
                _file.Position = intactLength;
                using (var aside = new FileStream(torn, FileMode.CreateNew, FileAccess.Write))
                {
                    _file.CopyTo(aside);
                }

                _file.SetLength(intactLength);
                _file.Flush(flushToDisk: true);
                recovered = $"Removed an incomplete last line ({verification.Line}) left by an interrupted write; its bytes are kept in {Path.GetFileName(torn)}";
                Log.TornTailMovedAside(_logger, Location, verification.Line ?? 0, torn);
                break;
            default:
                throw new InvalidDataException(
                    $"The audit trail {Location} fails verification: {verification.Message} Refusing to append to a trail that may have been tampered with: investigate, archive it, and point TrailPath to a new file.");
        }

        if (Anchor is not null)
        {
            recovered = CheckAnchor(scan, recovered);
        }

        _file.Position = intactLength;
        _expectedEnd = intactLength;
        _writeback = new EarlyWriteback(_file.SafeFileHandle, intactLength);
        return new TrailStart(lastSeq, lastHash.ToArray(), recovered) { LastCheckpointSeq = lastCheckpoint };
    }

    /// <summary>
    /// Compares the trail with what the key store remembers (refusing a missing, emptied, cut, replaced or moved trail) and
    /// returns what the writer records, the torn tail's note and an accepted change's.
    /// </summary>
    private string? CheckAnchor(TrailScan scan, string? recovered)
    {
        if (scan.LastSeq > 0)
        {
            _file.Flush(flushToDisk: true); // what the key store is about to remember is on disk, even if a crash left it in the cache
        }

        string? accepted;
        try
        {
            accepted = Anchor!.Check(Location, _existed, scan);
        }
        catch (InvalidDataException) when (!_existed && scan.LastSeq == 0)
        {
            // Leave no empty file behind a refusal: the next start should still say the trail is missing.
            File.Delete(Location);
            throw;
        }

        return accepted is null ? recovered : recovered is null ? accepted : $"{recovered}. {accepted}";
    }

    public void Write(ReadOnlySpan<byte> lines, bool durable)
    {
        // At the end as it is now (one fstat per batch), not where this writer last left it.
        var end = _file.Length;
        if (end != _expectedEnd)
        {
            Log.TrailChangedBehindWriter(_logger, Location, _expectedEnd, end);
        }

        _file.Position = end;
        _file.Write(lines);
        _file.Flush(durable);
        _expectedEnd = end + lines.Length;
        if (durable)
        {
            _writeback?.Synced(_expectedEnd);
        }
        else
        {
            _writeback?.Written(_expectedEnd); // so that the next fsync has little left to wait for
        }
    }

    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken) =>
        TrailHistory.ReadAsync(Location, pseudonym, cancellationToken);

    public void Dispose()
    {
        _file.Dispose();
        _lock.Dispose();
    }
}
