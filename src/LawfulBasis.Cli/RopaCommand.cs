using System.CommandLine;
using LawfulBasis.Ropa;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis ropa &lt;assembly.dll|project&gt;</c>: the Record of Processing Activities of an application.</summary>
internal static class RopaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<FileInfo>("assembly-or-project") { Description = "The application's assembly (.dll), or its project (.csproj), which is built first." };
        var format = new Option<string>("--format", "-f") { Description = "md (default), json, csv or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "markdown", "json", "csv", "html");
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the console." };
        var appArguments = new Argument<string[]>("app-arguments")
        {
            Description = "Arguments after -- are passed to the application's ILawfulBasisToolHost, when its services classify personal data too (an EF Core model).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ropa", """
            Print the Record of Processing Activities (GDPR Art. 30) generated from an application's declarations.
            Exit 0 on success, 1 when the declarations break GDPR rules (each problem is listed with its article),
            2 when the assembly or project cannot be read or built.
            Examples: lawfulbasis ropa bin/Release/net10.0/Shop.dll
                      lawfulbasis ropa src/Shop/Shop.csproj --format csv --output ropa.csv
            """)
        {
            target, appArguments, format, outputFile,
        };

        command.SetAction(parsed =>
        {
            if (parsed.GetValue(outputFile) is { } destinationFile)
            {
                try
                {
                    OutputFile.EnsureWritable(destinationFile);
                }
                catch (ToolUsageException e)
                {
                    error.WriteLine($"lawfulbasis ropa: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

            return ApplicationDeclarations.With("ropa", parsed.GetValue(target)!, parsed.GetValue(appArguments) ?? [], error, catalog =>
            {
                var chosen = parsed.GetValue(format) switch
                {
                    "json" => RopaFormat.Json,
                    "csv" => RopaFormat.Csv,
                    "html" => RopaFormat.Html,
                    _ => RopaFormat.Markdown,
                };
                if (parsed.GetValue(outputFile) is { } destination)
                {
                    OutputFile.WriteAsync(destination, writer =>
                    {
                        RopaWriter.Write(catalog, chosen, writer);
                        return Task.CompletedTask;
                    }).GetAwaiter().GetResult();
                    output.WriteLine($"wrote the record of {catalog.Purposes.Count} processing activities to {destination.FullName}.");
                }
                else
                {
                    RopaWriter.Write(catalog, chosen, output);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
