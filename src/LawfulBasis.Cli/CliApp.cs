using System.CommandLine;

namespace LawfulBasis.Cli;

/// <summary>The <c>lawfulbasis</c> command line: one root command with a subcommand per task.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("LawfulBasis for DPOs and auditors: the Record of Processing Activities, audit-trail verification and data-subject requests, from the code and its evidence.")
        {
            RopaCommand.Create(output, error),
            VerifyCommand.Create(output, error),
            RequestsCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"lawfulbasis: {problem.Message}");
            }

            error.WriteLine("Run 'lawfulbasis --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
