using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// The file-system part of the options' validation, kept apart because it touches the disk: creates the trail, key
/// store and register folders and writes (then deletes) a probe file in each, so an unwritable folder stops the host
/// at start-up instead of failing the first request. Skipped when a storage package replaces the embedded files.
/// </summary>
/// <remarks>
/// Paths that are not set, or a key store in the trail's folder, are reported by <see cref="LawfulBasisOptionsValidator"/>;
/// this type probes only the folders that could be valid.
/// </remarks>
internal sealed class LawfulBasisFileSystemValidator : IValidateOptions<LawfulBasisOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LawfulBasisOptions options)
    {
        if (options.ExternalStorage is not null)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.TrailPath) && Unwritable(LawfulBasisOptionsValidator.FolderOf(options.TrailPath)) is { } trail)
        {
            failures.Add($"The audit trail cannot be written at {options.TrailPath}: {trail}. Give the host write access to that folder, or set TrailPath to a folder it can write.");
        }

        if (!string.IsNullOrWhiteSpace(options.KeyStorePath) && !LawfulBasisOptionsValidator.KeysBesideTrail(options)
            && Unwritable(options.KeyStorePath) is { } keys)
        {
            failures.Add($"The key store cannot be written at {options.KeyStorePath}: {keys}. Give the host write access to that folder, or set KeyStorePath to a folder it can write.");
        }

        if (!string.IsNullOrWhiteSpace(options.RegisterPath) && Unwritable(options.RegisterPath) is { } registers)
        {
            failures.Add($"The registers cannot be written at {options.RegisterPath}: {registers}. Give the host write access to that folder, or set RegisterPath to a folder it can write.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

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
            return e.Message.TrimEnd('.');
        }
    }
}
