namespace Clinic;

/// <summary>
/// While the clinic starts, the host's own "Hosting failed to start" error is not logged: it repeats, with a stack
/// trace on standard output, the failure Program catches and prints as one line (the port is taken, the settings are
/// invalid). Once started, the host logs as usual.
/// </summary>
public static class StartupFailureLogging
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private static volatile bool s_started;

    /// <summary>Filters the host's errors until <see cref="Started"/>.</summary>
    /// <param name="logging">The application's logging.</param>
    public static void Quiet(ILoggingBuilder logging) =>
        logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (s_started || level < LogLevel.Error));

    /// <summary>The host started: its errors are logged again.</summary>
    public static void Started() => s_started = true;
}
