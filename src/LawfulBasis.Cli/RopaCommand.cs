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
        var publicKey = new Option<FileInfo?>("--public-key")
        {
            Description = "The audit trail's checkpoint signing key, public half (checkpoint-signing.pub.pem in the key store, or the host's own): the record then carries it, its id and the verify command an auditor runs with it (md, html, json).",
        };
        var witness = new Option<string?>("--witness") { Description = "With --public-key: where the witness of the latest checkpoint is kept (CheckpointWitnessPath), named in the record." };
        var appArguments = new Argument<string[]>("app-arguments")
        {
            Description = "Arguments after -- are passed to the application's ILawfulBasisToolHost, when its services classify personal data too (an EF Core model).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ropa", """
            Print the Record of Processing Activities (GDPR Art. 30) generated from an application's declarations.
            Exit 0 on success, 1 when the declarations break GDPR rules (each problem is listed with its article),
            2 when the assembly or project cannot be read or built.
            With --public-key, the record also carries the audit trail's checkpoint signing key, so an auditor can run
            lawfulbasis verify <trail> --public-key with it.
            Examples: lawfulbasis ropa bin/Release/net10.0/Shop.dll
                      lawfulbasis ropa src/Shop/Shop.csproj --format csv --output ropa.csv
                      lawfulbasis ropa bin/Release/net10.0/Shop.dll --public-key /var/lib/shop-keys/checkpoint-signing.pub.pem --witness /mnt/witness/shop.json
            """)
        {
            target, appArguments, format, outputFile, publicKey, witness,
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

            RopaTrailEvidence? trail;
            try
            {
                trail = TrailEvidence(parsed.GetValue(publicKey), parsed.GetValue(witness), parsed.GetValue(format));
            }
            catch (ToolUsageException e)
            {
                error.WriteLine($"lawfulbasis ropa: {e.Message}");
                return ExitCodes.Usage;
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
                        RopaWriter.Write(catalog, chosen, writer, trail);
                        return Task.CompletedTask;
                    }).GetAwaiter().GetResult();
                    output.WriteLine($"wrote the record of {catalog.Purposes.Count} processing activities to {destination.FullName}.");
                }
                else
                {
                    RopaWriter.Write(catalog, chosen, output, trail);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>The checkpoint signing key to put in the record, read and checked before any work; null without --public-key.</summary>
    private static RopaTrailEvidence? TrailEvidence(FileInfo? publicKey, string? witness, string? format)
    {
        if (publicKey is null)
        {
            return witness is null ? null : throw new ToolUsageException("--witness names where the witness is kept for an auditor checking signed checkpoints: give --public-key too.");
        }

        if (format == "csv")
        {
            throw new ToolUsageException("--public-key: the CSV record has one row per processing activity and no place for the key; use --format md, html or json.");
        }

        try
        {
            return RopaTrailEvidence.ForPublicKey(File.ReadAllText(publicKey.FullName), witness);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ToolUsageException($"--public-key {publicKey.FullName}: {e.Message}");
        }
    }
}
