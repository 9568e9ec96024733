using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LawfulBasis.Web.Tests;

/// <summary>The Clinic sample run as a user runs it, when it cannot start: one line on standard error and exit 2.</summary>
public sealed class ClinicStartupFailureTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-clinic-start-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task When_its_port_is_taken_the_clinic_prints_one_line_and_exits_2_without_the_hosts_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Clinic.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Clinic__SqliteFile"] = Path.Combine(_data, "clinic.db");
        start.Environment["LawfulBasis__TrailPath"] = Path.Combine(_data, "audit", "trail.jsonl");
        start.Environment["LawfulBasis__KeyStorePath"] = Path.Combine(_data, "keys");
        start.Environment["LawfulBasis__RegisterPath"] = Path.Combine(_data, "registers");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2, process.ExitCode);
        Assert.Equal($"Clinic could not start: Failed to bind to address http://127.0.0.1:{port}: address already in use.\n", (await error).ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Hosting failed to start", await output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
    }
}
