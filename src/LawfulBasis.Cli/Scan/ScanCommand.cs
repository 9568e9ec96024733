using System.CommandLine;

namespace LawfulBasis.Cli.Scan;

/// <summary><c>lawfulbasis scan &lt;solution|project|folder&gt;</c>: a privacy report of a codebase, with or without LawfulBasis in it.</summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("solution-project-or-folder") { Description = "A .sln/.slnx, a solution filter (.slnf), a .csproj, or a folder (its one solution, or every project beneath it)." };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or sarif (SARIF 2.1.0, for code-scanning dashboards).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of the console." };
        var command = new Command("scan", """
            Build a codebase with the LawfulBasis analyzers in scan mode (it need not reference LawfulBasis: members that
            look like personal data count as personal data) and report the personal data found by category and type,
            the processing sites by purpose and basis, then every finding a build with the analyzers shows (LB0001 to
            LB0008: no basis, special categories, purposes, ungated endpoints, logs, unclassified personal data), by rule.
            Test projects (IsTestProject) stay silent, as in a build. Progress goes to standard error, one line per
            project. Exit 0 when every project was analysed and nothing needs fixing; 1 when something needs fixing (a
            finding a build shows as a warning or an error) or a project could not be restored or built (listed as not
            analysed; the rest is still analysed); 2 when the path cannot be scanned or nothing in it builds.
            Examples: lawfulbasis scan src/Shop.sln
                      lawfulbasis scan samples/FaceSearch --format sarif --output facesearch.sarif
            """)
        {
            path, format, outputFile,
        };

        command.SetAction(parsed =>
        {
            var scanned = parsed.GetValue(path)!;
            var (target, problem) = ScanTarget.Resolve(scanned);
            if (target is null)
            {
                error.WriteLine($"lawfulbasis scan: {problem}");
                return ExitCodes.Usage;
            }

            var destination = parsed.GetValue(outputFile);
            if (destination is not null)
            {
                OutputFile.EnsureWritable(destination); // before a build of minutes, not after it
            }

            var result = ScanRunner.Run(target, error);
            // Nothing the user asked about was analysed (a referenced project that compiled does not count): no report at all.
            if (result.ProjectsAnalysed == 0 || result.Failures.Count >= target.Projects.Count)
            {
                error.WriteLine(result.Failures.Count > 0
                    ? $"lawfulbasis scan: nothing was analysed: {string.Join("; ", result.Failures)}"
                    : $"lawfulbasis scan: nothing was analysed: no project of {scanned} compiled; run 'dotnet build {scanned}' to see why.");
                return ExitCodes.Usage;
            }

            var sarif = parsed.GetValue(format) == "sarif";
            if (destination is not null)
            {
                // Whole or not at all: a report cut short by a full disk must not pass for a clean one.
                OutputFile.WriteAsync(destination, writer =>
                {
                    Write(writer);
                    return Task.CompletedTask;
                }).GetAwaiter().GetResult();
            }
            else
            {
                Write(output);
            }

            void Write(TextWriter writer)
            {
                if (sarif)
                {
                    using var stream = new MemoryStream();
                    ScanReport.WriteSarif(result, target.Root, stream);
                    writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                    writer.WriteLine();
                }
                else
                {
                    ScanReport.WriteText(result, scanned, writer);
                }
            }

            if (destination is not null)
            {
                output.WriteLine($"wrote the scan report ({result.Findings.Count} findings) to {destination.FullName}.");
            }

            return ScanReport.ExitCode(result);
        });
        return command;
    }
}
