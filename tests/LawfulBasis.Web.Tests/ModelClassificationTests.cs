using System.Net.Http.Json;
using Clinic;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Rights;
using LawfulBasis.Web.Tests.PartialErasure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Web.Tests.ModelClassification;

/// <summary>An account as a library defines it: no member can carry a LawfulBasis attribute.</summary>
[DataSubject("client")]
public sealed class LegacyAccount
{
    [SubjectId] public Guid Id { get; set; }

    public string BilledName { get; set; } = "";

    public PostalAddress? Address { get; set; }
}

/// <summary>An owned type of the library's, unannotated too.</summary>
public sealed class PostalAddress
{
    public string? Street { get; set; }

    public string? City { get; set; }
}

/// <summary>Classifies the library's entity fluently, and a shadow column another system writes.</summary>
public sealed class LegacyDb(DbContextOptions<LegacyDb> options) : DbContext(options)
{
    public const string Email = "Email";

    public DbSet<LegacyAccount> Accounts => Set<LegacyAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var account = modelBuilder.Entity<LegacyAccount>();
        account.Property(a => a.BilledName).HasPersonalData<NameDataAttribute>().ProcessedFor<Bookkeeping>();
        account.Property<string?>(Email).HasPersonalData<ContactDataAttribute>().ProcessedFor<Offers>();
        account.OwnsOne(a => a.Address, address =>
        {
            address.Property(a => a.Street).HasPersonalData<AddressDataAttribute>().ProcessedFor<Offers>();
            address.Property(a => a.City).HasPersonalData<AddressDataAttribute>().ProcessedFor<Offers>();
        });
    }
}

/// <summary>A context that binds a column to something that is not a purpose.</summary>
public sealed class MistakenDb(DbContextOptions<MistakenDb> options) : DbContext(options)
{
    public DbSet<LegacyAccount> Accounts => Set<LegacyAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<LegacyAccount>(account =>
        {
            account.Property(a => a.BilledName).HasPersonalData<NameDataAttribute>().ProcessedFor<string>();
            account.OwnsOne(a => a.Address);
        });
}

/// <summary>
/// Classifications from the EF Core model (issue 11): fluent <c>HasPersonalData</c>/<c>ProcessedFor</c> on an entity
/// that cannot be annotated, on its owned type and on a shadow property reach the catalog, so the record lists them,
/// access copies them and erasure clears them unless an Art. 17(3) exception keeps their purpose.
/// </summary>
public sealed class ModelClassificationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-model-").FullName;
    private readonly SqliteConnection _database = new("Data Source=:memory:");

    public ModelClassificationTests() => _database.Open();

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task The_fluent_classifications_are_in_the_catalog_and_erasure_keeps_only_what_the_law_requires()
    {
        await using var provider = Services<LegacyDb>(s => s.AddSubjectDataSource<LegacyDb, LegacyAccount>());
        var catalog = provider.GetRequiredService<ProcessingCatalog>();
        var account = Assert.Single(catalog.DataTypes, t => t.Type == typeof(LegacyAccount));
        Assert.Equal(["BilledName", "Email"], account.Members.Select(m => m.Name));
        Assert.Equal("ContactData", Assert.Single(account.Members.Single(m => m.Name == "Email").Categories).Name);
        Assert.Equal(["Street", "City"], catalog.DataTypes.Single(t => t.Type == typeof(PostalAddress)).Members.Select(m => m.Name).Order().Reverse());
        Assert.Contains(catalog.GetPurpose<Offers>().Categories, c => c.Name == "AddressData");

        var id = Guid.NewGuid();
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegacyDb>();
            await db.Database.EnsureCreatedAsync();
            var row = new LegacyAccount { Id = id, BilledName = "Alice Martin", Address = new PostalAddress { Street = "3 rue Neuve", City = "Lyon" } };
            db.Accounts.Add(row);
            db.Entry(row).Property(LegacyDb.Email).CurrentValue = "alice@example.com";
            using (ProcessingPurpose.Use<Bookkeeping>())
            {
                await db.SaveChangesAsync();
            }
        }

        var rights = provider.GetRequiredService<ISubjectRights>();
        var requests = provider.GetRequiredService<IRequestLedger>();
        var access = requests.Receive(id.ToString(), SubjectRequestKind.Access);
        requests.VerifyIdentity(access.Id, verified: true);
        var report = AccessReportWriter.ToJson(await rights.AccessAsync(access.Id));
        Assert.Contains("alice@example.com", report, StringComparison.Ordinal); // the shadow column is copied
        Assert.Contains("3 rue Neuve", report, StringComparison.Ordinal);

        var step = Assert.Single(rights.PlanErasure(id.ToString()).Steps);
        Assert.Equal(ErasureDecision.EraseExceptRetained, step.Decision);
        Assert.Equal(["BilledName"], step.RetainedMembers);
        var erasure = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(erasure.Id, verified: true);
        var receipt = await rights.EraseAsync(erasure.Id);
        Assert.True(receipt.IsComplete, string.Join("; ", receipt.Steps.Select(s => s.Outcome)));

        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegacyDb>();
            var row = await db.Accounts.SingleAsync();
            Assert.Equal("Alice Martin", row.BilledName); // kept for the tax authority (Art. 17(3)(b))
            Assert.Null(db.Entry(row).Property(LegacyDb.Email).CurrentValue);
            Assert.Null(row.Address?.Street);
            Assert.Null(row.Address?.City);
        }
    }

    [Fact]
    public async Task A_fluent_binding_to_a_type_that_is_not_a_purpose_stops_the_catalog_naming_the_member()
    {
        await using var provider = Services<MistakenDb>(s => s.AddModelClassifications<MistakenDb>(), exempt: true);

        // Start-up validation lists it with every other declaration problem.
        var failure = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(provider.GetRequiredService<ProcessingCatalog>);

        Assert.Contains("LegacyAccount.BilledName", failure.Message, StringComparison.Ordinal);
        Assert.Contains("String", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clinic_record_lists_the_shadow_date_of_birth_and_erasure_clears_it()
    {
        using var clinic = new ClinicFactory();
        var client = clinic.CreateClient();
        var patient = await ClinicFactory.RegisterAsync(client);
        await client.PostAsJsonAsync($"/patients/{patient}/records", new { diagnosis = "Migraine" }); // keeps the row after erasure
        using (var scope = clinic.Services.CreateScope())
        {
            // As the front-desk software would write it.
            var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
            var row = await db.Patients.SingleAsync(p => p.Id == patient);
            db.Entry(row).Property(FrontDesk.DateOfBirth).CurrentValue = new DateOnly(1984, 5, 17);
            await db.SaveChangesAsync(); // an Update for Appointments, the one purpose of the changed column
        }

        var dpo = clinic.CreateDpoClient();
        var ropa = await dpo.GetStringAsync("/privacy/ropa?format=markdown");
        Assert.Contains("| DateOfBirth | DemographicData | Appointments", ropa, StringComparison.Ordinal);
        var report = await ClinicFactory.AnswerAsync(dpo, patient, "Access");
        Assert.Contains("1984-05-17", report.GetRawText(), StringComparison.Ordinal);

        var receipt = await ClinicFactory.AnswerAsync(dpo, patient, "Erasure");

        Assert.True(receipt.GetProperty("isComplete").GetBoolean());
        using (var scope = clinic.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
            var row = await db.Patients.SingleAsync(p => p.Id == patient);
            Assert.Null(db.Entry(row).Property(FrontDesk.DateOfBirth).CurrentValue);
            Assert.Equal(string.Empty, row.Name);
        }
    }

    private ServiceProvider Services<TContext>(Action<IServiceCollection> register, bool exempt = false)
        where TContext : DbContext
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders());
        services.AddLawfulBasis(o =>
        {
            o.AddAssemblyOf<LegacyAccount>().AddAssemblyOf<Clinic.Treatment>();
            o.ExemptFromSubjectRequests<Clinic.Patient>("not under test here");
            o.ExemptFromSubjectRequests<Clinic.MedicalRecord>("not under test here");
            o.ExemptFromSubjectRequests<PartialErasure.Client>("not under test here");
            o.ExemptFromSubjectRequests<RelatedErasure.Shopper>("not under test here");
            o.ExemptFromSubjectRequests<RelatedErasure.ClubMember>("not under test here");
            if (exempt)
            {
                o.ExemptFromSubjectRequests<LegacyAccount>("not under test here");
            }

            o.TrailPath = Path.Combine(_data, "audit", "trail.jsonl");
            o.KeyStorePath = Path.Combine(_data, "keys");
            o.RegisterPath = Path.Combine(_data, "registers");
        });
        services.AddLawfulBasisSaveChangesGate();
        services.AddDbContext<TContext>((sp, o) => o.UseSqlite(_database).UseLawfulBasis(sp));
        register(services);
        return services.BuildServiceProvider();
    }
}
