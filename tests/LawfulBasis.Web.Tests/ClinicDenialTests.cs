using System.Net;
using System.Text.Json;
using Clinic;
using LawfulBasis.Processing;
using LawfulBasis.Testing;
using Microsoft.AspNetCore.TestHost;

namespace LawfulBasis.Web.Tests;

/// <summary>
/// How the Clinic's gated endpoints answer each kind of denial, and what they ask the gate. A scripted gate is the right
/// tool here: reaching an expired retention period, an erasure or an upheld objection through the real registers would
/// test those rules again (they have their own tests) instead of the endpoint.
/// </summary>
public sealed class ClinicDenialTests
{
    /// <summary>The Clinic with its real storage and a <see cref="FakeProcessingGate"/> in place of the real gate.</summary>
    /// <remarks>The derived factory is disposed with <paramref name="clinic"/>, which also deletes its folder.</remarks>
    private static (HttpClient Client, FakeProcessingGate Gate) ClinicWithFakeGate(ClinicFactory clinic)
    {
        var app = clinic.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddLawfulBasisFakes()));
        return (app.CreateClient(), app.Services.GetRequiredService<FakeProcessingGate>());
    }

    [Theory]
    [InlineData(DenialReason.RetentionExpired, 451, "retention-expired", "Art. 5(1)(e)")]
    [InlineData(DenialReason.Erased, 451, "erased", "Art. 17(1)")]
    [InlineData(DenialReason.Restricted, 403, "restricted", "Art. 18(2)")]
    [InlineData(DenialReason.Objection, 403, "objection", "Art. 21(1)")]
    public async Task A_denied_treatment_read_is_the_problem_of_its_reason_and_the_records_stay_unread(DenialReason reason, int status, string type, string article)
    {
        using var clinic = new ClinicFactory();
        var (client, gate) = ClinicWithFakeGate(clinic);
        var patient = await ClinicFactory.RegisterAsync(client);
        gate.Deny<Treatment>(reason, subjectId: patient.ToString(), operation: ProcessingOperation.Read);
        gate.ClearCalls();

        var response = await client.GetAsync($"/patients/{patient}/records");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal($"urn:lawfulbasis:denied:{type}", problem.GetProperty("type").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(article, problem.GetProperty("article").GetString());
        Assert.Equal("Treatment", problem.GetProperty("purpose").GetString());
        Assert.DoesNotContain(patient.ToString(), body, StringComparison.OrdinalIgnoreCase);

        // The endpoint asked once, about this patient, for a read under Treatment, naming itself as the code site.
        var call = Assert.Single(gate.Calls);
        Assert.Equal((typeof(Treatment), patient.ToString(), ProcessingOperation.Read), (call.PurposeType, call.SubjectId, call.Operation));
        Assert.StartsWith("HTTP: GET /patients/{id:guid}/records", call.Member, StringComparison.Ordinal);
        Assert.EndsWith("PatientEndpoints.cs", call.File, StringComparison.Ordinal);
        Assert.False(call.IsAllowed);
    }

    [Fact]
    public async Task The_same_read_for_another_patient_is_allowed_and_answered()
    {
        using var clinic = new ClinicFactory();
        var (client, gate) = ClinicWithFakeGate(clinic);
        var denied = await ClinicFactory.RegisterAsync(client);
        var allowed = await ClinicFactory.RegisterAsync(client, "Carol Dupont", "carol@example.com");
        gate.DenyAll(DenialReason.Erased, subjectId: denied.ToString());

        Assert.Equal(HttpStatusCode.UnavailableForLegalReasons, (await client.GetAsync($"/patients/{denied}/records")).StatusCode);
        var read = await client.GetAsync($"/patients/{allowed}/records");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("[]", await read.Content.ReadAsStringAsync());
        Assert.Equal([false, true], gate.CallsFor<Treatment>().Select(c => c.IsAllowed));
    }
}
