using Microsoft.Extensions.Logging;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Every log message of the LawfulBasis.PostgreSql assembly, source-generated, in one place so that event ids stay
/// unique. This assembly owns ids 100–199 (docs/logging.md lists every package's range).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(110, LogLevel.Error, "{What} in {Database} failed; retrying in {DelayMs} ms on a new connection. Processing waits meanwhile; nothing is dropped")]
    public static partial void RetryingOnNewConnection(ILogger logger, Exception exception, string what, string database, double delayMs);

    [LoggerMessage(111, LogLevel.Warning, "{What} in {Database} succeeded again on attempt {Attempt}")]
    public static partial void RecoveredAfterRetry(ILogger logger, string what, string database, int attempt);

    [LoggerMessage(120, LogLevel.Warning, "Listening for pseudonym keys destroyed by other instances of {Database} failed; cached keys are dropped and listening resumes")]
    public static partial void KeyListenerFailed(ILogger logger, Exception exception, string database);
}
