using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// Checks <see cref="LawfulBasisOptions"/> when the host starts (<c>ValidateOnStart</c>), so a missing path, an
/// unwritable trail or an invalid catalog stops the host with a clear message instead of failing the first request.
/// </summary>
internal sealed class LawfulBasisOptionsValidator : IValidateOptions<LawfulBasisOptions>
{
    public ValidateOptionsResult Validate(string? name, LawfulBasisOptions options)
    {
        var failures = new List<string>();
        if (options.Assemblies.Count == 0)
        {
            failures.Add("No assembly is named for the catalog: call options.AddAssemblyOf<SomePurpose>() for each assembly that declares purposes or personal data.");
        }
        else
        {
            failures.AddRange(options.ReadCatalog().Problems.Select(p => p.ToString()));
        }

        if (options.ExternalStorage is null)
        {
            ValidateFiles(options, failures);
        }

        ValidateCheckpoints(options, failures);
        if (options.QueueCapacity < 1 || options.BatchSize < 1)
        {
            failures.Add("QueueCapacity and BatchSize must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The embedded storage: every path set, writable, and the keys apart from the trail.</summary>
    private static void ValidateFiles(LawfulBasisOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.TrailPath))
        {
            failures.Add("TrailPath is not set: name the audit trail file, for example /var/lib/app/audit/trail.jsonl.");
        }
        else if (Unwritable(Path.GetDirectoryName(Path.GetFullPath(options.TrailPath))!) is { } why)
        {
            failures.Add($"The audit trail cannot be written at {options.TrailPath}: {why}.");
        }

        if (string.IsNullOrWhiteSpace(options.KeyStorePath))
        {
            failures.Add("KeyStorePath is not set: name a folder for the pseudonym key store, apart from the trail.");
        }
        else if (!string.IsNullOrWhiteSpace(options.TrailPath) && SameFolder(options.KeyStorePath, Path.GetDirectoryName(Path.GetFullPath(options.TrailPath))!))
        {
            failures.Add("KeyStorePath is the trail's folder: keep the pseudonym keys apart from the trail (with stricter access), or whoever reads both can link the trail to people.");
        }
        else if (Unwritable(options.KeyStorePath) is { } why)
        {
            failures.Add($"The key store cannot be written at {options.KeyStorePath}: {why}.");
        }

        if (string.IsNullOrWhiteSpace(options.RegisterPath))
        {
            failures.Add("RegisterPath is not set: name a folder for the consent, objection and restriction registers.");
        }
        else if (Unwritable(options.RegisterPath) is { } why)
        {
            failures.Add($"The registers cannot be written at {options.RegisterPath}: {why}.");
        }
    }

    /// <summary>The checkpoint interval, key and witness: a witness inside the trail's folder proves nothing against whoever can rewrite that folder.</summary>
    private static void ValidateCheckpoints(LawfulBasisOptions options, List<string> failures)
    {
        if (!options.SignCheckpoints)
        {
            return;
        }

        if (options.CheckpointEveryEntries < 1 || options.CheckpointPeriod <= TimeSpan.Zero)
        {
            failures.Add("CheckpointEveryEntries must be at least 1 and CheckpointPeriod positive.");
        }

        if (options.CheckpointSigningKey is { KeySize: not 256 })
        {
            failures.Add("CheckpointSigningKey must be an ECDSA P-256 key.");
        }
        else if (options.CheckpointSigningKey is null && string.IsNullOrWhiteSpace(options.KeyStorePath))
        {
            failures.Add("SignCheckpoints needs a signing key: set CheckpointSigningKey, or KeyStorePath (the key is then kept in that folder).");
        }

        if (!string.IsNullOrWhiteSpace(options.CheckpointWitnessPath) && !string.IsNullOrWhiteSpace(options.TrailPath))
        {
            var trailFolder = Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(Path.GetFullPath(options.TrailPath))!) + Path.DirectorySeparatorChar;
            if (Path.GetFullPath(options.CheckpointWitnessPath).StartsWith(trailFolder, StringComparison.Ordinal))
            {
                failures.Add($"CheckpointWitnessPath {options.CheckpointWitnessPath} is inside the trail's folder: whoever can cut or replace the trail can then rewrite its witness too. Put it on another volume or share.");
            }
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    /// <summary>Why the folder cannot be written, or null when a file can be created in it.</summary>
    private static string? Unwritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".lawfulbasis-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }
}
