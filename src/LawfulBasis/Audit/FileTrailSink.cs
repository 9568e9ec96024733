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
    private long _expectedEnd;
    private EarlyWriteback? _writeback;

    /// <exception cref="Registers.StoreInUseException">Another process writes this trail.</exception>
    public FileTrailSink(string path, TimeProvider time, ILogger logger)
    {
        Location = Path.GetFullPath(path);
        _time = time;
        _logger = logger;
        if (Directory.Exists(Location))
        {
            throw new InvalidDataException($"The audit trail path {Location} is a folder: set TrailPath to a file in it, for example {Path.Combine(Location, "trail.jsonl")}.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        _lock = WriterLock.Acquire(Location);
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

    public TrailStart Open()
    {
        var (verification, intactLength, lastSeq, lastHash, lastCheckpoint) = AuditTrailVerifier.Scan(_file);
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

        _file.Position = intactLength;
        _expectedEnd = intactLength;
        _writeback = new EarlyWriteback(_file.SafeFileHandle, intactLength);
        return new TrailStart(lastSeq, lastHash.ToArray(), recovered) { LastCheckpointSeq = lastCheckpoint };
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
