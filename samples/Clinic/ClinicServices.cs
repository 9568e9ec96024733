using LawfulBasis;
using LawfulBasis.AspNetCore;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Notice;
using LawfulBasis.PostgreSql;
using Microsoft.AspNetCore.Authentication;
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

        builder.Services.AddAuthentication(StaffKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, StaffKeyAuthentication>(StaffKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("dpo", policy => policy.RequireRole("dpo"));
        builder.Services.AddHealthChecks().AddLawfulBasis();
    }

    /// <summary>Creates the database on first run (no migrations in a sample).</summary>
    public static void EnsureDatabase(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ClinicDb>().Database.EnsureCreated();
    }
}
