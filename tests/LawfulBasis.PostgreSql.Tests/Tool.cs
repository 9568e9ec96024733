using LawfulBasis.Cli;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>The lawfulbasis tool run in-process, as a DPO would run it against the database.</summary>
internal static class Tool
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
