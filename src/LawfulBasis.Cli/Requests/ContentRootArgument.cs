namespace LawfulBasis.Cli.Requests;

/// <summary>
/// The <c>--contentRoot</c> among the arguments the tool passes to an application's <see cref="ILawfulBasisToolHost"/>.
/// The .NET host resolves a relative content root against the folder of the running program (AppContext.BaseDirectory),
/// which inside the tool is the tool's own folder; the user typed it relative to their current folder, as
/// <c>dotnet run</c> would read it. So the tool makes it absolute before the application's host sees it.
/// </summary>
internal static class ContentRootArgument
{
    private const string Key = "contentRoot";

    /// <summary>
    /// The arguments with a relative content root made absolute against <paramref name="currentDirectory"/>, in each
    /// form the host's command-line configuration reads (<c>--contentRoot x</c>, <c>--contentRoot=x</c>,
    /// <c>/contentRoot x</c>, <c>/contentRoot=x</c>, <c>contentRoot=x</c>; the key in any case). Others are unchanged.
    /// </summary>
    public static string[] Resolve(string[] args, string currentDirectory)
    {
        var resolved = (string[])args.Clone();
        for (var i = 0; i < resolved.Length; i++)
        {
            if (Split(resolved[i]) is not { } argument)
            {
                continue;
            }

            if (argument.Value is { } inline)
            {
                resolved[i] = argument.Prefix + Absolute(inline, currentDirectory);
            }
            else if (i + 1 < resolved.Length)
            {
                resolved[i + 1] = Absolute(resolved[i + 1], currentDirectory);
                i++;
            }
        }

        return resolved;
    }

    /// <summary>The content root the arguments name (the last one, as configuration keeps the last value), or null.</summary>
    public static string? Find(string[] args)
    {
        string? found = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (Split(args[i]) is { } argument)
            {
                found = argument.Value ?? (i + 1 < args.Length ? args[++i] : found);
            }
        }

        return found;
    }

    private static string Absolute(string path, string currentDirectory) =>
        path.Length == 0 || Path.IsPathRooted(path) ? path : Path.GetFullPath(path, currentDirectory);

    /// <summary>
    /// The argument as a content-root key: what comes before its value (<c>--contentRoot=</c>) and the value given in it,
    /// or a null value when the value is the next argument; null when the argument is not the content root.
    /// </summary>
    private static (string Prefix, string? Value)? Split(string argument)
    {
        var dashes = argument.StartsWith("--", StringComparison.Ordinal) ? 2 : argument.StartsWith('/') ? 1 : 0;
        var equals = argument.IndexOf('=', dashes);
        var key = equals < 0 ? argument[dashes..] : argument[dashes..equals];
        if (!key.Equals(Key, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (equals >= 0)
        {
            return (argument[..(equals + 1)], argument[(equals + 1)..]);
        }

        // A bare "contentRoot" with no '=' is no key to the host: only --contentRoot and /contentRoot take the next value.
        return dashes == 0 ? null : (argument, null);
    }
}
