using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LawfulBasis.Browser.Tests;

/// <summary>The Clinic sample served by Kestrel on a free loopback port, with its data in a throwaway folder.</summary>
public sealed class ClinicServer : WebApplicationFactory<Program>
{
    public ClinicServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = addresses.Single().TrimEnd('/');
    }

    /// <summary>For example <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    public string Data { get; } = Path.Combine(Path.GetTempPath(), "lawfulbasis-browser-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development"); // the development sign-in
        builder.UseSetting("Clinic:SqliteFile", Path.Combine(Data, "clinic.db"));
        builder.UseSetting("LawfulBasis:TrailPath", Path.Combine(Data, "audit", "trail.jsonl"));
        builder.UseSetting("LawfulBasis:KeyStorePath", Path.Combine(Data, "keys"));
        builder.UseSetting("LawfulBasis:RegisterPath", Path.Combine(Data, "registers"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Data, recursive: true);
            }
            catch (IOException)
            {
                // a file still held open; the temp folder is cleaned eventually
            }
        }
    }
}
