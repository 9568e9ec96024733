using LawfulBasis.Rights;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// The embedded trail: one JSON Lines file, held open by its writer. On open it verifies the whole file and continues
/// its chain; a torn last line left by a crash is moved aside (and the writer records the recovery).
/// </summary>
internal sealed partial class FileTrailSink : ITrailSink
{
    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public FileTrailSink(string path, TimeProvider time, ILogger logger)
    {
        Location = Path.GetFullPath(path);
        _time = time;
        _logger = logger;
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        _file = new FileStream(Location, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
    }

    public string Location { get; }

    public TrailStart Open()
    {
        var (verification, intactLength, lastSeq, lastHash) = AuditTrailVerifier.Scan(_file);
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
                LogTornTail(_logger, Location, verification.Line ?? 0, torn);
                break;
            default:
                throw new InvalidDataException(
                    $"The audit trail {Location} fails verification: {verification.Message} Refusing to append to a trail that may have been tampered with: investigate, archive it, and point TrailPath to a new file.");
        }

        _file.Position = intactLength;
        return new TrailStart(lastSeq, lastHash.ToArray(), recovered);
    }

    public void Write(ReadOnlySpan<byte> lines, bool durable)
    {
        _file.Write(lines);
        _file.Flush(durable);
    }

    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken) =>
        TrailHistory.ReadAsync(Location, pseudonym, cancellationToken);

    public void Dispose() => _file.Dispose();

    [LoggerMessage(1, LogLevel.Warning, "The audit trail {Path} ended with an incomplete line {Line} (an interrupted write); it was moved to {TornFile} and the chain continues from the last intact entry")]
    private static partial void LogTornTail(ILogger logger, string path, long line, string tornFile);
}
