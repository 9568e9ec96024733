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
            the processing sites by purpose and basis, the sites with no basis, and personal data reaching logs.
            Progress goes to standard error, one line per project. Exit 0 when every project was analysed and nothing
            needs fixing; 1 when something needs fixing or a project could not be restored or built (listed as not
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

            var result = ScanRunner.Run(target, error);
            // Nothing the user asked about was analysed (a referenced project that compiled does not count): no report at all.
            if (result.ProjectsAnalysed == 0 || result.Failures.Count >= target.Projects.Count)
            {
                error.WriteLine($"lawfulbasis scan: nothing was analysed: {string.Join("; ", result.Failures)}");
                return ExitCodes.Usage;
            }

            var destination = parsed.GetValue(outputFile);
            if (parsed.GetValue(format) == "sarif")
            {
                using var stream = destination is null ? new MemoryStream() : (Stream)File.Create(destination.FullName);
                ScanReport.WriteSarif(result, target.Root, stream);
                if (stream is MemoryStream memory)
                {
                    output.Write(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
                    output.WriteLine();
                }
            }
            else if (destination is not null)
            {
                using var writer = new StreamWriter(destination.FullName) { NewLine = "\n" };
                ScanReport.WriteText(result, scanned, writer);
            }
            else
            {
                ScanReport.WriteText(result, scanned, output);
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
