using System.Text.Json;
using LawfulBasis.Audit;
using LawfulBasis.EntityFrameworkCore;
using LawfulBasis.Processing;
using LawfulBasis.Rights;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Web.Tests.RelatedErasure;

[Purpose("Run the shopper's account", LegalBasis.Contract, ContractReference = "Terms of use v2", Retention = "P3Y")]
public sealed class ShopAccount;

[Purpose("Ship orders", LegalBasis.Contract, ContractReference = "Terms of sale v4", Retention = "P3Y")]
public sealed class Shipping;

[Purpose("Check the buyer's age before selling age-restricted products", LegalBasis.LegalObligation,
    LegalReference = "Code de la santé publique L3342-1", Retention = "P3Y")]
public sealed class AgeCheck;

[Purpose("Keep the invoiced amounts as tax law requires", LegalBasis.LegalObligation,
    LegalReference = "Code général des impôts, art. L102 B (ten years)", Retention = "P10Y")]
public sealed class Invoicing;

[Purpose("Warn the shopper before selling a product they are allergic to", LegalBasis.Consent,
    Condition = SpecialCategoryCondition.ExplicitConsent, Retention = "P2Y")]
public sealed class AllergyWarning;

/// <summary>The trial app's customer: their orders and allergy note belong to them (no [DataSubject] of their own).</summary>
[DataSubject("customer")]
public sealed class Shopper
{
    [SubjectId] public Guid Id { get; set; }

    [NameData, ProcessingFor<ShopAccount>] public string Name { get; set; } = "";

    [ContactData, ProcessingFor<ShopAccount>] public string Email { get; set; } = "";

    [DemographicData, ProcessingFor<AgeCheck>] public DateOnly? DateOfBirth { get; set; }

    public List<ShopOrder> Orders { get; set; } = [];

    public AllergyNote? Allergy { get; set; }
}

public sealed class ShopOrder
{
    public Guid Id { get; set; }

    public Guid ShopperId { get; set; }

    public decimal Total { get; set; }

    [AddressData, ProcessingFor<Shipping>] public string ShippingAddress { get; set; } = "";
}

public sealed class AllergyNote
{
    public Guid Id { get; set; }

    public Guid ShopperId { get; set; }

    [HealthData, ProcessingFor<AllergyWarning>] public string Allergies { get; set; } = "";
}

public sealed class ShopperDb(DbContextOptions<ShopperDb> options) : DbContext(options)
{
    public DbSet<Shopper> Shoppers => Set<Shopper>();

    public DbSet<ShopOrder> Orders => Set<ShopOrder>();

    public DbSet<AllergyNote> AllergyNotes => Set<AllergyNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Shopper>().HasMany(s => s.Orders).WithOne().HasForeignKey(o => o.ShopperId);
        modelBuilder.Entity<Shopper>().HasOne(s => s.Allergy).WithOne().HasForeignKey<AllergyNote>(a => a.ShopperId);
    }
}

/// <summary>A club member whose payments keep their amount for the tax authority: a related type with an Art. 17(3) exception.</summary>
[DataSubject("member")]
public sealed class ClubMember
{
    [SubjectId] public Guid Id { get; set; }

    [NameData, ProcessingFor<ShopAccount>] public string Name { get; set; } = "";

    public List<MemberPayment> Payments { get; set; } = [];
}

public sealed class MemberPayment
{
    public Guid Id { get; set; }

    public Guid ClubMemberId { get; set; }

    [FinancialData, ProcessingFor<Invoicing>] public decimal Amount { get; set; }

    [FinancialData, ProcessingFor<ShopAccount>] public string? CardHolder { get; set; }
}

public sealed class ClubDb(DbContextOptions<ClubDb> options) : DbContext(options)
{
    public DbSet<ClubMember> Members => Set<ClubMember>();

    public DbSet<MemberPayment> Payments => Set<MemberPayment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ClubMember>().HasMany(m => m.Payments).WithOne().HasForeignKey(p => p.ClubMemberId);
}

/// <summary>
/// The erasure receipt proves what went (Art. 5(2), 17): an EF Core source that follows the subject's navigations
/// reports, per data type, the rows it erased, anonymised or kept, and the plan lists the related types before anything
/// is erased (fresh-eyes trial F7: the orders and the allergy note went, and neither the plan nor the receipt said so).
/// </summary>
public sealed class RelatedErasureTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("lawfulbasis-related-").FullName;
    private readonly SqliteConnection _database = new("Data Source=:memory:");

    public RelatedErasureTests() => _database.Open();

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task The_plan_lists_the_related_types_and_the_receipt_and_the_trail_count_what_went()
    {
        await using var provider = Services(s => s.AddSubjectDataSource<ShopperDb, Shopper>(), exempt: o => o.ExemptFromSubjectRequests<ClubMember>("not under test here"));
        var id = Guid.NewGuid();
        var other = Guid.NewGuid();
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopperDb>();
            await db.Database.EnsureCreatedAsync();
            db.Shoppers.Add(new Shopper
            {
                Id = id, Name = "Alice Martin", Email = "alice@example.com", DateOfBirth = new DateOnly(1990, 4, 2),
                Orders = [new ShopOrder { Id = Guid.NewGuid(), Total = 42m, ShippingAddress = "1 rue de la Paix" }, new ShopOrder { Id = Guid.NewGuid(), Total = 7m, ShippingAddress = "1 rue de la Paix" }],
                Allergy = new AllergyNote { Id = Guid.NewGuid(), Allergies = "penicillin" },
            });
            db.Shoppers.Add(new Shopper { Id = other, Name = "Bob Stone", Email = "bob@example.com", Orders = [new ShopOrder { Id = Guid.NewGuid(), Total = 3m, ShippingAddress = "2 quai" }] });
            await db.SaveChangesAsync();
        }

        var rights = provider.GetRequiredService<ISubjectRights>();

        // Before anything is erased: the plan names the related types, each with its decision and categories.
        var step = Assert.Single(rights.PlanErasure(id.ToString()).Steps);
        Assert.Equal(ErasureDecision.EraseExceptRetained, step.Decision);
        Assert.Equal(["DateOfBirth"], step.RetainedMembers);
        Assert.Equal(["AllergyNote", "ShopOrder"], step.Related!.Select(r => r.DataType).Order(StringComparer.Ordinal));
        Assert.All(step.Related!, r => Assert.Equal(ErasureDecision.Erase, r.Decision));
        Assert.Contains(step.Related!.Single(r => r.DataType == "AllergyNote").Categories!, c => c is { Name: "HealthData", Kind: DataCategoryKind.SpecialCategory });
        var planMarkdown = ErasureReceiptWriter.ToMarkdown(rights.PlanErasure(id.ToString()));
        Assert.Contains("| related: AllergyNote | HealthData (Art. 9(1)) | Erase | Art. 17(1) |", planMarkdown, StringComparison.Ordinal);
        using (var scope = provider.CreateScope())
        {
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<ShopperDb>().Orders.CountAsync()); // the plan changed nothing
        }

        var trail = provider.GetRequiredService<IAuditTrail>();
        _ = provider.GetRequiredService<IProcessingGate>().Begin<ShopAccount>(id.ToString(), ProcessingOperation.Read); // the trail knows her
        var requests = provider.GetRequiredService<IRequestLedger>();
        var request = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(request.Id, verified: true);
        var receipt = await rights.EraseAsync(request.Id);

        Assert.True(receipt.IsComplete, string.Join("; ", receipt.Steps.Select(s => s.Outcome)));
        var result = Assert.Single(receipt.Steps);
        var counts = result.Records!;
        Assert.Equal(3, counts.Count);
        var customer = counts[0];
        Assert.Equal(("Shopper", false, 0, 1, 0), (customer.DataType, customer.Related, customer.Erased, customer.Anonymised, customer.Kept));
        Assert.Equal(["DateOfBirth"], customer.RetainedMembers);
        Assert.Equal("Art. 17(3)(b)", customer.Article);
        var orders = counts.Single(c => c.DataType == "ShopOrder");
        Assert.Equal((true, 2, 0, 0), (orders.Related, orders.Erased, orders.Anonymised, orders.Kept));
        var allergy = counts.Single(c => c.DataType == "AllergyNote");
        Assert.Equal((true, 1, 0, 0), (allergy.Related, allergy.Erased, allergy.Anonymised, allergy.Kept));
        Assert.Contains(allergy.Categories, c => c.Name == "HealthData");
        Assert.StartsWith("Anonymised except DateOfBirth, retained for 3 years", result.Outcome, StringComparison.Ordinal);
        Assert.Contains("Records: Shopper ×1 anonymised except DateOfBirth (Art. 17(3)(b)); related ", result.Outcome, StringComparison.Ordinal);
        Assert.Contains("related ShopOrder ×2 erased", result.Outcome, StringComparison.Ordinal);
        Assert.Contains("related AllergyNote (HealthData, Art. 9(1)) ×1 erased", result.Outcome, StringComparison.Ordinal);

        // The database agrees: Alice's orders and note are gone, Bob's order stays, Alice's row keeps only her date of birth.
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopperDb>();
            Assert.Equal(other, (await db.Orders.AsNoTracking().SingleAsync()).ShopperId);
            Assert.Empty(await db.AllergyNotes.AsNoTracking().ToListAsync());
            var row = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.Equal((string.Empty, string.Empty, new DateOnly(1990, 4, 2)), (row.Name, row.Email, row.DateOfBirth));
        }

        // JSON and Markdown carry the counts, never the values erased.
        var json = ErasureReceiptWriter.ToJson(receipt);
        using (var parsed = JsonDocument.Parse(json))
        {
            var records = parsed.RootElement.GetProperty("steps")[0].GetProperty("records");
            Assert.Equal(2, records.EnumerateArray().Single(r => r.GetProperty("dataType").GetString() == "ShopOrder").GetProperty("erased").GetInt32());
        }

        var markdown = ErasureReceiptWriter.ToMarkdown(receipt);
        Assert.Contains("| related: AllergyNote | HealthData (Art. 9(1)) | 1 | 0 | 0 | — | Art. 17(1) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Shopper (ShopperDb) | Shopper | ContactData, DemographicData, NameData | 0 | 1 | 0 | DateOfBirth | Art. 17(3)(b) |", markdown, StringComparison.Ordinal);
        foreach (var text in new[] { json, markdown })
        {
            foreach (var value in new[] { "penicillin", "Alice Martin", "alice@example.com", "rue de la Paix", "1990" })
            {
                Assert.DoesNotContain(value, text, StringComparison.Ordinal);
            }
        }

        // The trail recorded the counts under the pseudonym the erasure then destroyed, with no value in its text.
        await trail.FlushAsync();
        var lines = await File.ReadAllLinesAsync(Path.Combine(_data, "audit", "trail.jsonl"));
        Assert.NotNull(receipt.ShreddedPseudonym);
        var erased = Assert.Single(lines, l => l.Contains("\"event\":\"DataErased\"", StringComparison.Ordinal));
        Assert.Contains("related ShopOrder ×2 erased", JsonDocument.Parse(erased).RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Contains($"\"subject\":\"{receipt.ShreddedPseudonym}\"", erased, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), erased, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("penicillin", string.Join("\n", lines), StringComparison.Ordinal);
        Assert.True(AuditTrailVerifier.Verify(Path.Combine(_data, "audit", "trail.jsonl")).IsIntact);

        // A second request finds nothing more to erase: the retained row is counted as kept, nothing as erased.
        var again = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(again.Id, verified: true);
        var secondReceipt = await rights.EraseAsync(again.Id);
        var second = Assert.Single(secondReceipt.Steps);
        Assert.StartsWith("Nothing was held", second.Outcome, StringComparison.Ordinal);
        var kept = Assert.Single(second.Records!);
        Assert.Equal(("Shopper", 0, 0, 1), (kept.DataType, kept.Erased, kept.Anonymised, kept.Kept));

        // The trail no longer knows the subject: the second run's entry names no one, and no key is made just to be destroyed.
        Assert.Null(secondReceipt.ShreddedPseudonym);
        await trail.FlushAsync();
        var last = (await File.ReadAllLinesAsync(Path.Combine(_data, "audit", "trail.jsonl"))).Last(l => l.Contains("\"event\":\"DataErased\"", StringComparison.Ordinal));
        Assert.Contains("\"subject\":null", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_related_row_an_exception_keeps_is_cleared_except_the_kept_members_and_its_subject_row_stays()
    {
        await using var provider = Services(s => s.AddSubjectDataSource<ClubDb, ClubMember>(), exempt: o => o.ExemptFromSubjectRequests<Shopper>("not under test here"));
        var id = Guid.NewGuid();
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClubDb>();
            await db.Database.EnsureCreatedAsync();
            db.Members.Add(new ClubMember { Id = id, Name = "Alice Martin", Payments = [new MemberPayment { Id = Guid.NewGuid(), Amount = 30m, CardHolder = "A MARTIN" }] });
            await db.SaveChangesAsync();
        }

        var rights = provider.GetRequiredService<ISubjectRights>();
        var step = Assert.Single(rights.PlanErasure(id.ToString()).Steps);
        Assert.Equal(ErasureDecision.Erase, step.Decision);
        var payments = Assert.Single(step.Related!);
        Assert.Equal((ErasureDecision.EraseExceptRetained, "Art. 17(3)(b)"), (payments.Decision, payments.Article));
        Assert.Equal(["Amount"], payments.RetainedMembers);

        var requests = provider.GetRequiredService<IRequestLedger>();
        var request = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(request.Id, verified: true);
        var result = Assert.Single((await rights.EraseAsync(request.Id)).Steps);

        // The payment keeps its amount for the tax authority, so the member's row it hangs on is cleared, not deleted (no cascade).
        Assert.Equal(("ClubMember", 0, 1, 0), (result.Records![0].DataType, result.Records[0].Erased, result.Records[0].Anonymised, result.Records[0].Kept));
        var payment = result.Records.Single(c => c.DataType == "MemberPayment");
        Assert.Equal((true, 0, 1, 0), (payment.Related, payment.Erased, payment.Anonymised, payment.Kept));
        Assert.Equal(["Amount"], payment.RetainedMembers);
        using var check = provider.CreateScope();
        var row = await check.ServiceProvider.GetRequiredService<ClubDb>().Payments.AsNoTracking().SingleAsync();
        Assert.Equal((30m, (string?)null), (row.Amount, row.CardHolder));
    }

    [Fact]
    public async Task Under_a_legal_hold_the_plan_keeps_the_related_data_too_and_nothing_is_erased()
    {
        await using var provider = Services(s => s.AddSubjectDataSource<ClubDb, ClubMember>(), exempt: o => o.ExemptFromSubjectRequests<Shopper>("not under test here"));
        var id = Guid.NewGuid();
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClubDb>();
            await db.Database.EnsureCreatedAsync();
            db.Members.Add(new ClubMember { Id = id, Name = "Alice Martin", Payments = [new MemberPayment { Id = Guid.NewGuid(), Amount = 30m, CardHolder = "A MARTIN" }] });
            await db.SaveChangesAsync();
        }

        provider.GetRequiredService<LawfulBasis.Registers.ILegalHoldRegister>().Place(id.ToString(), "Dispute over a refund, case 2026-117");
        var rights = provider.GetRequiredService<ISubjectRights>();
        var step = Assert.Single(rights.PlanErasure(id.ToString()).Steps);
        Assert.Equal((ErasureDecision.Retain, "Art. 17(3)(e)"), (step.Decision, step.Article));
        var payments = Assert.Single(step.Related!);
        Assert.Equal((ErasureDecision.Retain, "Art. 17(3)(e)"), (payments.Decision, payments.Article));

        var requests = provider.GetRequiredService<IRequestLedger>();
        var request = requests.Receive(id.ToString(), SubjectRequestKind.Erasure);
        requests.VerifyIdentity(request.Id, verified: true);
        var result = Assert.Single((await rights.EraseAsync(request.Id)).Steps);
        var kept = Assert.Single(result.Records!);
        Assert.Equal(("ClubMember", 0, 0, 1, "Art. 17(3)(e)"), (kept.DataType, kept.Erased, kept.Anonymised, kept.Kept, kept.Article));
        using var check = provider.CreateScope();
        Assert.Equal("A MARTIN", (await check.ServiceProvider.GetRequiredService<ClubDb>().Payments.AsNoTracking().SingleAsync()).CardHolder);
    }

    private ServiceProvider Services(Action<IServiceCollection> register, Action<LawfulBasisOptions> exempt)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders());
        services.AddLawfulBasis(o =>
        {
            o.AddAssemblyOf<Shopper>().AddAssemblyOf<Clinic.Treatment>();
            o.ExemptFromSubjectRequests<Clinic.Patient>("not under test here");
            o.ExemptFromSubjectRequests<Clinic.MedicalRecord>("not under test here");
            o.ExemptFromSubjectRequests<ModelClassification.LegacyAccount>("not under test here");
            o.ExemptFromSubjectRequests<PartialErasure.Client>("not under test here");
            exempt(o);
            o.TrailPath = Path.Combine(_data, "audit", "trail.jsonl");
            o.KeyStorePath = Path.Combine(_data, "keys");
            o.RegisterPath = Path.Combine(_data, "registers");
        });
        services.AddDbContext<ShopperDb>(o => o.UseSqlite(_database));
        services.AddDbContext<ClubDb>(o => o.UseSqlite(_database));
        register(services);
        return services.BuildServiceProvider();
    }
}
