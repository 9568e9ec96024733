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
        var command = new Command("ropa", """
            Print the Record of Processing Activities (GDPR Art. 30) generated from an application's declarations.
            Exit 0 on success, 1 when the declarations break GDPR rules (each problem is listed with its article),
            2 when the assembly or project cannot be read or built.
            Examples: lawfulbasis ropa bin/Release/net10.0/Shop.dll
                      lawfulbasis ropa src/Shop/Shop.csproj --format csv --output ropa.csv
            """)
        {
            target, format, outputFile,
        };

        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(target)!;
            if (!file.Exists)
            {
                error.WriteLine($"lawfulbasis ropa: {file.FullName} does not exist.");
                return ExitCodes.Usage;
            }

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

            var assemblyPath = file.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase) ? Build(file, error) : file.FullName;
            if (assemblyPath is null)
            {
                return ExitCodes.Usage;
            }

            DeclarationsLoadContext context;
            try
            {
                context = new DeclarationsLoadContext(assemblyPath);
            }
            catch (ToolUsageException e)
            {
                error.WriteLine($"lawfulbasis ropa: {e.Message}");
                return ExitCodes.Usage;
            }

            try
            {
                var assembly = context.LoadFromAssemblyPath(assemblyPath);
                if (Unloadable(assembly) is { } missing)
                {
                    // Not a GDPR finding: the tool could not see the declarations, so it cannot say anything about them.
                    error.WriteLine($"lawfulbasis ropa: {Path.GetFileName(assemblyPath)} cannot be loaded: {missing}. Name the assembly in its build output folder (next to its .deps.json and .runtimeconfig.json), or its .csproj.");
                    return ExitCodes.Usage;
                }

                var catalog = ProcessingCatalog.FromAssemblies(assembly);
                if (catalog.Purposes.Count == 0)
                {
                    // An empty record is not a record: most likely the wrong assembly (a library, the tool, a test project).
                    error.WriteLine($"lawfulbasis ropa: {Path.GetFileName(assemblyPath)} declares no purpose ([Purpose] types): name the application's assembly that holds its declarations.");
                    return ExitCodes.Usage;
                }

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
            }
            catch (InvalidDeclarationsException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Problem;
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                error.WriteLine($"lawfulbasis ropa: {assemblyPath} cannot be loaded ({e.Message}). Name a .NET assembly built next to its dependencies, or its .csproj.");
                return ExitCodes.Usage;
            }
            finally
            {
                context.Unload();
            }
        });
        return command;
    }

    /// <summary>Why some types of the assembly cannot be loaded (the missing assemblies, named), or null when all can.</summary>
    private static string? Unloadable(System.Reflection.Assembly assembly)
    {
        try
        {
            _ = assembly.GetTypes();
            return null;
        }
        catch (System.Reflection.ReflectionTypeLoadException e)
        {
            var missing = e.LoaderExceptions.OfType<FileNotFoundException>().Select(f => f.FileName).OfType<string>().Distinct().ToArray();
            return missing.Length > 0
                ? $"{string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing"
                : e.LoaderExceptions.FirstOrDefault()?.Message ?? e.Message;
        }
    }

    /// <summary>Builds a project in Release and returns its output assembly, or null after printing why not.</summary>
    private static string? Build(FileInfo project, TextWriter error)
    {
        var (built, log) = DotnetProcess.Run(project.DirectoryName!, ["build", project.FullName, "-c", "Release", "-nologo", "-v:q"]);
        if (!built)
        {
            error.WriteLine($"lawfulbasis ropa: building {project.Name} failed:\n{log}");
            return null;
        }

        var (found, path) = DotnetProcess.Run(project.DirectoryName!, ["msbuild", project.FullName, "-getProperty:TargetPath", "-p:Configuration=Release", "-nologo"]);
        return found && File.Exists(path.Trim()) ? path.Trim() : null;
    }
}
