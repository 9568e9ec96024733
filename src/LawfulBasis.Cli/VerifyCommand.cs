using System.CommandLine;
using LawfulBasis.Audit;
using LawfulBasis.PostgreSql;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis verify &lt;trail&gt;</c> or <c>verify --postgres &lt;connection&gt;</c>: checks an audit trail's hash chains end to end.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trail = new Argument<FileInfo?>("trail") { Description = "The audit trail file (JSON Lines), for example /var/lib/shop/audit/trail.jsonl.", Arity = ArgumentArity.ZeroOrOne };
        var postgres = new Option<string?>("--postgres") { Description = "Verify the trail in PostgreSQL instead: the Npgsql connection string (a read-only role is enough)." };
        var schema = new Option<string>("--schema") { Description = "With --postgres: the trail's schema.", DefaultValueFactory = _ => "lawfulbasis" };
        var command = new Command("verify", """
            Verify an audit trail's hash chain: a file, or every writer's chain in PostgreSQL. Exit 0 when intact (prints
            the count), 1 when not (prints the first bad line, or row, and what is wrong with it), 2 when the trail cannot
            be read.
            Examples: lawfulbasis verify /var/lib/shop/audit/trail.jsonl
                      lawfulbasis verify --postgres "Host=db;Database=shop;Username=auditor" --schema lawfulbasis
            """)
        {
            trail, postgres, schema,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = parsed.GetValue(trail);
            var connection = parsed.GetValue(postgres);
            if (file is null == connection is null)
            {
                error.WriteLine("lawfulbasis verify: name a trail file, or --postgres with a connection string (not both).");
                return ExitCodes.Usage;
            }

            TrailVerification result;
            string what;
            if (connection is not null)
            {
                result = await PostgreSqlTrailVerifier.VerifyAsync(connection, parsed.GetValue(schema)!, cancellationToken);
                what = $"schema {parsed.GetValue(schema)}";
            }
            else if (Directory.Exists(file!.FullName))
            {
                error.WriteLine($"lawfulbasis verify: {file.FullName} is a folder, not a trail file: name the trail file in it (for example {Path.Combine(file.FullName, "trail.jsonl")}).");
                return ExitCodes.Usage;
            }
            else if (!file.Exists)
            {
                error.WriteLine($"lawfulbasis verify: {file.FullName} does not exist.");
                return ExitCodes.Usage;
            }
            else
            {
                result = AuditTrailVerifier.Verify(file.FullName);
                what = file.Name;
            }

            switch (result.Problem)
            {
                case TrailProblem.None:
                    output.WriteLine(connection is null ? $"intact: {result.EntriesVerified} entries verified in {what}." : $"intact: {result.Message}");
                    return ExitCodes.Success;
                case TrailProblem.Unreadable:
                    error.WriteLine($"lawfulbasis verify: {result.Message}");
                    return ExitCodes.Usage;
                default:
                    output.WriteLine($"BROKEN at {(connection is null ? "line" : "row")} {result.Line}: {result.Problem}. {result.Message}");
                    return ExitCodes.Problem;
            }
        });
        return command;
    }
}
