using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
    /// <paramref name="use"/> while the assembly is loaded. When the application classifies personal data at run time too
    /// (it uses a package with an <see cref="IClassificationSource"/>, such as LawfulBasis.EntityFrameworkCore), the catalog
    /// is the one its services build, through its <see cref="ILawfulBasisToolHost"/> (run from the project's folder when a
    /// project is named, as <c>dotnet run</c> does; <paramref name="appArguments"/> are passed to it).
    /// </summary>
    /// <returns>What <paramref name="use"/> returns; otherwise the exit code of the failure, after printing why.</returns>
    public static int With(string command, FileInfo target, string[] appArguments, TextWriter error, Func<ProcessingCatalog, int> use)
    {
        if (!target.Exists)
        {
            error.WriteLine($"lawfulbasis {command}: {target.FullName} does not exist.");
            return ExitCodes.Usage;
        }

        var project = target.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase);
        var assemblyPath = project ? Build(command, target, error) : target.FullName;
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

        Requests.ApplicationHost? host = null;
        var unloaded = false; // a host that failed to build unloaded the context itself
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            if (Unloadable(assembly) is { } missing)
            {
                // Not a GDPR finding: the tool could not see the declarations, so it cannot say anything about them.
                error.WriteLine($"lawfulbasis {command}: {Path.GetFileName(assemblyPath)} cannot be loaded: {missing}. Name the assembly in its build output folder (next to its .deps.json and .runtimeconfig.json), or its .csproj.");
                return ExitCodes.Usage;
            }

            ProcessingCatalog catalog;
            var classifier = RunTimeClassifier(assembly, context);
            if (classifier is not null && Requests.ApplicationHost.HasToolHost(assembly))
            {
                try
                {
                    // A relative --contentRoot is the user's, from where they typed it, not from the project's folder.
                    var arguments = Requests.ContentRootArgument.Resolve(appArguments, Directory.GetCurrentDirectory());
                    host = WithCurrentDirectory(project ? target.DirectoryName! : null, () => Requests.ApplicationHost.Create(context, assemblyPath, arguments, assembly));
                }
                catch (Exception e)
                {
                    unloaded = true;
                    if (e is not ToolUsageException)
                    {
                        throw;
                    }

                    error.WriteLine($"lawfulbasis {command}: {Path.GetFileName(assemblyPath)} classifies personal data at run time too (it uses {classifier}), so its declarations are read from its services, and {e.Message} Pass its ILawfulBasisToolHost's arguments after --.");
                    return ExitCodes.Usage;
                }

                catalog = CatalogOf(host.Services);
            }
            else
            {
                if (classifier is not null)
                {
                    error.WriteLine($"lawfulbasis {command}: warning: {Path.GetFileName(assemblyPath)} uses {classifier}, which classifies personal data at run time (an EF Core model), but has no ILawfulBasisToolHost to build its services with, so this shows only its attributes. Add one (docs/cli.md, 'Answering requests') to include the rest.");
                }

                catalog = ProcessingCatalog.FromAssemblies(assembly);
            }

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
            if (host is not null)
            {
                host.DisposeAsync().AsTask().GetAwaiter().GetResult(); // unloads the context too
            }
            else if (!unloaded)
            {
                context.Unload();
            }
        }
    }

    /// <summary>
    /// The catalog as the application's services build it: its <c>AddLawfulBasis</c> options applied (assemblies and
    /// classification sources), without validating the rest of them (paths, stores), which a record does not need.
    /// </summary>
    private static ProcessingCatalog CatalogOf(IServiceProvider services)
    {
        var options = new LawfulBasisOptions();
        foreach (var setup in services.GetServices<IConfigureOptions<LawfulBasisOptions>>())
        {
            if (setup is IConfigureNamedOptions<LawfulBasisOptions> named)
            {
                named.Configure(Options.DefaultName, options);
            }
            else
            {
                setup.Configure(options);
            }
        }

        foreach (var setup in services.GetServices<IPostConfigureOptions<LawfulBasisOptions>>())
        {
            setup.PostConfigure(Options.DefaultName, options);
        }

        if (options.Assemblies.Count == 0)
        {
            throw new ToolUsageException("the application's services configure LawfulBasis with no assembly (options.AddAssemblyOf<SomePurpose>()).");
        }

        var (catalog, problems) = options.ReadCatalog();
        return problems.Count == 0 ? catalog : throw new InvalidDeclarationsException(problems);
    }

    /// <summary>
    /// The name of the package that classifies personal data at run time, when the application or an assembly it
    /// references holds an <see cref="IClassificationSource"/>; null when its attributes say everything.
    /// </summary>
    private static string? RunTimeClassifier(System.Reflection.Assembly assembly, DeclarationsLoadContext context)
    {
        var candidates = new List<System.Reflection.Assembly> { assembly };
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            var name = reference.Name ?? string.Empty;
            if (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "LawfulBasis")
            {
                continue; // the framework, and the core, which only declares the interface
            }

            try
            {
                candidates.Add(context.LoadFromAssemblyName(reference));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // Not loadable, so it cannot contribute either; the application's own types were checked already.
            }
        }

        return candidates.FirstOrDefault(a => Types(a).Any(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Contains(typeof(IClassificationSource))))
            ?.GetName().Name;
    }

    private static IEnumerable<Type> Types(System.Reflection.Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (System.Reflection.ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    /// <summary>Runs <paramref name="work"/> from <paramref name="folder"/> (when not null), as <c>dotnet run</c> runs a project from its folder.</summary>
    private static T WithCurrentDirectory<T>(string? folder, Func<T> work)
    {
        if (folder is null)
        {
            return work();
        }

        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            return work();
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
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
