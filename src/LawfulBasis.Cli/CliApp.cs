using System.CommandLine;
using System.CommandLine.Help;

namespace LawfulBasis.Cli;

/// <summary>The <c>lawfulbasis</c> command line: one root command with a subcommand per task.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
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

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
