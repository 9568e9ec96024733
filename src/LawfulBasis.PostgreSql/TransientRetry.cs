using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// How LawfulBasis rides out a dropped connection or a restarting server: idempotent work (trail batches, key lookups
/// and creations, register reads) is retried on a new connection with backoff (100 ms doubling to 5 s) until
/// <see cref="PostgreSqlOptions.WriteRetryTimeout"/>; errors in what was sent (data, constraints, permissions, syntax)
/// are not retried. Register appends are not retried here: their caller gets the error and decides.
/// </summary>
internal static class TransientRetry
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="work"/> (given the attempt number, from 1) until it succeeds, a non-transient error, or the timeout.</summary>
    /// <param name="work">The idempotent work.</param>
    /// <param name="what">What the work is, for the log and the final error ("writing 4,096 audit entries").</param>
    /// <param name="database">The database, for its timeout and description.</param>
    /// <param name="logger">Where each failed attempt is reported.</param>
    /// <param name="onFailure">Called after each failed attempt (to drop a broken connection).</param>
    public static T Run<T>(Func<int, T> work, Func<string> what, LawfulBasisDatabase database, ILogger logger, Action? onFailure = null)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = work(attempt);
                if (attempt > 1)
                {
                    Log.RecoveredAfterRetry(logger, what(), database.Description, attempt);
                }

                return result;
            }
            catch (Exception e) when (IsTransient(e))
            {
                onFailure?.Invoke();
                var waited = Stopwatch.GetElapsedTime(started);
                if (waited >= database.Options.WriteRetryTimeout)
                {
                    throw new IOException($"{what()} failed: {database.Description} could not be reached for {waited.TotalSeconds:0} s ({e.Message}).", e);
                }

                Log.RetryingOnNewConnection(logger, e, what(), database.Description, delay.TotalMilliseconds);
                Thread.Sleep(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    /// <summary>Connection-level failures are transient; errors in what was sent (classes 22, 23, 42, P0) are not.</summary>
    public static bool IsTransient(Exception e) =>
        e is IOException or TimeoutException
        || e is NpgsqlException and not PostgresException
        || e is PostgresException { SqlState: var state } && !(state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal)
            || state.StartsWith("42", StringComparison.Ordinal) || state.StartsWith("P0", StringComparison.Ordinal));
}
