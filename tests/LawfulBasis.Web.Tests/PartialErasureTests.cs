using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Rights;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Web.Tests.PartialErasure;

[Purpose("Keep invoices as tax law requires", LegalBasis.LegalObligation,
    LegalReference = "Code général des impôts, art. L102 B (ten years)", Retention = "P10Y")]
public sealed class Bookkeeping;

[Purpose("Send offers by e-mail", LegalBasis.Consent, Retention = "P2Y", DirectMarketing = true)]
public sealed class Offers;

/// <summary>One row, two purposes: the billed name kept for the tax authority, the e-mail erasable.</summary>
[DataSubject("client")]
public sealed class Client
{
    [SubjectId] public Guid Id { get; set; }

    [NameData, ProcessingFor<Bookkeeping>] public string BilledName { get; set; } = "";

    [ContactData, ProcessingFor<Offers>] public string? Email { get; set; }

    /// <summary>Not personal data on its own: a counter the shop keeps (the SaveChanges gate ignores its changes).</summary>
    public int Visits { get; set; }
}

public sealed class ClientDb(DbContextOptions<ClientDb> options) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();
}

/// <summary>
/// Art. 17(3) keeps data "to the extent that processing is necessary": an EF Core source erases every member of a row
/// except those a purpose's exception keeps (issue 14's per-member plan, carried out by issue 11's DbContext source).
/// </summary>
public sealed class PartialErasureTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-partial-").FullName;
    private readonly SqliteConnection _database = new("Data Source=:memory:");

    public PartialErasureTests() => _database.Open();

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Erasure_clears_the_erasable_members_and_keeps_the_one_the_law_requires()
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders());
        services.AddLawfulBasis(o =>
        {
            // This assembly's declarations, and the Clinic's its controllers name; only Client is answered here.
            o.AddAssemblyOf<Client>().AddAssemblyOf<Clinic.Treatment>();
            o.ExemptFromSubjectRequests<Clinic.Patient>("not under test here");
            o.ExemptFromSubjectRequests<Clinic.MedicalRecord>("not under test here");
            o.ExemptFromSubjectRequests<ModelClassification.LegacyAccount>("not under test here");
            o.ExemptFromSubjectRequests<RelatedErasure.Shopper>("not under test here");
            o.ExemptFromSubjectRequests<RelatedErasure.ClubMember>("not under test here");
            o.TrailPath = Path.Combine(_data, "audit", "trail.jsonl");
            o.KeyStorePath = Path.Combine(_data, "keys");
            o.RegisterPath = Path.Combine(_data, "registers");
        });
        services.AddDbContext<ClientDb>(o => o.UseSqlite(_database));
        services.AddSubjectDataSource<ClientDb, Client>();
        await using var provider = services.BuildServiceProvider();
        var id = Guid.NewGuid();
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientDb>();
            await db.Database.EnsureCreatedAsync();
            db.Clients.Add(new Client { Id = id, BilledName = "Alice Martin", Email = "alice@example.com" });
            await db.SaveChangesAsync();
        }

        var rights = provider.GetRequiredService<ISubjectRights>();
        var step = Assert.Single(rights.PlanErasure(id.ToString()).Steps);
        Assert.Equal(ErasureDecision.EraseExceptRetained, step.Decision);
        Assert.Equal(["BilledName"], step.RetainedMembers);

        var requests = provider.GetRequiredService<IRequestLedger>();
        var request = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(request.Id, verified: true);
        var receipt = await rights.EraseAsync(request.Id);
        Assert.True(receipt.IsComplete, string.Join("; ", receipt.Steps.Select(s => s.Outcome)));

        using (var scope = provider.CreateScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<ClientDb>().Clients.AsNoTracking().SingleAsync();
            Assert.Equal("Alice Martin", row.BilledName);
            Assert.Null(row.Email);
        }

        // A second run changes nothing and still completes.
        var again = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(again.Id, verified: true);
        Assert.True((await rights.EraseAsync(again.Id)).IsComplete);
    }
}
