using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LawfulBasis.Rights;

namespace LawfulBasis.Cli.Requests;

/// <summary>
/// Talks to a running application's privacy endpoints (<c>MapPrivacyEndpoints</c>, LawfulBasis.AspNetCore): the tool's
/// way to file and answer requests while the application holds the trail, key store and registers (one writer each).
/// Every failure is a <see cref="ToolUsageException"/> naming what to fix; nothing of the answer is invented here.
/// </summary>
internal sealed class PrivacyEndpointClient : IDisposable
{
    /// <summary>The environment variable that names the endpoint when <c>--endpoint</c> is not given.</summary>
    public const string EndpointVariable = "LAWFULBASIS_ENDPOINT";

    /// <summary>The environment variable that holds the bearer token when <c>--token</c> is not given.</summary>
    public const string TokenVariable = "LAWFULBASIS_TOKEN";

    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public PrivacyEndpointClient(Uri endpoint, string? token)
    {
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("https" or "http"))
        {
            throw new ToolUsageException($"--endpoint {endpoint} is not an http(s) address: give the privacy endpoints' prefix, for example https://clinic.example/privacy.");
        }

        if (token is not null && endpoint.Scheme == "http" && !endpoint.IsLoopback)
        {
            // A bearer token is as good as the DPO's sign-in: never send it in clear beyond this machine.
            throw new ToolUsageException($"--endpoint {endpoint} is plain http, and the token would cross the network in clear: use https (http is accepted for localhost only).");
        }

        _endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/");
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("lawfulbasis", typeof(PrivacyEndpointClient).Assembly.GetName().Version?.ToString() ?? "0"));
        if (!string.IsNullOrEmpty(token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>
    /// The endpoint's address from <c>--endpoint</c> or, when it is not given, from <see cref="EndpointVariable"/>; null
    /// when neither names one.
    /// </summary>
    public static Uri? AddressOf(string? option)
    {
        var (text, origin) = option is not null
            ? (option, "--endpoint")
            : (Environment.GetEnvironmentVariable(EndpointVariable), EndpointVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return option is null ? null : throw new ToolUsageException("--endpoint is empty: give the privacy endpoints' prefix, for example https://clinic.example/privacy.");
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new ToolUsageException($"{origin} '{text}' is not an absolute address: give the privacy endpoints' prefix, for example https://clinic.example/privacy.");
    }

    /// <summary>Where the calls go, for messages.</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>Files a request into the application's ledger, the identity verified by the operator; returns its id.</summary>
    public async Task<Guid> ReceiveAsync(string subject, SubjectRequestKind kind, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Post, "requests", JsonContent.Create(new { subjectId = subject, kind = kind.ToString(), identityVerified = true }), cancellationToken);
        using var created = Parse(body, "requests");
        return created.RootElement.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid)
            ? guid
            : throw new ToolUsageException($"{_endpoint}requests answered without a request id: is this LawfulBasis's MapPrivacyEndpoints prefix?");
    }

    /// <summary>Answers a filed request; returns the answer as the application wrote it (JSON, or Markdown when asked).</summary>
    public Task<string> AnswerAsync(Guid request, string? format, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"requests/{request}/answer{(format is null ? string.Empty : $"?format={format}")}", null, cancellationToken);

    /// <summary>The open requests with their due dates.</summary>
    public async Task<JsonDocument> OpenRequestsAsync(CancellationToken cancellationToken) =>
        Parse(await SendAsync(HttpMethod.Get, "requests", null, cancellationToken), "requests");

    public void Dispose() => _http.Dispose();

    private async Task<string> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        var address = new Uri(_endpoint, path);
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(method, address) { Content = content };
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ToolUsageException($"cannot reach the application's privacy endpoints at {_endpoint} ({CliApp.OneLine(e)}): check the address and that the application is running.");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => text,
                HttpStatusCode.Unauthorized => throw new ToolUsageException(
                    $"{address} refused the call (401, not signed in): pass a bearer token the application accepts with --token or {TokenVariable}."),
                HttpStatusCode.Forbidden => throw new ToolUsageException(
                    $"{address} refused the call (403): the token is not allowed by the privacy endpoints' authorization policy; use the DPO's."),
                HttpStatusCode.NotFound when !text.Contains("\"title\"", StringComparison.Ordinal) => throw new ToolUsageException(
                    $"{address} does not exist (404): give the prefix the application maps its privacy endpoints under (MapPrivacyEndpoints, /privacy by default), for example https://host/privacy."),
                _ => throw new ToolUsageException($"{address} answered {(int)response.StatusCode}: {Problem(text)}"),
            };
        }
    }

    /// <summary>The detail of an RFC 9457 problem, or the start of the body.</summary>
    private static string Problem(string text)
    {
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return string.Join(": ", new[] { title, detail }.Where(s => !string.IsNullOrEmpty(s)));
        }
        catch (JsonException)
        {
            return text.Length > 200 ? text[..200] + "…" : text;
        }
    }

    private JsonDocument Parse(string body, string path)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new ToolUsageException($"{_endpoint}{path} did not answer JSON: is this LawfulBasis's MapPrivacyEndpoints prefix?");
        }
    }
}
