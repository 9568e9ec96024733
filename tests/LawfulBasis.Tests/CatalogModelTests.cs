namespace LawfulBasis.Tests;

public class CatalogModelTests
{
    private static readonly Lazy<ProcessingCatalog> Shop = new(() => DeclarationCompiler.Catalog(ShopDeclarations.Source));

    [Fact]
    public void Purposes_and_data_types_are_ordered_by_name()
    {
        var catalog = Shop.Value;
        Assert.Equal(["AllergyFilter", "Bookkeeping", "FraudPrevention", "Newsletter", "Ordering"], catalog.Purposes.Select(p => p.Name));
        Assert.Equal(["Customer", "Invoice", "SupportTicket"], catalog.DataTypes.Select(t => t.Name));
    }

    [Fact]
    public void Purposes_on_the_type_and_on_the_member_both_travel_with_the_data()
    {
        var invoice = Shop.Value.DataTypes.Single(t => t.Name == "Invoice");
        Assert.Equal(["Bookkeeping", "Ordering"], invoice.Members.Single(m => m.Name == "Iban").Purposes.Select(p => p.Name));
        Assert.Equal(["Bookkeeping"], invoice.Members.Single(m => m.Name == "BilledTo").Purposes.Select(p => p.Name));
        Assert.Equal(["Bookkeeping"], invoice.Purposes.Select(p => p.Name));
        Assert.Equal("customer", invoice.SubjectCategory);
        Assert.Equal("CustomerId", invoice.SubjectIdMember);
    }

    [Fact]
    public void A_purpose_uses_the_categories_it_lists_and_those_of_the_data_bound_to_it()
    {
        var catalog = Shop.Value;
        Assert.Equal(["AddressData", "ContactData", "FinancialData", "NameData"], catalog.GetPurposeNamed("Ordering").Categories.Select(c => c.Name));
        Assert.Equal(["OnlineIdentifierData"], catalog.GetPurposeNamed("FraudPrevention").Categories.Select(c => c.Name));
        Assert.True(catalog.GetPurposeNamed("AllergyFilter").UsesSpecialCategories);
        Assert.Equal(["customer", "supplier"], catalog.GetPurposeNamed("Bookkeeping").DataSubjects);
    }

    [Fact]
    public void A_purpose_on_the_whole_type_reaches_every_member_including_special_categories()
    {
        var problems = DeclarationCompiler.Problems("""
            [Purpose("Take orders", LegalBasis.Contract)] public sealed class Ordering;
            [ProcessingFor<Ordering>] public class Customer { [ContactData] public string? Email { get; set; } [HealthData] public string? Allergies { get; set; } }
            """);
        Assert.Equal("SpecialCategoryWithoutCondition", Assert.Single(problems).Rule);
    }

    [Fact]
    public void Data_with_no_purpose_is_listed_with_none()
    {
        var ticket = Shop.Value.DataTypes.Single(t => t.Name == "SupportTicket");
        Assert.Empty(Assert.Single(ticket.Members).Purposes);
    }

    [Fact]
    public void Unclassified_members_are_not_personal_data()
    {
        var invoice = Shop.Value.DataTypes.Single(t => t.Name == "Invoice");
        Assert.DoesNotContain(invoice.Members, m => m.Name == "Total");
    }

    [Fact]
    public void Purposes_are_found_by_type()
    {
        var catalog = Shop.Value;
        var ordering = catalog.Purposes.Single(p => p.Name == "Ordering");
        Assert.True(catalog.TryGetPurpose(ordering.Type, out var found));
        Assert.Same(ordering, found);
        Assert.False(catalog.TryGetPurpose(typeof(string), out _));
        var error = Assert.Throws<KeyNotFoundException>(() => catalog.GetPurpose<string>());
        Assert.Contains("add [Purpose(...)]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASP_NET_Core_Identity_personal_data_is_recognised_by_name()
    {
        var catalog = DeclarationCompiler.Catalog("""
            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : Attribute { }
                public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
            }
            public class AppUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData] public string? PhoneNumber { get; set; }
                [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Email { get; set; }
                public string? Theme { get; set; }
            }
            """);
        var user = Assert.Single(catalog.DataTypes);
        Assert.Equal(["Email", "PhoneNumber"], user.Members.Select(m => m.Name));
    }

    [Fact]
    public void Other_classification_taxonomies_count_and_NoDataClassification_does_not()
    {
        var catalog = DeclarationCompiler.Catalog("""
            public sealed class SecretAttribute() : DataClassificationAttribute(new DataClassification("Acme", "Secret"));
            public class Order
            {
                [Secret] public string? Note { get; set; }
                [NoDataClassification] public string? Sku { get; set; }
            }
            """);
        var member = Assert.Single(Assert.Single(catalog.DataTypes).Members);
        Assert.Equal(new DataCategory("Secret", "Acme", DataCategoryKind.Ordinary), Assert.Single(member.Categories));
    }

    [Fact]
    public void A_positional_record_parameter_classifies_its_property()
    {
        var catalog = DeclarationCompiler.Catalog("""
            public record Traveller([GovernmentIdentifierData] string Passport, [property: NameData] string Name, int Seats);
            """);
        var traveller = Assert.Single(catalog.DataTypes);
        Assert.Equal(["Name", "Passport"], traveller.Members.Select(m => m.Name));
    }

    [Fact]
    public void Declarations_from_several_assemblies_form_one_catalog()
    {
        var purposes = DeclarationCompiler.Compile("""
            [assembly: Controller("Acme SAS")]
            namespace Acme.Purposes { [Purpose("Bill customers", LegalBasis.Contract)] public sealed class Billing; }
            """);
        var catalog = ProcessingCatalog.FromAssemblies(purposes, purposes);
        Assert.Equal("Acme SAS", catalog.Controller?.Name);
        Assert.Single(catalog.Purposes);
    }
}
