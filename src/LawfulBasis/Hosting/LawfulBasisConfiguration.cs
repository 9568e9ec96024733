using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace LawfulBasis;

/// <summary>
/// Reads <see cref="LawfulBasisOptions"/> from a configuration section (appsettings.json, environment variables such as
/// <c>LawfulBasis__TrailPath</c>, …), as <c>AddLawfulBasis()</c> and <c>AddLawfulBasis(section)</c> do.
/// </summary>
/// <remarks>
/// The settings read are <c>Assemblies</c> (assembly names), <c>TrailPath</c>, <c>KeyStorePath</c>, <c>RegisterPath</c>,
/// <c>CheckpointWitnessPath</c>, <c>FlushMode</c>, <c>QueueCapacity</c>, <c>BatchSize</c>, <c>DefaultActor</c>,
/// <c>SignCheckpoints</c>, <c>CheckpointEveryEntries</c>, <c>CheckpointPeriod</c>, <c>AcceptTrailChange</c> and <c>ClosedRequestsReadableFor</c>. Settings that are absent or empty
/// leave the option as it was. What configuration cannot hold (a signing key, exemptions by type) is set in code.
/// </remarks>
public static class LawfulBasisConfiguration
{
    /// <summary>The configuration section <c>AddLawfulBasis()</c> reads: <c>"LawfulBasis"</c>.</summary>
    public const string SectionName = "LawfulBasis";

    /// <summary>Copies the settings of a configuration section onto the options; a bad value is named with how to fix it.</summary>
    /// <param name="section">The section, usually <c>"LawfulBasis"</c>.</param>
    /// <param name="baseDirectory">The folder relative paths are resolved against (the host's content root).</param>
    /// <param name="options">The options.</param>
    /// <exception cref="InvalidOperationException">A setting cannot be read: the message names it, its value and what to write instead.</exception>
    public static void Bind(IConfiguration section, string baseDirectory, LawfulBasisOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        ArgumentNullException.ThrowIfNull(options);
        var where = (section as IConfigurationSection)?.Path ?? SectionName;

        foreach (var name in section.GetSection(nameof(options.Assemblies)).GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var assembly = LoadAssembly(where, name!);
            if (!options.Assemblies.Contains(assembly))
            {
                options.Assemblies.Add(assembly);
            }
        }

        options.TrailPath = Path(nameof(options.TrailPath)) ?? options.TrailPath;
        options.KeyStorePath = Path(nameof(options.KeyStorePath)) ?? options.KeyStorePath;
        options.RegisterPath = Path(nameof(options.RegisterPath)) ?? options.RegisterPath;
        options.CheckpointWitnessPath = Path(nameof(options.CheckpointWitnessPath)) ?? options.CheckpointWitnessPath;
        options.DefaultActor = section[nameof(options.DefaultActor)] is { Length: > 0 } actor ? actor : options.DefaultActor;
        options.AcceptTrailChange = section[nameof(options.AcceptTrailChange)] is { Length: > 0 } accepted ? accepted : options.AcceptTrailChange;
        if (section[nameof(options.FlushMode)] is { Length: > 0 } mode)
        {
            options.FlushMode = Enum.TryParse<TrailFlushMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"Configuration {where}:{nameof(options.FlushMode)} is \"{mode}\": use Batched or Durable.");
        }

        options.QueueCapacity = Read(nameof(options.QueueCapacity), "a whole number", (string t, out int n) => int.TryParse(t, CultureInfo.InvariantCulture, out n)) ?? options.QueueCapacity;
        options.BatchSize = Read(nameof(options.BatchSize), "a whole number", (string t, out int n) => int.TryParse(t, CultureInfo.InvariantCulture, out n)) ?? options.BatchSize;
        options.SignCheckpoints = Read(nameof(options.SignCheckpoints), "true or false", (string t, out bool b) => bool.TryParse(t, out b)) ?? options.SignCheckpoints;
        options.CheckpointEveryEntries = Read(nameof(options.CheckpointEveryEntries), "a whole number", (string t, out long n) => long.TryParse(t, CultureInfo.InvariantCulture, out n)) ?? options.CheckpointEveryEntries;
        options.CheckpointPeriod = Read(nameof(options.CheckpointPeriod), "a duration such as 00:01:00 (hh:mm:ss)", (string t, out TimeSpan d) => TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out d)) ?? options.CheckpointPeriod;
        options.ClosedRequestsReadableFor = Read(nameof(options.ClosedRequestsReadableFor), "a duration such as 30.00:00:00 (d.hh:mm:ss)", (string t, out TimeSpan d) => TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out d)) ?? options.ClosedRequestsReadableFor;

        string? Path(string key) => section[key] is { Length: > 0 } value ? System.IO.Path.GetFullPath(value, baseDirectory) : null;

        T? Read<T>(string key, string expected, TryParse<T> parse)
            where T : struct => section[key] switch
            {
                null or "" => null,
                var text when parse(text, out var value) => value,
                var text => throw new InvalidOperationException($"Configuration {where}:{key} is \"{text}\": use {expected}."),
            };
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>Loads an assembly named in configuration, or says which setting named what could not be loaded.</summary>
    private static Assembly LoadAssembly(string where, string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"Configuration {where}:{nameof(LawfulBasisOptions.Assemblies)} names \"{name}\", which cannot be loaded ({e.Message.TrimEnd('.')}). Use the simple name of an assembly the application references (for example \"Acme.Shop\"), or call options.AddAssemblyOf<SomePurpose>() in code.",
                e);
        }
    }
}
