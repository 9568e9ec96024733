using LawfulBasis;
using LawfulBasis.AspNetCore;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Notice;
using LawfulBasis.PostgreSql;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Clinic;

/// <summary>The clinic's services: the same for the web application and for the lawfulbasis tool.</summary>
public static class ClinicServices
{
    /// <summary>
    /// Registers the database (SQLite under data/ unless <c>Clinic:Database</c> is <c>PostgreSql</c>), LawfulBasis with
    /// its options from the <c>LawfulBasis</c> section, one subject data source per entity, and the staff key scheme.
    /// </summary>
    public static void Add(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var root = builder.Environment.ContentRootPath;
        var postgres = string.Equals(configuration["Clinic:Database"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
        var connection = configuration.GetConnectionString("Clinic");

        builder.AddLawfulBasis(options =>
        {
            options.AddAssemblyOf<Treatment>();
            options.DefaultActor = "clinic-api";
        });
        builder.Services.AddLawfulBasisSaveChangesGate();
        // The notice patients read (GET /privacy-notice), generated from the declarations; its version goes into every
        // consent receipt, so each consent names the exact notice it was given under (Art. 7(1)).
        builder.Services.AddSingleton(services => PrivacyNotice.For(services.GetRequiredService<ProcessingCatalog>(), "patient"));
        builder.Services.AddDbContext<ClinicDb>((services, options) =>
        {
            if (postgres)
            {
                options.UseNpgsql(connection ?? throw new InvalidOperationException("Clinic:Database is PostgreSql but ConnectionStrings:Clinic is not set."));
            }
            else
            {
                var file = Path.GetFullPath(configuration["Clinic:SqliteFile"] ?? Path.Combine("data", "clinic.db"), root);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                options.UseSqlite($"Data Source={file}");
            }

            options.UseLawfulBasis(services);
        });

        if (postgres)
        {
            // Several instances behind a load balancer share one trail, one key store and one set of registers.
            builder.Services.AddLawfulBasisPostgreSql(connection!);
        }

        // One line per entity: access and erasure requests are answered from the database.
        builder.Services.AddSubjectDataSource<ClinicDb, Patient>(p => p.Id, "Patients (clinic database)");
        builder.Services.AddSubjectDataSource<ClinicDb, MedicalRecord>(name: "Medical records (clinic database)");

        // A request with X-Staff-Key or a bearer token is the staff key scheme (the API, the tool); anything else is the
        // browser's sign-in cookie.
        builder.Services.AddAuthentication(SignInScheme)
            .AddPolicyScheme(SignInScheme, "Staff key or cookie", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey("X-Staff-Key") || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? StaffKeyAuthentication.SchemeName   // staff and the lawfulbasis tool (--token) send the key
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, StaffKeyAuthentication>(StaffKeyAuthentication.SchemeName, null)
            .AddCookie(o =>
            {
                o.LoginPath = DevelopmentSignIn.Path;
                o.AccessDeniedPath = DevelopmentSignIn.AccessDeniedPath;
                o.Cookie.Name = "clinic.signin";
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Pages go to the sign-in page; the JSON API answers 401/403 as it always did.
                o.Events.OnRedirectToLogin = ctx => Redirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Redirect(ctx, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("dpo", policy => policy.RequireRole("dpo"));
        builder.Services.AddHealthChecks().AddLawfulBasis();
    }

    /// <summary>The authentication scheme that picks the staff key or the sign-in cookie.</summary>
    public const string SignInScheme = "ClinicSignIn";

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/privacy/me") || path.StartsWithSegments("/privacy/dpo"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = apiStatus;
        }

        return Task.CompletedTask;
    }

    /// <summary>Opens what LawfulBasis keeps (trail, key store, registers, request ledger) by resolving the services that hold them.</summary>
    public static void OpenStores(IServiceProvider services)
    {
        services.GetRequiredService<LawfulBasis.Processing.IProcessingGate>();
        services.GetRequiredService<LawfulBasis.Rights.ISubjectRights>();
    }

    /// <summary>
    /// A failure to start that the operator can fix (a damaged or held store, invalid settings, an unusable database or
    /// port): printed as one line. Anything else is a bug and keeps its stack trace.
    /// </summary>
    public static bool IsStartupFailure(Exception e) =>
        e is InvalidDataException or IOException or UnauthorizedAccessException or InvalidDeclarationsException
            or Microsoft.Extensions.Options.OptionsValidationException or System.Data.Common.DbException;

    /// <summary>Creates the database on first run (no migrations in a sample).</summary>
    public static void EnsureDatabase(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ClinicDb>().Database.EnsureCreated();
    }
}
