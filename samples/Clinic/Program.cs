using Clinic;
using LawfulBasis.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
ClinicServices.Add(builder);

var app = builder.Build();
ClinicServices.EnsureDatabase(app.Services);

app.UseExceptionHandler(); // a denial thrown inside a handler (a gated SaveChanges) becomes its 403/451 problem
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

PatientEndpoints.Map(app);
app.MapPrivacyEndpoints(authorizationPolicy: "dpo");   // ROPA and subject requests, for the DPO only
app.MapHealthChecks("/health");

app.Run();

/// <summary>The application's entry point (public for WebApplicationFactory tests).</summary>
public partial class Program;
