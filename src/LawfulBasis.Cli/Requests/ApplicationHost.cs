namespace LawfulBasis.Cli.Requests;

/// <summary>
/// An application's services, built by its <see cref="ILawfulBasisToolHost"/> inside the tool's process: its own
/// sources, registers and trail, with LawfulBasis itself shared so both sides speak the same types.
/// </summary>
internal sealed class ApplicationHost : IAsyncDisposable
{
    private readonly DeclarationsLoadContext _context;

    private ApplicationHost(DeclarationsLoadContext context, IServiceProvider services)
    {
        _context = context;
        Services = services;
    }

    public IServiceProvider Services { get; }

    /// <summary>Loads the assembly and builds its services; throws <see cref="ToolUsageException"/> with a one-line reason when it cannot.</summary>
    public static ApplicationHost Load(string assemblyPath, string[] args)
    {
        var path = Path.GetFullPath(assemblyPath);
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"{path} does not exist.");
        }

        var context = new DeclarationsLoadContext(path); // throws ToolUsageException when a framework it names is missing
        return Create(context, path, args);
    }

    /// <summary>Whether the assembly has an <see cref="ILawfulBasisToolHost"/> to build its services with.</summary>
    public static bool HasToolHost(System.Reflection.Assembly assembly) => ToolHosts(assembly).Length > 0;

    /// <summary>
    /// Builds the services of an assembly already loaded in <paramref name="context"/>, which the host then owns (it is
    /// unloaded on dispose, or here when building fails).
    /// </summary>
    public static ApplicationHost Create(DeclarationsLoadContext context, string path, string[] args, System.Reflection.Assembly? loaded = null)
    {
        try
        {
            var assembly = loaded ?? context.LoadFromAssemblyPath(path);
            var hosts = ToolHosts(assembly);
            var type = hosts.Length switch
            {
                0 => throw new ToolUsageException(
                    $"{Path.GetFileName(path)} has no public class implementing ILawfulBasisToolHost: add one (docs/cli.md, 'Answering requests'), or answer from the trail alone with --trail and --keys."),
                > 1 => throw new ToolUsageException(
                    $"{Path.GetFileName(path)} has {hosts.Length} ILawfulBasisToolHost classes ({string.Join(", ", hosts.Select(h => h.Name))}); keep one."),
                _ => hosts[0],
            };
            var host = (ILawfulBasisToolHost)(Activator.CreateInstance(type)
                ?? throw new ToolUsageException($"{type.FullName} could not be created."));
            return new ApplicationHost(context, host.CreateServices(args));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or MissingMethodException or System.Reflection.ReflectionTypeLoadException)
        {
            context.Unload();
            var missing = e switch
            {
                FileNotFoundException { FileName: { } file } => $"{file} is missing",
                System.Reflection.ReflectionTypeLoadException { LoaderExceptions: var inner } when inner.OfType<FileNotFoundException>().FirstOrDefault() is { FileName: { } file } => $"{file} is missing",
                _ => e.Message,
            };
            throw new ToolUsageException($"{path} cannot be loaded ({missing}). Name the application's assembly in its build output folder, next to its .deps.json and .runtimeconfig.json.");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            context.Unload();
            throw new ToolUsageException($"the application's ILawfulBasisToolHost failed: {e.Message}");
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    private static Type[] ToolHosts(System.Reflection.Assembly assembly) =>
        [.. assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILawfulBasisToolHost).IsAssignableFrom(t))];

    public async ValueTask DisposeAsync()
    {
        switch (Services)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _context.Unload();
    }
}
