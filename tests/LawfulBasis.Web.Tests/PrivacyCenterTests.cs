using System.Net;
using System.Text.RegularExpressions;
using Clinic;
using LawfulBasis.AspNetCore;
using LawfulBasis.Rights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Web.Tests;

/// <summary>The Clinic's privacy center over HTTP: the subject's page, the DPO's page, and what they refuse.</summary>
public sealed partial class PrivacyCenterTests
{
    [Fact]
    public async Task Pages_without_sign_in_or_without_the_DPO_policy_are_refused()
    {
        using var clinic = new ClinicFactory();
        var anonymous = PrivacyCenterClient.Anonymous(clinic);
        var me = await anonymous.Http.GetAsync("/privacy/me");
        var dpo = await anonymous.Http.GetAsync("/privacy/dpo");
        Assert.Equal(HttpStatusCode.Redirect, me.StatusCode);
        Assert.StartsWith("http://localhost/dev/sign-in", me.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dpo.StatusCode);

        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var denied = await patient.Http.GetAsync("/privacy/dpo");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/dev/access-denied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The DPO is not a data subject here: no patient claim, no subject page.
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        Assert.Contains("/dev/access-denied", (await officer.Http.GetAsync("/privacy/me")).Headers.Location!.ToString(), StringComparison.Ordinal);

        // The JSON API keeps answering 401 rather than redirecting.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/privacy/requests")).StatusCode);
    }

    [Fact]
    public async Task The_subject_page_shows_the_notice_with_its_version_and_no_script()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");

        var page = await patient.PageAsync("/privacy/me");

        var version = clinic.Services.GetRequiredService<LawfulBasis.Notice.PrivacyNotice>().Version;
        Assert.Contains("Privacy notice for patients", page);
        Assert.Contains(version, page);
        Assert.Contains("Send the clinic&#39;s prevention newsletter", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(page, "<input type=\"radio\"")); // access, portability, rectification, restriction, erasure
        var response = await patient.Http.GetAsync("/privacy/me");
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_given_and_withdrawn_with_one_button_each_stops_the_next_gated_request_and_is_in_the_trail()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var newsletter = typeof(Newsletter).FullName!;

        var given = await patient.SubmitAsync("/privacy/me", "/privacy/me/consents", new() { ["purpose"] = newsletter, ["decision"] = "give" });
        Assert.Contains("Your consent is recorded", given);
        Assert.Equal(HttpStatusCode.OK, (await patient.Http.GetAsync("/me/newsletter")).StatusCode);

        var withdrawn = await patient.SubmitAsync("/privacy/me", "/privacy/me/consents", new() { ["purpose"] = newsletter, ["decision"] = "withdraw" });
        Assert.Contains("Your consent is withdrawn", withdrawn);
        Assert.Contains("Status: Withdrawn on", withdrawn);
        var after = await patient.Http.GetAsync("/me/newsletter");
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("ConsentWithdrawn", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.True((await clinic.VerifyTrailAsync()).IsIntact);
        var trail = await File.ReadAllTextAsync(clinic.TrailPath);
        Assert.Contains("Privacy center: give consent (Newsletter)", trail);
        Assert.Contains("Privacy center: withdraw consent (Newsletter)", trail);
        Assert.Contains("Consent withdrawn via privacy center: one-click button", trail);
        Assert.Contains("Clinic.PrivacyRequests", trail);
        Assert.DoesNotContain("alice.demo@example.com", trail);
    }

    [Fact]
    public async Task An_objection_to_direct_marketing_stops_it_even_with_consent()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var newsletter = typeof(Newsletter).FullName!;
        await patient.SubmitAsync("/privacy/me", "/privacy/me/consents", new() { ["purpose"] = newsletter, ["decision"] = "give" });

        var page = await patient.SubmitAsync("/privacy/me", "/privacy/me/objections", new() { ["purpose"] = newsletter, ["decision"] = "object" });

        Assert.Contains("you objected on", page);
        var after = await patient.Http.GetAsync("/me/newsletter");
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Contains("Art. 21(3)", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_anti_forgery_token_is_refused_and_changes_nothing()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");

        var response = await patient.Http.PostAsync("/privacy/me/requests", new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "Erasure" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was changed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(clinic.Services.GetRequiredService<IRequestLedger>().Open());
    }

    [Fact]
    public async Task Access_is_asked_by_the_subject_verified_by_the_DPO_then_downloaded_and_no_url_names_the_subject()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");

        var mine = await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        Assert.Contains("Your request is received", mine);
        Assert.Contains("Being checked", mine);
        Assert.DoesNotContain("Download your access report", mine);

        var open = clinic.Services.GetRequiredService<IRequestLedger>().Open().Single();
        var list = await officer.PageAsync("/privacy/dpo");
        Assert.Contains(open.SubjectId, list);
        Assert.Contains(open.DueAt.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), list);
        var handle = $"/privacy/dpo/requests/{open.Id}";
        Assert.Contains(handle, list);
        Assert.DoesNotContain($"href=\"/privacy/dpo/requests/{open.SubjectId}", list, StringComparison.Ordinal);

        var verified = await officer.SubmitAsync(handle, handle + "/identity", new() { ["verified"] = "true" });
        Assert.Contains("Identity recorded as confirmed", verified);

        mine = await patient.PageAsync("/privacy/me");
        Assert.Contains("Download your access report", mine);
        var download = await patient.PostFormAsync("/privacy/me", $"/privacy/me/requests/{open.Id}/download", []);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var report = await download.Content.ReadAsStringAsync();
        Assert.Contains("Alice Martin (demo)", report);
        Assert.Contains("Art. 77", report);
        Assert.Equal(RequestStatus.Completed, clinic.Services.GetRequiredService<IRequestLedger>().Get(open.Id).Status);

        var trail = await File.ReadAllTextAsync(clinic.TrailPath);
        Assert.Contains("Privacy center: receive a request (Access)", trail);
        Assert.Contains("dpo:dpo (privacy center)", trail);
        Assert.DoesNotContain(open.SubjectId, trail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Portability_is_a_JSON_download_of_what_the_subject_provided_under_contract_or_consent()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Portability" });
        var ledger = clinic.Services.GetRequiredService<IRequestLedger>();
        var request = ledger.Open().Single();
        ledger.VerifyIdentity(request.Id, verified: true);

        var download = await patient.PostFormAsync("/privacy/me", $"/privacy/me/requests/{request.Id}/download", []);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var export = System.Text.Json.JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(request.Id, export.GetProperty("requestId").GetGuid());
        Assert.Contains("alice.demo@example.com", export.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Portability export sent", ledger.Get(request.Id).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_subjects_request_cannot_be_downloaded()
    {
        using var clinic = new ClinicFactory();
        var alice = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var mallory = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        await alice.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        var ledger = clinic.Services.GetRequiredService<IRequestLedger>();
        var request = ledger.Open().Single();
        ledger.VerifyIdentity(request.Id, verified: true);

        var stolen = await mallory.PostFormAsync("/privacy/me", $"/privacy/me/requests/{request.Id}/download", []);

        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(RequestStatus.Open, ledger.Get(request.Id).Status);
    }

    [Fact]
    public async Task The_DPO_extends_a_deadline_with_reasons_the_subject_reads_and_a_third_month_is_refused()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Rectification" });
        var request = clinic.Services.GetRequiredService<IRequestLedger>().Open().Single();
        var handle = $"/privacy/dpo/requests/{request.Id}";

        var extended = await officer.SubmitAsync(handle, handle + "/extend", new() { ["months"] = "2", ["reason"] = "Records held in three archives" });
        var third = await officer.PostFormAsync(handle, handle + "/extend", new() { ["months"] = "1", ["reason"] = "More" });

        Assert.Contains("Deadline extended", extended);
        var mine = await patient.PageAsync("/privacy/me");
        Assert.Contains("Extended by 2 months: Records held in three archives", mine);
        Assert.Contains(request.ReceivedAt.AddMonths(3).UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), mine);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("Art. 12(3)", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_DPO_approves_an_erasure_from_its_plan_and_the_receipt_keeps_the_medical_record()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Erasure" });
        var request = clinic.Services.GetRequiredService<IRequestLedger>().Open().Single();
        var handle = $"/privacy/dpo/requests/{request.Id}";

        var early = await officer.PostFormAsync(handle, handle + "/erase", []);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode); // identity first (Art. 12(6))

        var page = await officer.SubmitAsync(handle, handle + "/identity", new() { ["verified"] = "true" });
        Assert.Contains("Erasure plan", page);
        Assert.Contains("Art. 17(3)(c)", page);
        var receipt = await officer.PostFormAsync(handle, handle + "/erase", []);
        var body = await receipt.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains("Erasure receipt", body);
        Assert.Contains("Medical records (clinic database)", body);
        // What went, per data type (this demo patient has no medical record yet, so only their own row is counted).
        var records = body[body.IndexOf("id=\"erasure-records\"", StringComparison.Ordinal)..];
        Assert.Contains("<td>Patients (clinic database)</td><td>Patient</td>", records);
        Assert.DoesNotContain("<td>MedicalRecord</td>", records);
        Assert.Equal(RequestStatus.Completed, clinic.Services.GetRequiredService<IRequestLedger>().Get(request.Id).Status);
        // The subject's page now tells them their erasure is done (Art. 12(3), 17), not an error: the request and its
        // completion, and no form (the gate refuses any new processing of them).
        var erased = await patient.PageAsync("/privacy/me");
        Assert.Contains("<h1>Your data was erased</h1>", erased);
        Assert.Contains("was completed on " + DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), erased);
        Assert.Contains("Erasure (Art. 17)", erased);
        Assert.DoesNotContain("<form", erased.Replace("/dev/sign-out", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Your consents", erased);
    }

    [Fact]
    public async Task The_DPO_restricts_on_an_Art_18_ground_and_the_next_treatment_read_is_refused()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Restriction" });
        var request = clinic.Services.GetRequiredService<IRequestLedger>().Open().Single();
        var handle = $"/privacy/dpo/requests/{request.Id}";

        var done = await officer.SubmitAsync(handle, handle + "/restrict", new() { ["ground"] = "AccuracyContested" });

        Assert.Contains("Processing restricted", done);
        var read = await clinic.CreateClient().GetAsync($"/patients/{request.SubjectId}/records");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Contains("Restricted", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The subject still reaches their own page: answering them is done at their request (Art. 18(2)).
        Assert.Contains("Answered on", await patient.PageAsync("/privacy/me"));
    }

    [Fact]
    public async Task Rectification_is_answered_and_a_refusal_gives_reasons_and_the_right_to_complain()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Rectification" });
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Portability" });
        var ledger = clinic.Services.GetRequiredService<IRequestLedger>();
        var rectification = ledger.Open().Single(r => r.Kind == SubjectRequestKind.Rectification);
        var portability = ledger.Open().Single(r => r.Kind == SubjectRequestKind.Portability);

        await officer.SubmitAsync($"/privacy/dpo/requests/{rectification.Id}", $"/privacy/dpo/requests/{rectification.Id}/complete", new() { ["outcome"] = "Phone number corrected; no recipient held it" });
        await officer.SubmitAsync($"/privacy/dpo/requests/{portability.Id}", $"/privacy/dpo/requests/{portability.Id}/refuse", new() { ["reason"] = "Identity could not be confirmed" });

        var mine = await patient.PageAsync("/privacy/me");
        Assert.Contains("Phone number corrected; no recipient held it", mine);
        Assert.Contains("Refused: Identity could not be confirmed", mine);
        Assert.Contains("Art. 77", mine);
        Assert.Contains("0 open, 0 overdue", await officer.PageAsync("/privacy/dpo"));
    }

    [Fact]
    public async Task The_DPO_reads_the_record_of_processing_and_the_trail_verification()
    {
        using var clinic = new ClinicFactory();
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");
        await officer.PageAsync("/privacy/dpo");

        var ropa = await officer.PageAsync("/privacy/dpo/ropa");
        var trail = await officer.PageAsync("/privacy/dpo/trail");

        Assert.Contains("Answer patients&#39; requests about their data", ropa);
        Assert.Contains("<h1>Record of Processing Activities</h1>", ropa);
        Assert.Contains("Intact:", trail);
    }

    [Fact]
    public async Task Neither_the_logs_nor_any_url_carry_the_subject_through_a_whole_request()
    {
        using var clinic = new ClinicFactory();
        var logs = new LogCollector();
        var logged = clinic.WithWebHostBuilder(b => b.ConfigureLogging(l =>
        {
            l.AddProvider(logs);
            foreach (var category in new[] { "LawfulBasis", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Antiforgery" })
            {
                l.AddFilter<LogCollector>(category, LogLevel.Trace);
            }
        }));
        var patient = await PrivacyCenterClient.SignInAsync(logged, "patient");
        var officer = await PrivacyCenterClient.SignInAsync(logged, "dpo");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/consents", new() { ["purpose"] = typeof(Newsletter).FullName!, ["decision"] = "give" });
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        var request = logged.Services.GetRequiredService<IRequestLedger>().Open().Single();
        var handle = $"/privacy/dpo/requests/{request.Id}";
        await officer.SubmitAsync(handle, handle + "/identity", new() { ["verified"] = "true" });
        var download = await patient.PostFormAsync("/privacy/me", $"/privacy/me/requests/{request.Id}/download", []);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        Assert.Contains(logs.Lines, l => l.Contains("/privacy/dpo/requests/", StringComparison.Ordinal)); // the request paths are logged…
        Assert.DoesNotContain(logs.Lines, l => l.Contains(request.SubjectId, StringComparison.OrdinalIgnoreCase)); // …never the subject
        Assert.DoesNotContain(logs.Lines, l => l.Contains("alice.demo@example.com", StringComparison.Ordinal) || l.Contains("Alice Martin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_signed_checkpoints_and_a_witness_the_trail_page_checks_both()
    {
        using var clinic = new ClinicFactory();
        var signed = clinic.WithWebHostBuilder(b => b.ConfigureServices(services => services.PostConfigure<LawfulBasisOptions>(o =>
        {
            o.SignCheckpoints = true;
            o.CheckpointEveryEntries = 2;
            o.CheckpointWitnessPath = Path.Combine(clinic.Data, "witness", "checkpoint.json");
        })));
        var officer = await PrivacyCenterClient.SignInAsync(signed, "dpo");
        await officer.PageAsync("/privacy/dpo");
        var patient = await PrivacyCenterClient.SignInAsync(signed, "patient");
        await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        await signed.Services.GetRequiredService<LawfulBasis.Audit.IAuditTrail>().FlushAsync();

        var page = await officer.PageAsync("/privacy/dpo/trail");

        Assert.Contains("every checkpoint signed by the writer's key", page);
        Assert.Contains("and the trail holds everything the witness saw", page);
        Assert.Contains("checkpoint.json", page);
    }

    [Fact]
    public async Task The_DPO_list_is_sorted_by_deadline_and_marks_the_overdue()
    {
        using var clinic = new ClinicFactory();
        var ledger = clinic.Services.GetRequiredService<IRequestLedger>();
        var now = DateTimeOffset.UtcNow;
        var recent = ledger.Receive("patient-recent", SubjectRequestKind.Access, now.AddDays(-3));
        var late = ledger.Receive("patient-late", SubjectRequestKind.Erasure, now.AddMonths(-2));
        var officer = await PrivacyCenterClient.SignInAsync(clinic, "dpo");

        var page = await officer.PageAsync("/privacy/dpo");

        Assert.Contains("2 open, 1 overdue", page);
        Assert.True(page.IndexOf(late.Id.ToString(), StringComparison.Ordinal) < page.IndexOf(recent.Id.ToString(), StringComparison.Ordinal), "soonest due first");
        var lateRow = page[page.LastIndexOf("<tr>", page.IndexOf(late.Id.ToString(), StringComparison.Ordinal), StringComparison.Ordinal)..page.IndexOf(late.Id.ToString(), StringComparison.Ordinal)];
        Assert.Contains("Overdue", lateRow);
        var recentRow = page[page.LastIndexOf("<tr>", page.IndexOf(recent.Id.ToString(), StringComparison.Ordinal), StringComparison.Ordinal)..page.IndexOf(recent.Id.ToString(), StringComparison.Ordinal)];
        Assert.DoesNotContain("Overdue", recentRow);
    }

    [Fact]
    public async Task Request_intake_is_rate_limited_per_subject_with_a_429_that_caps_nothing_else()
    {
        using var clinic = new ClinicFactory();
        var patient = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        for (var i = 0; i < 10; i++)
        {
            await patient.SubmitAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        }

        var eleventh = await patient.PostFormAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });
        var other = await PrivacyCenterClient.SignInAsync(clinic, "patient");
        var someoneElse = await other.PostFormAsync("/privacy/me", "/privacy/me/requests", new() { ["kind"] = "Access" });

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Contains("no limit on how often you may exercise your rights", await eleventh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, someoneElse.StatusCode);
    }

    [Theory]
    [InlineData(null, "dpo", true, "SubjectClaim")]
    [InlineData("patient_id", null, true, "DpoPolicy")]
    [InlineData("patient_id", "missing", true, "\"missing\" is not registered")]
    [InlineData("patient_id", "dpo", false, "RecordUnder")]
    public void The_center_refuses_to_map_without_what_it_needs(string? claim, string? policy, bool purpose, string expected)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddAuthorizationBuilder().AddPolicy("dpo", p => p.RequireRole("dpo"));
        builder.Services.AddAntiforgery();
        var data = Path.Combine(Path.GetTempPath(), "lawfulbasis-center-" + Guid.NewGuid().ToString("N"));
        builder.Services.AddLawfulBasis(o =>
        {
            o.AddAssemblyOf<Treatment>();
            o.TrailPath = Path.Combine(data, "trail.jsonl");
            o.KeyStorePath = Path.Combine(data, "keys");
            o.RegisterPath = Path.Combine(data, "registers");
        });
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapPrivacyCenter("/privacy", o =>
        {
            o.SubjectClaim = claim;
            o.DpoPolicy = policy;
            if (purpose)
            {
                o.RecordUnder<PrivacyRequests>();
            }
        }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
