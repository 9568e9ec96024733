using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clinic;
using LawfulBasis.Audit;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Processing;
using Microsoft.EntityFrameworkCore;

namespace LawfulBasis.Web.Tests;

/// <summary>The Clinic sample end to end over HTTP and SQLite: gated endpoints, consent, access and erasure.</summary>
public sealed class ClinicEndpointTests
{
    [Fact]
    public async Task A_treatment_read_is_allowed_and_recorded_with_the_endpoint_as_code_site()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        var added = await client.PostAsJsonAsync($"/patients/{patient}/records", new { diagnosis = "Seasonal asthma", prescription = "Salbutamol" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var read = await client.GetAsync($"/patients/{patient}/records");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Seasonal asthma", await read.Content.ReadAsStringAsync());
        Assert.True((await clinic.VerifyTrailAsync()).IsIntact);
        var trail = await File.ReadAllTextAsync(clinic.TrailPath);
        Assert.Contains("HTTP: GET /patients/{id:guid}/records", trail);
        Assert.Contains("PatientEndpoints.cs", trail);
        Assert.DoesNotContain(patient.ToString(), trail, StringComparison.OrdinalIgnoreCase); // pseudonymised
    }

    [Fact]
    public async Task A_consent_purpose_without_consent_is_a_403_problem_naming_the_article_and_nothing_of_the_subject()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client, email: "bob@example.com");

        var response = await client.GetAsync($"/patients/{patient}/newsletter");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("urn:lawfulbasis:denied:no-consent", problem.GetProperty("type").GetString());
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal("Art. 6(1)(a)", problem.GetProperty("article").GetString());
        Assert.Equal("Newsletter", problem.GetProperty("purpose").GetString());
        Assert.DoesNotContain("bob@example.com", body);
        Assert.DoesNotContain(patient.ToString(), body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Consent_withdrawn_between_two_requests_turns_200_into_403_under_Art_7_3()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsync($"/patients/{patient}/consents/newsletter", null)).StatusCode);

        var before = await client.GetAsync($"/patients/{patient}/newsletter");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/patients/{patient}/consents/newsletter")).StatusCode);
        var after = await client.GetAsync($"/patients/{patient}/newsletter");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("alice@example.com", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var problem = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ConsentWithdrawn", problem.GetProperty("reason").GetString());
        Assert.Equal("Art. 7(3)", problem.GetProperty("article").GetString());
    }

    [Fact]
    public async Task An_access_request_is_answered_from_the_DbContext()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        await client.PostAsJsonAsync($"/patients/{patient}/records", new { diagnosis = "Type 2 diabetes" });
        var other = await ClinicFactory.RegisterAsync(client, "Carol Dupont", "carol@example.com");

        var report = await ClinicFactory.AnswerAsync(clinic.CreateDpoClient(), patient, "Access");

        var sources = report.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("dataType").GetString()!, s => s.GetProperty("records"));
        var row = Assert.Single(sources["Patient"].EnumerateArray());
        Assert.Equal("alice@example.com", row.GetProperty("Email").GetString());
        Assert.Equal("Type 2 diabetes", Assert.Single(sources["MedicalRecord"].EnumerateArray()).GetProperty("Diagnosis").GetString());
        Assert.DoesNotContain("carol@example.com", report.GetRawText());
        Assert.Contains(report.GetProperty("purposes").EnumerateArray(), p => p.GetProperty("name").GetString() == "Treatment");
        Assert.NotEqual(Guid.Empty, other);
    }

    [Fact]
    public async Task A_consent_names_the_version_of_the_privacy_notice_the_patient_can_read()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);

        var page = await client.GetAsync("/privacy-notice");
        var html = await page.Content.ReadAsStringAsync();
        await client.PutAsync($"/patients/{patient}/consents/newsletter", null);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Privacy notice for patients", html, StringComparison.Ordinal);
        var version = clinic.Services.GetRequiredService<LawfulBasis.Notice.PrivacyNotice>().Version;
        Assert.Contains(version, html, StringComparison.Ordinal);
        var receipt = Assert.Single(clinic.Services.GetRequiredService<LawfulBasis.Registers.IConsentLedger>().History(patient.ToString()));
        Assert.Equal(version, receipt.NoticeVersion);
    }

    [Fact]
    public async Task The_privacy_endpoints_show_the_erasure_plan_before_and_the_receipt_in_Markdown_after()
    {
        using var clinic = new ClinicFactory();
        var patient = await ClinicFactory.RegisterAsync(clinic.CreateClient());
        var dpo = clinic.CreateDpoClient();
        var received = await dpo.PostAsJsonAsync("/privacy/requests", new { subjectId = patient.ToString(), kind = "Erasure", identityVerified = true });
        var id = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var plan = await dpo.GetFromJsonAsync<JsonElement>($"/privacy/requests/{id}/plan");
        var steps = plan.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("source").GetString()!);
        Assert.Equal("Retain", steps["Medical records (clinic database)"].GetProperty("decision").GetString());
        Assert.Contains(steps["Medical records (clinic database)"].GetProperty("categories").EnumerateArray(), c => c.GetProperty("name").GetString() == "HealthData");
        var planMarkdown = await dpo.GetStringAsync($"/privacy/requests/{id}/plan?format=markdown");
        Assert.Contains("# Erasure plan", planMarkdown, StringComparison.Ordinal);
        Assert.Equal(LawfulBasis.Rights.RequestStatus.Open, clinic.Services.GetRequiredService<LawfulBasis.Rights.IRequestLedger>().Get(id).Status); // the plan changed nothing

        var access = await dpo.PostAsJsonAsync("/privacy/requests", new { subjectId = patient.ToString(), kind = "Access", identityVerified = true });
        var accessId = (await access.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await dpo.GetAsync($"/privacy/requests/{accessId}/plan")).StatusCode);

        var answer = await dpo.PostAsync($"/privacy/requests/{id}/answer?format=markdown", null);
        var receipt = await answer.Content.ReadAsStringAsync();
        Assert.Equal("text/markdown", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# Erasure receipt", receipt, StringComparison.Ordinal);
        Assert.Contains("| Patients (clinic database) | Patient |", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice Martin", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_keeps_the_medical_record_anonymises_the_patient_and_the_trail_still_verifies()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        await client.PostAsJsonAsync($"/patients/{patient}/records", new { diagnosis = "Fractured wrist" });
        await client.PutAsync($"/patients/{patient}/consents/newsletter", null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/patients/{patient}/records")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/patients/{patient}/newsletter")).StatusCode);
        var pseudonym = clinic.Services.GetRequiredService<IAuditTrail>().PseudonymOf(patient.ToString());

        var receipt = await ClinicFactory.AnswerAsync(clinic.CreateDpoClient(), patient, "Erasure");

        Assert.True(receipt.GetProperty("isComplete").GetBoolean());
        Assert.Equal(pseudonym, receipt.GetProperty("shreddedPseudonym").GetString());
        var steps = receipt.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("source").GetString()!, s => s.GetProperty("decision").GetString());
        Assert.Equal("Retain", steps["Medical records (clinic database)"]);
        Assert.Equal("Erase", steps["Patients (clinic database)"]);

        // The receipt counts what went: the patient's row was cleared (a kept medical record depends on it), the record kept.
        var records = receipt.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("source").GetString()!, s => s.GetProperty("records"));
        var patientRow = Assert.Single(records["Patients (clinic database)"].EnumerateArray());
        Assert.Equal(("Patient", 0, 1), (patientRow.GetProperty("dataType").GetString(), patientRow.GetProperty("erased").GetInt32(), patientRow.GetProperty("anonymised").GetInt32()));
        var kept = Assert.Single(records["Medical records (clinic database)"].EnumerateArray());
        Assert.Equal(1, kept.GetProperty("kept").GetInt32());
        Assert.DoesNotContain("Fractured wrist", receipt.GetRawText(), StringComparison.Ordinal);

        using (var scope = clinic.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
            var row = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient);
            Assert.Equal(string.Empty, row.Name);
            Assert.Null(row.Email);
            Assert.Null(row.Phone);
            Assert.Equal("Fractured wrist", (await db.MedicalRecords.AsNoTracking().SingleAsync(r => r.PatientId == patient)).Diagnosis);
        }

        // The record kept under Art. 17(3)(c) may still serve the purpose that keeps it (issue 14: retained data is
        // processed as its exception requires); everything else about the patient is refused as erased.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/patients/{patient}/records")).StatusCode);
        var read = await client.GetAsync($"/patients/{patient}/newsletter");
        Assert.Equal((HttpStatusCode)451, read.StatusCode);
        Assert.Equal("Erased", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        var verification = await clinic.VerifyTrailAsync();
        Assert.True(verification.IsIntact, verification.Message);
        Assert.NotEqual(pseudonym, clinic.Services.GetRequiredService<IAuditTrail>().PseudonymOf(patient.ToString()));

        // Idempotent: a second erasure finds nothing more to do.
        var again = await ClinicFactory.AnswerAsync(clinic.CreateDpoClient(), patient, "Erasure");
        Assert.True(again.GetProperty("isComplete").GetBoolean());
    }

    [Fact]
    public async Task The_SaveChanges_gate_refuses_to_update_a_restricted_patient()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        await ClinicFactory.AnswerAsync(clinic.CreateDpoClient(), patient, "Restriction");

        using var scope = clinic.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
        var row = await db.Patients.SingleAsync(p => p.Id == patient);
        row.Phone = "+33 7 00 00 00 00";
        var denied = await Assert.ThrowsAsync<ProcessingDeniedException>(() => db.SaveChangesAsync());

        Assert.Equal(DenialReason.Restricted, denied.Decision.Reason);
        using var fresh = clinic.Services.CreateScope();
        Assert.Equal("+33 6 12 34 56 78", (await fresh.ServiceProvider.GetRequiredService<ClinicDb>().Patients.AsNoTracking().SingleAsync(p => p.Id == patient)).Phone);

        // Through the API, the endpoint gate answers first: collecting a new record is refused with a 403 (Art. 18(2)).
        var added = await client.PostAsJsonAsync($"/patients/{patient}/records", new { diagnosis = "Migraine" });
        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
        Assert.Equal("Art. 18(2)", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article").GetString());
    }

    [Fact]
    public async Task A_save_touching_data_of_several_purposes_must_name_its_purpose()
    {
        using var clinic = new ClinicFactory();
        using var scope = clinic.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
        db.Patients.Add(new Patient { Id = Guid.NewGuid(), Name = "Dan", Email = "dan@example.com" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("Appointments, Newsletter", error.Message);
        Assert.Contains("ProcessingPurpose.Use<Appointments>()", error.Message);
        using (ProcessingPurpose.Use<Appointments>())
        {
            Assert.Equal(1, await db.SaveChangesAsync());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Privacy_endpoints_refuse_callers_without_the_policy(string? key)
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Staff-Key", key);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/privacy/ropa")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/privacy/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/privacy/requests", new { subjectId = "x", kind = "Access", identityVerified = true })).StatusCode);

        var dpo = clinic.CreateDpoClient();
        var ropa = await dpo.GetAsync("/privacy/ropa?format=markdown");
        Assert.Equal(HttpStatusCode.OK, ropa.StatusCode);
        Assert.Contains("Art. 9(2)(h)", await ropa.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_checks_report_the_trail_and_key_store()
    {
        using var clinic = new ClinicFactory();
        var response = await clinic.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
