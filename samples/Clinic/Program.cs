using Clinic;
using LawfulBasis.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
ClinicServices.Add(builder);
StartupFailureLogging.Quiet(builder.Logging);   // a failed start is one line below, not the host's stack trace

var app = builder.Build();
try
{
    ClinicServices.EnsureDatabase(app.Services);
    // Open the trail, key store and registers now: a tampered trail, a damaged register or a store held by another
    // instance stops the clinic here with its one-line reason, not with a stack trace from the host's start.
    ClinicServices.OpenStores(app.Services);
}
catch (Exception e) when (ClinicServices.IsStartupFailure(e))
{
    Console.Error.WriteLine($"Clinic could not start: {e.Message}");
    return 2;
}

app.UseExceptionHandler(); // a denial thrown inside a handler (a gated SaveChanges) becomes its 403/451 problem
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

PatientEndpoints.Map(app);
app.MapPrivacyEndpoints(authorizationPolicy: "dpo");   // ROPA and subject requests, for the DPO only
app.MapPrivacyCenter("/privacy", center =>              // the pages: /privacy/me for the patient, /privacy/dpo for the DPO
{
    center.SubjectClaim = DevelopmentSignIn.PatientClaim;   // whose page it is comes from the sign-in, never from a form
    center.DpoPolicy = "dpo";
    center.RecordUnder<PrivacyRequests>();                  // the center's own processing, in the trail like any other
});
if (app.Environment.IsDevelopment())
{
    DevelopmentSignIn.Map(app);                              // /dev/sign-in: a demo patient or the DPO, no identity provider needed
}

app.MapHealthChecks("/health");

try
{
    await app.StartAsync();
    StartupFailureLogging.Started();
}
catch (Exception e) when (ClinicServices.IsStartupFailure(e))
{
    Console.Error.WriteLine($"Clinic could not start: {e.Message}");   // the port is taken, the settings are invalid, ...
    return 2;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>The application's entry point (public for WebApplicationFactory tests).</summary>
public partial class Program;
