using System.Reflection;
using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis.Tests;

public class VocabularyTests
{
    private static readonly Type[] CategoryAttributes = [.. typeof(PersonalDataAttribute).Assembly.GetExportedTypes()
        .Where(t => typeof(PersonalDataAttribute).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void Every_category_is_a_sealed_GDPR_data_classification_with_a_public_parameterless_constructor()
    {
        Assert.True(CategoryAttributes.Length >= 22, $"only {CategoryAttributes.Length} categories");
        foreach (var type in CategoryAttributes)
        {
            Assert.True(type.IsSealed, $"{type.Name} should be sealed");
            Assert.True(typeof(DataClassificationAttribute).IsAssignableFrom(type));
            var attribute = (PersonalDataAttribute)Activator.CreateInstance(type)!;
            Assert.Equal("GDPR", attribute.Classification.TaxonomyName);
            Assert.Equal(type.Name[..^"Attribute".Length], attribute.Category);
        }
    }

    [Fact]
    public void Every_built_in_category_has_its_classification_in_the_taxonomy()
    {
        var taxonomy = typeof(GdprTaxonomy).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => (DataClassification)p.GetValue(null)!)
            .ToHashSet();
        foreach (var type in CategoryAttributes)
        {
            var attribute = (PersonalDataAttribute)Activator.CreateInstance(type)!;
            Assert.Contains(attribute.Classification, taxonomy);
        }

        Assert.Equal(CategoryAttributes.Length, taxonomy.Count);
    }

    [Theory]
    [InlineData(typeof(RacialOrEthnicOriginDataAttribute))]
    [InlineData(typeof(PoliticalOpinionDataAttribute))]
    [InlineData(typeof(ReligiousOrPhilosophicalBeliefDataAttribute))]
    [InlineData(typeof(TradeUnionMembershipDataAttribute))]
    [InlineData(typeof(GeneticDataAttribute))]
    [InlineData(typeof(BiometricDataAttribute))]
    [InlineData(typeof(HealthDataAttribute))]
    [InlineData(typeof(SexLifeOrSexualOrientationDataAttribute))]
    public void Every_Art_9_1_category_is_a_special_category(Type type)
    {
        Assert.True(typeof(SpecialCategoryDataAttribute).IsAssignableFrom(type));
    }

    [Fact]
    public void Exactly_the_eight_Art_9_1_categories_are_special()
    {
        Assert.Equal(8, CategoryAttributes.Count(typeof(SpecialCategoryDataAttribute).IsAssignableFrom));
    }

    [Fact]
    public void Criminal_data_is_its_own_Art_10_kind_not_a_special_category()
    {
        Assert.False(typeof(SpecialCategoryDataAttribute).IsAssignableFrom(typeof(CriminalDataAttribute)));
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Screen applicants", LegalBasis.LegalObligation, LegalReference = "Financial Services Act s.12")]
            public sealed class Screening;
            public class Applicant { [CriminalData, ProcessingFor<Screening>] public string? Record { get; set; } }
            """);
        var category = Assert.Single(catalog.GetPurposeNamed("Screening").Categories);
        Assert.Equal(DataCategoryKind.CriminalOffence, category.Kind);
        Assert.Equal("Art. 10", category.Article);
    }

    [Fact]
    public void Lawful_bases_are_the_six_of_Art_6_1_in_order()
    {
        Assert.Equal(
            ["Consent", "Contract", "LegalObligation", "VitalInterests", "PublicTask", "LegitimateInterests"],
            Enum.GetNames<LegalBasis>());
    }

    [Fact]
    public void Art_9_conditions_are_the_ten_of_Art_9_2_in_order_after_None()
    {
        Assert.Equal(
            ["None", "ExplicitConsent", "Employment", "VitalInterests", "NotForProfitBody", "MadePublicBySubject",
             "LegalClaims", "SubstantialPublicInterest", "HealthOrSocialCare", "PublicHealth", "ArchivingResearchStatistics"],
            Enum.GetNames<SpecialCategoryCondition>());
    }

    [Fact]
    public void A_user_defined_category_is_personal_data_for_the_catalog()
    {
        var catalog = DeclarationCompiler.Catalog("""
            public sealed class LoyaltyDataAttribute() : PersonalDataAttribute("LoyaltyData");
            public sealed class GaitDataAttribute() : SpecialCategoryDataAttribute("GaitData");
            public class Member
            {
                [LoyaltyData] public int Points { get; set; }
                [GaitData] public byte[]? Gait { get; set; }
            }
            """);
        var member = Assert.Single(catalog.DataTypes);
        Assert.Equal(
            [("Gait", DataCategoryKind.SpecialCategory), ("Points", DataCategoryKind.Ordinary)],
            member.Members.Select(m => (m.Name, Assert.Single(m.Categories).Kind)));
    }

    [Fact]
    public void ProcessingFor_exposes_its_purpose_to_reflection()
    {
        ProcessingForAttribute attribute = new ProcessingForAttribute<VocabularyTests>();
        Assert.Equal(typeof(VocabularyTests), attribute.Purpose);
    }
}

internal static class CatalogTestExtensions
{
    public static PurposeDeclaration GetPurposeNamed(this ProcessingCatalog catalog, string name) =>
        catalog.Purposes.Single(p => p.Name == name);
}
