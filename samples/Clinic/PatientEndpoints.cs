using LawfulBasis;
using LawfulBasis.AspNetCore;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Notice;
using LawfulBasis.Registers;
using Microsoft.EntityFrameworkCore;

namespace Clinic;

/// <summary>The clinic's API. Every endpoint that touches one patient's data names its purpose and is gated.</summary>
public static class PatientEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // The privacy notice (Art. 13), as patients read it before registering or consenting.
        app.MapGet("/privacy-notice", (PrivacyNotice notice) => Results.Content(notice.Render(NoticeFormat.Html), "text/html; charset=utf-8"));

        // The signed-in patient's own newsletter address: gated like any other processing, so a withdrawn consent stops it.
        app.MapGet("/me/newsletter", MyNewsletterAddress).RequirePurpose<Newsletter>(subjectClaim: DevelopmentSignIn.PatientClaim).RequireAuthorization();

        var patients = app.MapGroup("/patients");

        // No subject before the patient exists: the SaveChanges gate decides the Store for the new id. LB0007 cannot
        // see that gate (it lives in the DbContext's interceptor), so the exception is stated here, where a reviewer reads it.
#pragma warning disable LB0007
        patients.MapPost("/", Register);
#pragma warning restore LB0007

        patients.MapPost("/{id:guid}/records", AddRecord).RequirePurpose<Treatment>(subject: "id");
        patients.MapGet("/{id:guid}/records", ReadRecords).RequirePurpose<Treatment>(subject: "id");
        patients.MapGet("/{id:guid}/newsletter", NewsletterAddress).RequirePurpose<Newsletter>(subject: "id");

        // Consent is given and withdrawn as easily (Art. 7(3)); the ledger records both.
        patients.MapPut("/{id:guid}/consents/newsletter", (Guid id, IConsentLedger consents, PrivacyNotice notice) =>
        {
            consents.Give<Newsletter>(id.ToString(), mechanism: "API: PUT /patients/{id}/consents/newsletter", noticeVersion: notice.Version);
            return Results.NoContent();
        });
        patients.MapDelete("/{id:guid}/consents/newsletter", (Guid id, IConsentLedger consents) =>
        {
            consents.Withdraw<Newsletter>(id.ToString(), mechanism: "API: DELETE /patients/{id}/consents/newsletter");
            return Results.NoContent();
        });
    }

    /// <summary>A registration form as posted: personal data from the moment it arrives, classified like the entity.</summary>
    public sealed record Registration([property: NameData] string Name, [property: ContactData] string? Email, [property: ContactData] string? Phone);

    /// <summary>A consultation note as posted: health data (Art. 9) from the moment it arrives.</summary>
    public sealed record Consultation([property: HealthData] string Diagnosis, [property: HealthData] string? Prescription);

    [ProcessingFor<Appointments>]
    private static async Task<IResult> Register(Registration registration, ClinicDb db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(registration.Name))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A patient needs a name."] });
        }

        var patient = new Patient { Id = Guid.NewGuid(), Name = registration.Name, Email = registration.Email, Phone = registration.Phone };
        db.Patients.Add(patient);
        using (ProcessingPurpose.Use<Appointments>()) // the email is also bound to Newsletter: say which purpose this save serves
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return Results.Created($"/patients/{patient.Id}", new { patient.Id });
    }

    [ProcessingFor<Treatment>]
    private static async Task<IResult> AddRecord(Guid id, Consultation consultation, ClinicDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return Results.NotFound();
        }

        var record = new MedicalRecord
        {
            Id = Guid.NewGuid(), PatientId = id, Diagnosis = consultation.Diagnosis,
            Prescription = consultation.Prescription, RecordedAt = time.GetUtcNow(),
        };
        db.MedicalRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created($"/patients/{id}/records", new { record.Id });
    }

    [ProcessingFor<Treatment>]
    private static async Task<IResult> ReadRecords(Guid id, ClinicDb db, CancellationToken cancellationToken)
    {
        var records = await db.MedicalRecords.AsNoTracking().Where(r => r.PatientId == id)
            .Select(r => new { r.Id, r.Diagnosis, r.Prescription, r.RecordedAt })
            .ToListAsync(cancellationToken);
        return Results.Ok(records.OrderBy(r => r.RecordedAt)); // SQLite cannot order by DateTimeOffset
    }

    [ProcessingFor<Newsletter>]
    private static Task<IResult> MyNewsletterAddress(HttpContext http, ClinicDb db, CancellationToken cancellationToken) =>
        Guid.TryParse(http.User.FindFirst(DevelopmentSignIn.PatientClaim)?.Value, out var id)
            ? NewsletterAddress(id, db, cancellationToken)
            : Task.FromResult(Results.Unauthorized());

    [ProcessingFor<Newsletter>]
    private static async Task<IResult> NewsletterAddress(Guid id, ClinicDb db, CancellationToken cancellationToken)
    {
        var email = await db.Patients.AsNoTracking().Where(p => p.Id == id).Select(p => p.Email).FirstOrDefaultAsync(cancellationToken);
        return email is null ? Results.NotFound() : Results.Ok(new { email });
    }
}
