using LawfulBasis;

namespace Clinic;

/// <summary>
/// Lets <c>lawfulbasis access|erase &lt;patient&gt; --app Clinic.dll -- --contentRoot samples/Clinic</c> answer requests
/// from the clinic's own database, registers and trail (those under the content root's data/ folder, as
/// <c>dotnet run --project samples/Clinic</c> keeps them), without starting the web server.
/// </summary>
public sealed class ClinicToolHost : ILawfulBasisToolHost
{
    public IServiceProvider CreateServices(string[] args)
    {
        // The host would resolve a relative content root against the tool's folder; the user means their own.
        var index = Array.FindIndex(args, a => a is "--contentRoot" or "--contentroot");
        var root = index >= 0 && index + 1 < args.Length ? args[index + 1] : Directory.GetCurrentDirectory();
        if (!File.Exists(Path.Combine(root, "appsettings.json")))
        {
            throw new ArgumentException($"{Path.GetFullPath(root)} is not the clinic's folder (no appsettings.json): add '-- --contentRoot samples/Clinic'.");
        }

        var rest = index >= 0 ? args.Where((_, i) => i != index && i != index + 1).ToArray() : args;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = rest, ContentRootPath = Path.GetFullPath(root) });
        ClinicServices.Add(builder);
        var services = builder.Build().Services;
        ClinicServices.EnsureDatabase(services); // a clinic folder that never ran the service still has a (empty) database
        return services;
    }
}
