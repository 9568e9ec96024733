using Microsoft.Extensions.Options;

namespace LawfulBasis.Cli.Requests;

/// <summary>
/// What to tell a user when an application's <see cref="ILawfulBasisToolHost"/> cannot give the tool its services, or
/// gives services whose LawfulBasis settings are invalid: what failed, where the host looked (its content root, whose
/// appsettings.json holds the settings of a web or generic host), and how to fix it — never an exception's text alone,
/// which for a missing content root is a bare path.
/// </summary>
internal static class ToolHostFailure
{
    /// <summary>The one-line reason the host's <c>CreateServices</c> threw.</summary>
    /// <param name="host">The application's tool host type.</param>
    /// <param name="failure">What it threw.</param>
    /// <param name="args">The arguments it was given (the content root already made absolute).</param>
    /// <param name="currentDirectory">The folder the tool ran from.</param>
    public static string Describe(Type host, Exception failure, string[] args, string currentDirectory)
    {
        var what = $"the application's ILawfulBasisToolHost ({host.FullName}) could not build its services";
        var contentRoot = ContentRootArgument.Find(args);
        if (failure is OptionsValidationException invalid)
        {
            return Settings(invalid, contentRoot ?? currentDirectory, knownContentRoot: contentRoot is not null);
        }

        if (failure is DirectoryNotFoundException && contentRoot is not null && !Directory.Exists(contentRoot))
        {
            return $"{what}: its content root {contentRoot} does not exist. Pass the application's folder, the one holding its appsettings.json, after --: -- --contentRoot <folder> (a relative folder is taken from the current one, {currentDirectory}).";
        }

        var given = args.Length == 0 ? "no arguments after --" : $"the arguments after -- '{string.Join(' ', args)}'";
        var where = contentRoot is null
            ? $"It ran from {currentDirectory} with {given}; a web or generic host takes that folder as its content root, where it reads appsettings.json: run the tool from the application's folder, or pass -- --contentRoot <folder>."
            : $"It ran with {given}.";
        return $"{what}: {Sentence(Reason(failure))} {where}";
    }

    /// <summary>
    /// The one-line reason the application's LawfulBasis settings are invalid, with where they were read from: the
    /// problems one per line after it (each already a sentence; the options joined them with "; ", doubling the stops).
    /// </summary>
    /// <param name="invalid">The options' validation failure.</param>
    /// <param name="contentRoot">The content root the host used, or null when it has none (a host built on a plain service collection).</param>
    /// <param name="knownContentRoot">Whether the content root is the host's own (read from its services or named by --contentRoot) rather than a guess.</param>
    public static string Settings(OptionsValidationException invalid, string? contentRoot, bool knownContentRoot = true)
    {
        string where;
        if (contentRoot is null)
        {
            where = "as its ILawfulBasisToolHost set them, given the arguments after --";
        }
        else
        {
            var settings = Path.Combine(contentRoot, "appsettings.json");
            var root = knownContentRoot ? $"its content root was {contentRoot}" : $"its content root was most likely {contentRoot}, the current folder";
            where = File.Exists(settings)
                ? $"{root}, whose appsettings.json (and appsettings.<Environment>.json) was read"
                : $"{root}, where appsettings.json was looked for and is not there: run the tool from the application's folder, or pass -- --contentRoot <the folder holding appsettings.json>";
        }

        return $"the application's LawfulBasis settings are invalid ({where}):{Problems(invalid)}";
    }

    /// <summary>The validation problems, each on a line of its own (indented), each one sentence.</summary>
    public static string Problems(OptionsValidationException invalid)
    {
        var problems = invalid.Failures.Select(Sentence).Where(p => p.Length > 1).ToArray();
        return "\n  " + string.Join("\n  ", problems.Length > 0 ? problems : [Sentence(CliApp.OneLine(invalid))]);
    }

    /// <summary>The exception's message on one line, named by its type when that says more than the text alone.</summary>
    private static string Reason(Exception failure)
    {
        var message = CliApp.OneLine(failure);
        return failure switch
        {
            DirectoryNotFoundException => $"a folder it needs does not exist ({message})",
            FileNotFoundException { FileName: { } file } when !message.Contains(file, StringComparison.Ordinal) => $"{message} ({file})",
            _ => message,
        };
    }

    /// <summary>The text trimmed, ending with one full stop (a message that already ends with one keeps it alone).</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd(';').TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }
}
