using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clinic;
using LawfulBasis.AspNetCore;
using LawfulBasis.Registers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Web.Tests;

/// <summary>
/// Purposes declared with [ProcessingFor&lt;P&gt;] on MVC controllers and minimal-API handlers, the caller's own data by
/// claim, and the start-up errors that keep an endpoint from being mapped ungated.
/// </summary>
public sealed class DeclaredPurposeTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-web-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task An_MVC_action_with_ProcessingFor_and_ProcessingSubject_is_gated()
    {
        await using var app = await StartAsync(a => a.MapControllers().RequireDeclaredPurposes());
        var client = app.GetTestClient();
        var consents = app.Services.GetRequiredService<IConsentLedger>();

        var denied = await client.GetAsync("/mvc/newsletter/p-1");
        consents.Give<Newsletter>("p-1", mechanism: "test");
        var allowed = await client.GetAsync("/mvc/newsletter/p-1");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Art. 6(1)(a)", (await denied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article").GetString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("mailing p-1", await allowed.Content.ReadAsStringAsync());
        var requirement = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.DisplayName!.Contains(nameof(NewsletterController), StringComparison.Ordinal)).Metadata.GetMetadata<PurposeRequirement>();
        Assert.Equal(typeof(Newsletter), requirement!.Purpose);
        Assert.Equal("id", requirement.Subject.RouteParameter);
    }

    [Fact]
    public async Task A_minimal_API_handler_with_ProcessingFor_is_gated_by_RequireDeclaredPurposes()
    {
        await using var app = await StartAsync(a => a.MapGroup("/min").RequireDeclaredPurposes()
            .MapGet("/{id}", [ProcessingFor<Newsletter>, ProcessingSubject("id")] (string id) => $"mailing {id}"));

        var response = await app.GetTestClient().GetAsync("/min/p-2");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_subject_can_be_the_signed_in_caller_by_claim()
    {
        await using var app = await StartAsync(a => a.MapGet("/me/newsletter", (ClaimsPrincipal user) => $"mailing {user.FindFirst("sub")!.Value}")
            .RequirePurpose<Newsletter>(subjectClaim: "sub"));
        var client = app.GetTestClient();

        var anonymous = await client.GetAsync("/me/newsletter");
        app.Services.GetRequiredService<IConsentLedger>().Give<Newsletter>("caller-7", mechanism: "test");
        client.DefaultRequestHeaders.Add("X-Sub", "caller-7");
        var signedIn = await client.GetAsync("/me/newsletter");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("mailing caller-7", await signedIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_route_parameter_the_route_lacks_stops_the_application()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(a => a.MapGet("/patients/{id}", (string id) => id).RequirePurpose<Treatment>(subject: "patientId")));

        Assert.Contains("route parameter `patientId`, which its route `/patients/{id}` does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_purpose_the_catalog_does_not_declare_stops_the_application()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(a => a.MapGet("/x/{id}", (string id) => id).RequirePurpose<DeclaredPurposeTests>(subject: "id")));

        Assert.Contains("not a declared purpose", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_purpose_without_a_subject_binding_stops_the_application()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(a => a.MapGroup("/min").RequireDeclaredPurposes().MapGet("/{id}", [ProcessingFor<Newsletter>] (string id) => id)));

        Assert.Contains("does not say whose data it processes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-such-policy")]
    public async Task Privacy_endpoints_refuse_to_map_without_a_registered_policy(string policy)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(a => a.MapPrivacyEndpoints(policy)));

        Assert.Contains("authorization policy", error.Message, StringComparison.Ordinal);
    }

    private async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration["LawfulBasis:TrailPath"] = Path.Combine(_data, "audit", "trail.jsonl");
        builder.Configuration["LawfulBasis:KeyStorePath"] = Path.Combine(_data, "keys");
        builder.Configuration["LawfulBasis:RegisterPath"] = Path.Combine(_data, "registers");
        builder.AddLawfulBasis(o =>
        {
            o.AddAssemblyOf<Treatment>();
            o.ExemptFromSubjectRequests<Patient>("tests of endpoints only");
            o.ExemptFromSubjectRequests<MedicalRecord>("tests of endpoints only");
        });
        builder.Services.AddControllers().AddApplicationPart(typeof(DeclaredPurposeTests).Assembly);
        builder.Services.AddAuthentication("Header").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Header", null);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        map(app);
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}

/// <summary>An MVC controller declaring its purpose and where its subject comes from.</summary>
[ApiController]
[Route("mvc/newsletter")]
[ProcessingFor<Newsletter>]
public sealed class NewsletterController : ControllerBase
{
    [HttpGet("{id}")]
    [ProcessingSubject("id")]
    public IActionResult Get(string id) => Ok($"mailing {id}");
}

/// <summary>Signs in whoever sends <c>X-Sub</c>, with that value as their <c>sub</c> claim.</summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(Request.Headers.TryGetValue("X-Sub", out var sub)
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", sub.ToString())], "Header")), "Header"))
            : AuthenticateResult.NoResult());
}
