using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Cli.Requests;

/// <summary>
/// An application's services, built by its <see cref="ILawfulBasisToolHost"/> inside the tool's process: its own
/// sources, registers and trail, with LawfulBasis itself shared so both sides speak the same types.
/// </summary>
internal sealed class ApplicationHost : IAsyncDisposable
{
    private readonly DeclarationsLoadContext _context;

    private ApplicationHost(DeclarationsLoadContext context, IServiceProvider services, string? contentRoot)
    {
        _context = context;
        Services = services;
        ContentRoot = contentRoot;
    }

    public IServiceProvider Services { get; }

    /// <summary>The content root of the application's host (where a web or generic host reads appsettings.json), or null when it has none.</summary>
    public string? ContentRoot { get; }

    /// <summary>
    /// Loads the assembly and builds its services, whose LawfulBasis settings must be valid (access and erasure open the
    /// trail, key store and registers they name); throws <see cref="ToolUsageException"/> with a one-line reason when it cannot.
    /// </summary>
    public static ApplicationHost Load(string assemblyPath, string[] args)
    {
        var path = Path.GetFullPath(assemblyPath);
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"{path} does not exist.");
        }

        var context = new DeclarationsLoadContext(path); // throws ToolUsageException when a framework it names is missing
        var host = Create(context, path, args);
        try
        {
            // Now rather than at the first service that needs them, and with where the host read them from: settings
            // missing because appsettings.json was not where the host looked is the usual mistake.
            _ = host.Services.GetService<IOptions<LawfulBasisOptions>>()?.Value;
            return host;
        }
        catch (OptionsValidationException e)
        {
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new ToolUsageException(ToolHostFailure.Settings(e, host.ContentRoot));
        }
    }

    /// <summary>Whether the assembly has an <see cref="ILawfulBasisToolHost"/> to build its services with.</summary>
    public static bool HasToolHost(System.Reflection.Assembly assembly) => ToolHosts(assembly).Length > 0;

    /// <summary>
    /// Builds the services of an assembly already loaded in <paramref name="context"/>, which the host then owns (it is
    /// unloaded on dispose, or here when building fails). A relative <c>--contentRoot</c> among <paramref name="args"/>
    /// is made absolute against the current folder first (the .NET host would take it from the tool's folder).
    /// </summary>
    public static ApplicationHost Create(DeclarationsLoadContext context, string path, string[] args, System.Reflection.Assembly? loaded = null)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        args = ContentRootArgument.Resolve(args, currentDirectory);
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

            IServiceProvider services;
            try
            {
                var host = (ILawfulBasisToolHost)(Activator.CreateInstance(type)
                    ?? throw new ToolUsageException($"{type.FullName} could not be created."));
                services = host.CreateServices(args);
            }
            catch (Exception e) when (e is not (ToolUsageException or OperationCanceledException or Registers.StoreInUseException) && !IsMissingAssembly(e))
            {
                // The application's own code failed (a missing folder or setting, its database): say what and how to fix it.
                // Stores held by the running application are not a failure of the host: the caller goes to its endpoints.
                throw new ToolUsageException(ToolHostFailure.Describe(type, Unwrap(e), args, currentDirectory));
            }

            var environment = services.GetService<IHostEnvironment>();
            return new ApplicationHost(context, services, environment?.ContentRootPath is { Length: > 0 } root ? root : null);
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
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>An assembly of the application that cannot be found or loaded, rather than a failure of its code.</summary>
    private static bool IsMissingAssembly(Exception e) => Unwrap(e) switch
    {
        BadImageFormatException or FileLoadException or MissingMethodException or System.Reflection.ReflectionTypeLoadException => true,
        FileNotFoundException { FileName: { } name } => name.Contains("Version=", StringComparison.Ordinal), // an assembly's display name, not a file of the application
        _ => false,
    };

    /// <summary>The exception a constructor or a reflective call threw, without its wrapper.</summary>
    private static Exception Unwrap(Exception e) =>
        e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;

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
