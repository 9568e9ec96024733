using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// The tool beside a running application (issue 11): the Clinic, started from its build output on a loopback port,
/// holds its trail's lock, so <c>--app</c> cannot open its stores; the tool then files and answers the request through
/// the Clinic's privacy endpoints, authenticated with a bearer token, and the request lands in the Clinic's own ledger.
/// </summary>
public sealed class PrivacyEndpointFallbackTests(RunningClinic clinic) : IClassFixture<RunningClinic>
{
    private const string DpoKey = RunningClinic.DpoKey;
    private readonly string _root = clinic.Root;
    private readonly HttpClient _http = clinic.Http;
    private readonly string _endpoint = clinic.Endpoint;

    [Fact]
    public async Task With_the_trail_held_by_the_running_application_the_tool_answers_through_its_privacy_endpoints()
    {
        var patient = await RegisterAsync("Zoe Keller", "zoe@example.com");

        // Without an endpoint: exit 2, saying the application is running and how to reach it.
        var refused = Run("access", patient, "--app", ClinicAssembly, "--identity-verified", "--format", "json", "--", "--contentRoot", _root);
        Assert.Equal(ExitCodes.Usage, refused.Exit);
        Assert.Contains("is in use by another process", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--endpoint https://<host>/privacy (or LAWFULBASIS_ENDPOINT)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--token", refused.Error, StringComparison.Ordinal);

        // With one: the running Clinic files the request in its ledger and answers it from its DbContext.
        var (exit, output, error) = Run("access", patient, "--app", ClinicAssembly, "--identity-verified", "--format", "json",
            "--endpoint", _endpoint, "--token", DpoKey, "--", "--contentRoot", _root);
        Assert.True(exit == ExitCodes.Success, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Contains("zoe@example.com", output, StringComparison.Ordinal);
        var requestId = report.GetProperty("requestId").GetString()!;
        var ledger = await File.ReadAllTextAsync(Path.Combine(_root, "data", "registers", "requests.jsonl"));
        Assert.Contains(requestId, ledger, StringComparison.OrdinalIgnoreCase);

        // Markdown is rendered by the application too.
        var markdown = Run("access", patient, "--endpoint", _endpoint, "--token", DpoKey, "--identity-verified");
        Assert.True(markdown.Exit == ExitCodes.Success, markdown.Error);
        Assert.StartsWith("#", markdown.Output, StringComparison.Ordinal);

        // Erasure through the endpoints alone, and the request list: both answered requests are closed.
        var erased = Run("erase", patient, "--endpoint", _endpoint, "--token", DpoKey, "--identity-verified");
        Assert.True(erased.Exit == ExitCodes.Success, erased.Output + erased.Error);
        Assert.Contains("complete", erased.Output, StringComparison.Ordinal);
        var listed = Run("requests", "--endpoint", _endpoint, "--token", DpoKey);
        Assert.True(listed.Exit == ExitCodes.Success, listed.Error);
        Assert.StartsWith("0 open requests, 0 overdue.", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_token_the_endpoints_refuse_and_the_tool_says_how_to_pass_one()
    {
        var (exit, _, error) = Run("requests", "--endpoint", _endpoint);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("401", error, StringComparison.Ordinal);
        Assert.Contains("--token or LAWFULBASIS_TOKEN", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_is_never_sent_in_clear_beyond_this_machine()
    {
        var (exit, _, error) = Run("requests", "--endpoint", "http://clinic.example/privacy", "--token", DpoKey);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("use https", error, StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync(string name, string email)
    {
        var response = await _http.PostAsJsonAsync("/patients", new { name, email });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();
    }
}

/// <summary>The Clinic running from its build output on a free loopback port, with its own folder; shared by a test class.</summary>
public sealed class RunningClinic : IAsyncLifetime
{
    public const string DpoKey = "tool-test-dpo-key";
    private Process? _clinic;

    public string Root { get; } = NewClinicFolder();

    public HttpClient Http { get; } = new();

    public string Endpoint { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ClinicAssembly, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Root, "--Clinic:DpoKey", DpoKey })
        {
            start.ArgumentList.Add(argument);
        }

        _clinic = Process.Start(start)!;
        _clinic.OutputDataReceived += (_, _) => { };
        _clinic.ErrorDataReceived += (_, _) => { };
        _clinic.BeginOutputReadLine();
        _clinic.BeginErrorReadLine();
        Http.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Endpoint = $"http://127.0.0.1:{port}/privacy";
        var until = DateTime.UtcNow.AddSeconds(120); // a loaded machine starts a web application slowly
        while (true)
        {
            try
            {
                if ((await Http.GetAsync("/health")).StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until && !_clinic.HasExited)
            {
            }

            Assert.False(_clinic.HasExited, "the Clinic exited while starting");
            Assert.True(DateTime.UtcNow < until, "the Clinic did not start within two minutes");
            await Task.Delay(250);
        }
    }

    public Task DisposeAsync()
    {
        if (_clinic is { HasExited: false })
        {
            _clinic.Kill(entireProcessTree: true);
            _clinic.WaitForExit(10_000);
        }

        _clinic?.Dispose();
        Http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
