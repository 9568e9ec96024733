namespace LawfulBasis.Cli;

/// <summary>
/// An application's declarations as the commands that read them (<c>ropa</c>, <c>notice</c>) need them: the project
/// built first when a <c>.csproj</c> is named, the assembly loaded with the frameworks and dependencies it names, and
/// every way that can fail reported as "could not check" (exit 2) with a one-line reason — never as a GDPR finding.
/// </summary>
internal static class ApplicationDeclarations
{
    /// <summary>
    /// Loads the catalog of <paramref name="target"/> (an assembly, or a project to build) and passes it to
    /// <paramref name="use"/> while the assembly is loaded.
    /// </summary>
    /// <returns>What <paramref name="use"/> returns; otherwise the exit code of the failure, after printing why.</returns>
    public static int With(string command, FileInfo target, TextWriter error, Func<ProcessingCatalog, int> use)
    {
        if (!target.Exists)
        {
            error.WriteLine($"lawfulbasis {command}: {target.FullName} does not exist.");
            return ExitCodes.Usage;
        }

        var assemblyPath = target.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase) ? Build(command, target, error) : target.FullName;
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
            error.WriteLine($"lawfulbasis {command}: {e.Message}");
            return ExitCodes.Usage;
        }

        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            if (Unloadable(assembly) is { } missing)
            {
                // Not a GDPR finding: the tool could not see the declarations, so it cannot say anything about them.
                error.WriteLine($"lawfulbasis {command}: {Path.GetFileName(assemblyPath)} cannot be loaded: {missing}. Name the assembly in its build output folder (next to its .deps.json and .runtimeconfig.json), or its .csproj.");
                return ExitCodes.Usage;
            }

            var catalog = ProcessingCatalog.FromAssemblies(assembly);
            if (catalog.Purposes.Count == 0)
            {
                // An empty record is not a record: most likely the wrong assembly (a library, the tool, a test project).
                error.WriteLine($"lawfulbasis {command}: {Path.GetFileName(assemblyPath)} declares no purpose ([Purpose] types): name the application's assembly that holds its declarations.");
                return ExitCodes.Usage;
            }

            return use(catalog);
        }
        catch (InvalidDeclarationsException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Problem;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            error.WriteLine($"lawfulbasis {command}: {assemblyPath} cannot be loaded ({e.Message}). Name a .NET assembly built next to its dependencies, or its .csproj.");
            return ExitCodes.Usage;
        }
        finally
        {
            context.Unload();
        }
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
    private static string? Build(string command, FileInfo project, TextWriter error)
    {
        var (built, log) = DotnetProcess.Run(project.DirectoryName!, ["build", project.FullName, "-c", "Release", "-nologo", "-v:q"]);
        if (!built)
        {
            error.WriteLine($"lawfulbasis {command}: building {project.Name} failed:\n{log}");
            return null;
        }

        var (found, path) = DotnetProcess.Run(project.DirectoryName!, ["msbuild", project.FullName, "-getProperty:TargetPath", "-p:Configuration=Release", "-nologo"]);
        return found && File.Exists(path.Trim()) ? path.Trim() : null;
    }
}
