using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// The cross-field part of the options' validation, run when the host starts (<c>ValidateOnStart</c>): the catalog of
/// the assemblies named, the paths the embedded storage needs, the key store apart from the trail, and the checkpoint
/// settings when <see cref="LawfulBasisOptions.SignCheckpoints"/> is on. It reads no disk beyond the declarations.
/// </summary>
/// <remarks>
/// Ranges that hold whatever the other settings are live on <see cref="LawfulBasisOptions"/> as data annotations
/// (<see cref="LawfulBasisOptionsAnnotationsValidator"/>); whether the folders can be written is checked by
/// <see cref="LawfulBasisFileSystemValidator"/>.
/// </remarks>
internal sealed class LawfulBasisOptionsValidator : IValidateOptions<LawfulBasisOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LawfulBasisOptions options)
    {
        var failures = new List<string>();
        if (options.Assemblies.Count == 0)
        {
            failures.Add("No assembly is named for the catalog: call options.AddAssemblyOf<SomePurpose>() for each assembly that declares purposes or personal data (or list their names under LawfulBasis:Assemblies in configuration).");
        }
        else
        {
            failures.AddRange(options.ReadCatalog().Problems.Select(p => p.ToString()));
        }

        if (options.ExternalStorage is null)
        {
            ValidatePaths(options, failures);
        }

        ValidateCheckpoints(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The folder the trail file is in, as a full path.</summary>
    internal static string FolderOf(string trailPath) => Path.GetDirectoryName(Path.GetFullPath(trailPath))!;

    /// <summary>Whether the key store is the trail's own folder (both paths set).</summary>
    internal static bool KeysBesideTrail(LawfulBasisOptions options) =>
        !string.IsNullOrWhiteSpace(options.TrailPath) && !string.IsNullOrWhiteSpace(options.KeyStorePath)
        && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.KeyStorePath)), Path.TrimEndingDirectorySeparator(FolderOf(options.TrailPath)), StringComparison.Ordinal);

    /// <summary>The embedded storage: every path set, and the keys apart from the trail.</summary>
    private static void ValidatePaths(LawfulBasisOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.TrailPath))
        {
            failures.Add("TrailPath is not set: name the audit trail file, for example /var/lib/app/audit/trail.jsonl (options.TrailPath, or LawfulBasis:TrailPath in configuration).");
        }

        if (string.IsNullOrWhiteSpace(options.KeyStorePath))
        {
            failures.Add("KeyStorePath is not set: name a folder for the pseudonym key store, apart from the trail (options.KeyStorePath, or LawfulBasis:KeyStorePath in configuration).");
        }
        else if (KeysBesideTrail(options))
        {
            failures.Add("KeyStorePath is the trail's folder: keep the pseudonym keys apart from the trail (with stricter access), or whoever reads both can link the trail to people.");
        }

        if (string.IsNullOrWhiteSpace(options.RegisterPath))
        {
            failures.Add("RegisterPath is not set: name a folder for the consent, objection and restriction registers (options.RegisterPath, or LawfulBasis:RegisterPath in configuration).");
        }

        if (options.ClosedRequestsReadableFor < TimeSpan.Zero)
        {
            failures.Add($"ClosedRequestsReadableFor is {options.ClosedRequestsReadableFor}: give how long a closed request keeps the subject's id readable, zero or more (30 days by default; LawfulBasis:ClosedRequestsReadableFor, for example 30.00:00:00).");
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
            var trailFolder = Path.TrimEndingDirectorySeparator(FolderOf(options.TrailPath)) + Path.DirectorySeparatorChar;
            if (Path.GetFullPath(options.CheckpointWitnessPath).StartsWith(trailFolder, StringComparison.Ordinal))
            {
                failures.Add($"CheckpointWitnessPath {options.CheckpointWitnessPath} is inside the trail's folder: whoever can cut or replace the trail can then rewrite its witness too. Put it on another volume or share.");
            }
        }
    }
}
