namespace LawfulBasis.Browser.Tests;

/// <summary>
/// Finds headless Chromium and its driver as Debian packages them (<c>chromium</c>, <c>chromium-driver</c>), or where
/// <c>LAWFULBASIS_CHROMIUM</c> and <c>LAWFULBASIS_CHROMEDRIVER</c> say. Nothing is downloaded.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<(string? Browser, string? Driver)> Found = new(() => (
        Locate("LAWFULBASIS_CHROMIUM", "chromium", "chromium-browser", "google-chrome"),
        Locate("LAWFULBASIS_CHROMEDRIVER", "chromedriver")));

    public static string? BrowserPath => Found.Value.Browser;

    public static string? DriverPath => Found.Value.Driver;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        BrowserPath is null || DriverPath is null
            ? $"No headless Chromium here ({(BrowserPath is null ? "chromium" : "chromedriver")} not found on PATH, or LAWFULBASIS_CHROMIUM/LAWFULBASIS_CHROMEDRIVER name no file): install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), or set LAWFULBASIS_CHROMIUM and LAWFULBASIS_CHROMEDRIVER. .ci/run installs them."
            : null;

    /// <summary>In CI (<c>CI=true</c>) .ci/run installs Chromium, so a missing browser is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Locate(string variable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return names
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A browser test: skipped, with the reason, where no Chromium is installed — except in CI, where .ci/run installs
/// it, so there the test runs and fails saying the browser is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } reason && !Chromium.IsCi)
        {
            Skip = reason;
        }
    }
}
