using LawfulBasis.Processing;
using Microsoft.Extensions.Logging;

namespace LawfulBasis;

/// <summary>
/// Every log message of the LawfulBasis assembly, source-generated, in one place so that event ids stay unique. This
/// assembly owns ids 1–99; each package has its own range (docs/logging.md), and a test checks them. Beside the
/// telemetry in the Processing folder, below every folder that logs.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The audit trail {Path} ended with an incomplete line {Line} (an interrupted write); it was moved to {TornFile} and the chain continues from the last intact entry")]
    public static partial void TornTailMovedAside(ILogger logger, string path, long line, string tornFile);

    [LoggerMessage(2, LogLevel.Critical, "Writing the audit trail {Path} failed; processing will be refused until it is repaired")]
    public static partial void TrailWriteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(3, LogLevel.Critical, "The audit trail {Path} was changed by another process while this writer held it: it should end at byte {Expected} but ends at {Actual}. Appending at the end; verify will report the foreign lines")]
    public static partial void TrailChangedBehindWriter(ILogger logger, string path, long expected, long actual);

    [LoggerMessage(4, LogLevel.Error, "Publishing the checkpoint of {Entries} entries to the trail witness {Witness} failed; the trail is intact, but the witness lags behind it until the next checkpoint")]
    public static partial void WitnessPublishFailed(ILogger logger, Exception exception, string witness, long entries);

    [LoggerMessage(5, LogLevel.Warning, "The audit trail {Path} starts in place of the trail {Id} the key store remembered, which {Change}: accepted with AcceptTrailChange; remove the setting")]
    public static partial void TrailChangeAccepted(ILogger logger, string path, string id, string change);

    [LoggerMessage(10, LogLevel.Debug, "{Operation} for purpose {Purpose} allowed ({Article})")]
    public static partial void ProcessingAllowed(ILogger logger, ProcessingOperation operation, string purpose, string article);

    [LoggerMessage(11, LogLevel.Warning, "{Operation} for purpose {Purpose} denied: {Reason}, {Explanation} ({Article})")]
    public static partial void ProcessingDenied(ILogger logger, ProcessingOperation operation, string purpose, DenialReason reason, string explanation, string article);
}
