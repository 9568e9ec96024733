using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;

namespace LawfulBasis.Cli;

/// <summary>The <c>lawfulbasis</c> command line: one root command with a subcommand per task.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CancellationToken.None);

    /// <summary>Runs the command line; <paramref name="cancellation"/> stands for ^C (SIGINT and SIGTERM cancel it too).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        // A plain command named as users type it (a RootCommand takes the assembly's name, LawfulBasis.Cli).
        var root = new Command("lawfulbasis", "LawfulBasis for DPOs and auditors: the Record of Processing Activities, audit-trail verification and data-subject requests, from the code and its evidence.")
        {
            new HelpOption(),
            new VersionOption(),
            RopaCommand.Create(output, error),
            NoticeCommand.Create(output, error),
            VerifyCommand.Create(output, error),
            Requests.RequestsCommand.Create(output, error),
            Requests.AccessCommand.Create(output, error),
            Requests.EraseCommand.Create(output, error),
            Scan.ScanCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line: the most specific error (the last; "no command given" comes before "unknown command 'x'").
            error.WriteLine($"lawfulbasis: {parsed.Errors[^1].Message} Run 'lawfulbasis --help' for usage.");
            return ExitCodes.Usage;
        }

        if (HelpWithOtherArguments(parsed, args) is { } refusal)
        {
            error.WriteLine(refusal);
            return ExitCodes.Usage;
        }

        try
        {
            InputPath.CheckAll(parsed);

            // Our own handler, not System.CommandLine's: that one prints a stack trace and exits 1, which means
            // "the check found a problem". A failure of the tool itself is "could not check": one line, exit 2.
            // Asynchronously, so that ^C (SIGINT) and SIGTERM cancel the command's token instead of killing the process
            // mid-write.
            // The token is cancelled by ^C (Program.cs registers the signals, so System.CommandLine's own handling is off).
            return parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellation)
                .GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"{Prefix(parsed)}: interrupted; nothing more was changed. A request already received stays open: run the same command again to resume it.");
            return Interrupted;
        }
        catch (ToolUsageException e)
        {
            error.WriteLine($"{Prefix(parsed)}: {OneLine(e)}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            error.WriteLine($"{Prefix(parsed)}: could not run: {OneLine(e)}");
            return ExitCodes.Usage;
        }
    }

    /// <summary>
    /// Help is shown for a command named alone (<c>lawfulbasis access --help</c>). Given with other arguments it is most
    /// likely a value that happens to read "--help" (a subject id or a path from a variable, in a script): printing help
    /// and exiting 0 would tell that script the request was answered or the trail verified. So it is refused, saying how
    /// to get help and how to pass such a value (after <c>--</c>, where nothing is an option).
    /// </summary>
    private static string? HelpWithOtherArguments(ParseResult parsed, string[] args)
    {
        if (parsed.Action is not HelpAction || parsed.CommandResult.Command.Name == "lawfulbasis")
        {
            return null;
        }

        var command = parsed.CommandResult.Command.Name;
        var others = parsed.Tokens.Count(t => t.Type is not System.CommandLine.Parsing.TokenType.Command && !IsHelp(t.Value));
        if (others == 0)
        {
            return null;
        }

        var help = args.First(IsHelp);
        return command is "access" or "erase"
            ? $"lawfulbasis {command}: {help} was given with a request's arguments. For help, run 'lawfulbasis {command} --help' alone; if '{help}' is the subject's id, give it after --: lawfulbasis {command} --app <App.dll> --identity-verified -- {help} [application arguments]."
            : $"lawfulbasis {command}: {help} was given with other arguments. For help, run 'lawfulbasis {command} --help' alone; a value that reads '{help}' goes after --: lawfulbasis {command} -- {help}.";
    }

    private static bool IsHelp(string token) => token is "--help" or "-h" or "-?" or "/h" or "/?";

    /// <summary>The exit code of a command interrupted by ^C, as shells report it (128 + SIGINT).</summary>
    internal const int Interrupted = 130;

    private static string Prefix(ParseResult parsed) => parsed.CommandResult.Command.Name switch
    {
        "lawfulbasis" => "lawfulbasis",
        var name => $"lawfulbasis {name}",
    };

    /// <summary>The innermost meaningful message of a failure, on one line (the type's name when it says nothing).</summary>
    internal static string OneLine(Exception e)
    {
        while (e is TargetInvocationException or AggregateException && e.InnerException is { } inner)
        {
            e = inner;
        }

        var message = string.IsNullOrWhiteSpace(e.Message) ? e.GetType().Name : e.Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
