using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// EF Core code in a real app (issue 12, A4a and A4d), compiled against the real EF Core assembly: model configuration is
/// not processing but seed data is, and an entity disclosed straight from a query holds only the navigations it loads.
/// </summary>
public class EntityFrameworkTests
{
    private const string Shop = """

        [Purpose("Run the customer's account", LegalBasis.Contract)] public sealed class CustomerAccount;
        [Purpose("Take orders", LegalBasis.Contract)] public sealed class Ordering;
        [Purpose("Warn of allergies", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent)] public sealed class AllergyWarnings;

        public sealed class Customer
        {
            public Guid Id { get; set; }
            [NameData, ProcessingFor<CustomerAccount>, ProcessingFor<Ordering>] public string Name { get; set; } = "";
            [ContactData, ProcessingFor<CustomerAccount>, ProcessingFor<Ordering>] public string Email { get; set; } = "";
            [DemographicData, ProcessingFor<CustomerAccount>] public DateOnly? DateOfBirth { get; set; }
            public List<Order> Orders { get; set; } = [];
            public AllergyNote? Allergy { get; set; }
        }

        public sealed class AllergyNote
        {
            public Guid Id { get; set; }
            public Guid CustomerId { get; set; }
            [HealthData, ProcessingFor<AllergyWarnings>] public string Allergies { get; set; } = "";
        }

        public sealed class Order
        {
            public Guid Id { get; set; }
            public Guid CustomerId { get; set; }
            public Customer? Customer { get; set; }
            [AddressData, ProcessingFor<Ordering>] public string ShippingAddress { get; set; } = "";
        }

        public class Invoice
        {
            public Guid Id { get; set; }
            public virtual Customer? Payer { get; set; }
        }

        public class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
        {
            public DbSet<Customer> Customers => Set<Customer>();
            public DbSet<Order> Orders => Set<Order>();
            public DbSet<AllergyNote> AllergyNotes => Set<AllergyNote>();
            public DbSet<Invoice> Invoices => Set<Invoice>();
        """;

    private static DiagnosticResult Expect(string id, int location) =>
        new DiagnosticResult(id, id == "LB0002" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public async Task Model_configuration_is_not_processing()
    {
        await AnalyzeWithEntityFramework<PersonalDataProcessingAnalyzer>("""
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
            {
                public void Configure(EntityTypeBuilder<Customer> builder)
                {
                    builder.Property(c => c.Name).HasMaxLength(200);
                    builder.HasIndex(c => new { c.Email, c.Name }).IsUnique();
                }
            }

            public static class Mapping
            {
                public static void ConfigureOrders(EntityTypeBuilder<Order> orders) => orders.HasOne(o => o.Customer).WithMany(c => c.Orders);

                // Not configuration: reading the data, with no purpose to attribute it to (Email is collected for two).
                public static string Read(Customer customer) => {|LB0001:customer.Email|};
            }
            """ + Shop + """

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Customer>().HasMany(c => c.Orders).WithOne(o => o.Customer).HasForeignKey(o => o.CustomerId);
                    modelBuilder.Entity<Customer>().HasOne(c => c.Allergy).WithOne().HasForeignKey<AllergyNote>(a => a.CustomerId);
                    modelBuilder.Entity<Customer>().Property(c => c.Email).HasMaxLength(320);
                    modelBuilder.Entity<Customer>().HasIndex(c => c.Email).IsUnique();
                    modelBuilder.Entity<Customer>(customer => customer.Property(c => c.Name).IsRequired());
                }
            }
            """);
    }

    [Fact]
    public async Task Lambdas_handed_to_a_builder_outside_a_configuration_method_are_configuration_too()
    {
        await AnalyzeWithEntityFramework<PersonalDataProcessingAnalyzer>("""
            public static class Mapping
            {
                public static void Configure(ShopDbModel model) => model.Builder.Entity<Customer>().Property(c => c.Email).HasMaxLength(320);
                public static Func<Customer, string> Reader() => c => {|LB0001:c.Email|};
            }
            public sealed class ShopDbModel(ModelBuilder builder) { public ModelBuilder Builder => builder; }
            """ + Shop + "\n}");
    }

    [Fact]
    public async Task Seed_data_is_processing_of_the_values_it_stores()
    {
        // HasData writes its values into the database: storing personal data (GDPR Art. 4(2)), so it needs a purpose.
        await AnalyzeWithEntityFramework<PersonalDataProcessingAnalyzer>(Shop + """

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Customer>().Property(c => c.Email).HasMaxLength(320);
                    modelBuilder.Entity<Customer>().HasData(new Customer { Id = Guid.Empty, {|LB0001:Email|} = "seed@example.com" });
                    modelBuilder.Entity<Order>().HasData(new Order { Id = Guid.Empty, ShippingAddress = "1 Main St" });
                }
            }
            """);
    }

    [Fact]
    public async Task A_queried_entity_discloses_only_the_navigations_the_query_includes()
    {
        await AnalyzeWithEntityFramework<PersonalDataProcessingAnalyzer>(
            """
            using System.Text.Json;
            using System.Threading.Tasks;
            public sealed class OrderExport(ShopDb db)
            {
                // Order.Customer is never loaded: only the order's own ShippingAddress (collected for Ordering) is sent.
                [ProcessingFor<Ordering>]
                public async Task<string> Unloaded(Guid id) => JsonSerializer.Serialize(await db.Orders.Where(o => o.CustomerId == id).AsNoTracking().ToListAsync());

                [ProcessingFor<Ordering>]
                public async Task<string> Included(Guid id) =>
                    JsonSerializer.Serialize({|#0:await db.Orders.Include(o => o.Customer).ThenInclude(c => c!.Allergy).Where(o => o.CustomerId == id).ToListAsync()|});

                [ProcessingFor<Ordering>]
                public async Task<string> CustomerOnly() => JsonSerializer.Serialize({|#1:await db.Orders.Include(o => o.Customer).ToListAsync()|});

                [ProcessingFor<Ordering>]
                public async Task<string> ByPath() => JsonSerializer.Serialize({|#2:await db.Orders.Include("Customer.Allergy").ToListAsync()|});

                [ProcessingFor<Ordering>]
                public async Task<string> Found(Guid id) => JsonSerializer.Serialize({|#3:await db.Customers.FindAsync(id)|});

                // A virtual navigation (Payer) may be lazy-loaded while it is serialised; Payer's own navigations are not virtual.
                [ProcessingFor<Ordering>]
                public async Task<string> Lazy() => JsonSerializer.Serialize({|#4:await db.Invoices.ToListAsync()|});

                // Not a query: what the list holds is unknown, so every member counts.
                [ProcessingFor<Ordering>]
                public string Given(List<Order> orders) => JsonSerializer.Serialize({|#5:orders|});

                // Projected: the result is another type; Includes may be ignored, so every member counts.
                [ProcessingFor<Ordering>]
                public async Task<string> Projected() => JsonSerializer.Serialize({|#6:await db.Orders.Select(o => o.Customer).ToListAsync()|});
            }
            """ + Shop + "\n}",
            // Customer.DateOfBirth (CustomerAccount only), Customer.Allergy.Allergies (health data, AllergyWarnings only)
            Expect("LB0002", 0), Expect("LB0006", 0), Expect("LB0006", 0),
            Expect("LB0006", 1),
            Expect("LB0002", 2), Expect("LB0006", 2), Expect("LB0006", 2),
            Expect("LB0006", 3),
            Expect("LB0006", 4),
            Expect("LB0002", 5), Expect("LB0006", 5), Expect("LB0006", 5),
            Expect("LB0002", 6), Expect("LB0006", 6), Expect("LB0006", 6));
    }
}
