using System.CommandLine;
using LawfulBasis.Audit;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis verify &lt;trail&gt;</c>: checks an audit trail's hash chain from the first line to the last.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trail = new Argument<FileInfo>("trail") { Description = "The audit trail file (JSON Lines), for example /var/lib/shop/audit/trail.jsonl." };
        var command = new Command("verify", """
            Verify an audit trail's hash chain. Exit 0 when intact (prints the count), 1 when not (prints the first bad
            line and what is wrong with it), 2 when the file cannot be read.
            Example: lawfulbasis verify /var/lib/shop/audit/trail.jsonl
            """)
        {
            trail,
        };

        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(trail)!;
            if (!file.Exists)
            {
                error.WriteLine($"lawfulbasis verify: {file.FullName} does not exist.");
                return ExitCodes.Usage;
            }

            var result = AuditTrailVerifier.Verify(file.FullName);
            switch (result.Problem)
            {
                case TrailProblem.None:
                    output.WriteLine($"intact: {result.EntriesVerified} entries verified in {file.Name}.");
                    return ExitCodes.Success;
                case TrailProblem.Unreadable:
                    error.WriteLine($"lawfulbasis verify: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    output.WriteLine($"BROKEN at line {result.Line}: {result.Problem}. {result.Message}");
                    return ExitCodes.Problem;
            }
        });
        return command;
    }
}
