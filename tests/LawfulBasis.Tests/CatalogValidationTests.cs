namespace LawfulBasis.Tests;

/// <summary>Each GDPR rule the catalog enforces: one declaration it refuses, naming the article, and one it accepts.</summary>
public class CatalogValidationTests
{
    private static DeclarationProblem SingleProblem(string source, string rule)
    {
        var problems = DeclarationCompiler.Problems(source);
        var problem = Assert.Single(problems);
        Assert.Equal(rule, problem.Rule);
        return problem;
    }

    private static void Valid(string source) => Assert.Empty(DeclarationCompiler.Problems(source));

    [Fact]
    public void Legitimate_interests_need_an_assessment_reference()
    {
        var problem = SingleProblem("""
            [Purpose("Send product news", LegalBasis.LegitimateInterests)] public sealed class Newsletter;
            """, "LegitimateInterestsWithoutAssessment");
        Assert.Equal("Art. 6(1)(f)", problem.Article);
        Assert.Equal(
            "Purpose `Newsletter` uses LegitimateInterests but names no legitimate-interest assessment (Art. 6(1)(f)); set AssessmentReference",
            problem.Message);

        Valid("""
            [Purpose("Send product news", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-2026-04")] public sealed class Newsletter;
            """);
    }

    [Fact]
    public void A_public_authority_cannot_rely_on_legitimate_interests()
    {
        var problem = SingleProblem("""
            [assembly: Controller("City of Lyon", IsPublicAuthority = true)]
            [Purpose("Issue parking permits", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1")] public sealed class Permits;
            """, "LegitimateInterestsByPublicAuthority");
        Assert.Equal("Art. 6(1)", problem.Article);

        Valid("""
            [assembly: Controller("City of Lyon", IsPublicAuthority = true)]
            [Purpose("Issue parking permits", LegalBasis.PublicTask, LegalReference = "Code de la route L411-1")] public sealed class Permits;
            """);
    }

    [Theory]
    [InlineData("LegalObligation")]
    [InlineData("PublicTask")]
    public void Legal_obligation_and_public_task_need_a_legal_reference(string basis)
    {
        var problem = SingleProblem($$"""
            [Purpose("Keep invoices", LegalBasis.{{basis}})] public sealed class Bookkeeping;
            """, "BasisWithoutLegalReference");
        Assert.Equal("Art. 6(3)", problem.Article);
        Assert.Contains("set LegalReference", problem.Message, StringComparison.Ordinal);

        Valid($$"""
            [Purpose("Keep invoices", LegalBasis.{{basis}}, LegalReference = "Code de commerce L123-22")] public sealed class Bookkeeping;
            """);
    }

    [Fact]
    public void Special_category_data_bound_to_a_purpose_needs_an_Art_9_condition()
    {
        var problem = SingleProblem("""
            [Purpose("Treat patients", LegalBasis.Contract)] public sealed class Treatment;
            public class Patient { [HealthData, ProcessingFor<Treatment>] public string? Diagnosis { get; set; } }
            """, "SpecialCategoryWithoutCondition");
        Assert.Equal("Art. 9(1)", problem.Article);
        Assert.Equal(
            "Purpose `Treatment` uses special-category data (HealthData) but declares no Art. 9(2) condition (Art. 9(1)); set Condition",
            problem.Message);

        Valid("""
            [Purpose("Treat patients", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare, LegalReference = "Code de la santé publique L1110-4")]
            public sealed class Treatment;
            public class Patient { [HealthData, ProcessingFor<Treatment>] public string? Diagnosis { get; set; } }
            """);
    }

    [Fact]
    public void Special_category_listed_by_the_purpose_needs_an_Art_9_condition()
    {
        SingleProblem("""
            [Purpose("Match faces", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-7", Categories = [typeof(BiometricDataAttribute)])]
            public sealed class FaceMatching;
            """, "SpecialCategoryWithoutCondition");

        Valid("""
            [Purpose("Unlock the phone with a face", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(BiometricDataAttribute)])]
            public sealed class FaceUnlock;
            """);
    }

    [Fact]
    public void Consent_for_special_category_data_must_be_explicit()
    {
        var problem = SingleProblem("""
            [Purpose("Share health tips", LegalBasis.Consent, Condition = SpecialCategoryCondition.LegalClaims, Categories = [typeof(HealthDataAttribute)])]
            public sealed class HealthTips;
            """, "ConsentWithoutExplicitConsent");
        Assert.Equal("Art. 9(2)(a)", problem.Article);
        Assert.Contains("SpecialCategoryCondition.ExplicitConsent", problem.Message, StringComparison.Ordinal);

        Valid("""
            [Purpose("Share health tips", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(HealthDataAttribute)])]
            public sealed class HealthTips;
            """);
    }

    [Theory]
    [InlineData("Employment", "Art. 9(2)(b)")]
    [InlineData("SubstantialPublicInterest", "Art. 9(2)(g)")]
    [InlineData("HealthOrSocialCare", "Art. 9(2)(h)")]
    [InlineData("PublicHealth", "Art. 9(2)(i)")]
    [InlineData("ArchivingResearchStatistics", "Art. 9(2)(j)")]
    public void Conditions_resting_on_law_need_a_legal_reference(string condition, string article)
    {
        var problem = SingleProblem($$"""
            [Purpose("Manage sick leave", LegalBasis.Contract, Condition = SpecialCategoryCondition.{{condition}}, Categories = [typeof(HealthDataAttribute)])]
            public sealed class SickLeave;
            """, "ConditionWithoutLegalReference");
        Assert.Equal(article, problem.Article);

        Valid($$"""
            [Purpose("Manage sick leave", LegalBasis.Contract, Condition = SpecialCategoryCondition.{{condition}}, LegalReference = "Code du travail L1226-1", Categories = [typeof(HealthDataAttribute)])]
            public sealed class SickLeave;
            """);
    }

    [Theory]
    [InlineData("VitalInterests")]
    [InlineData("NotForProfitBody")]
    [InlineData("MadePublicBySubject")]
    [InlineData("LegalClaims")]
    public void Conditions_not_resting_on_law_need_no_legal_reference(string condition)
    {
        Valid($$"""
            [Purpose("Handle the case", LegalBasis.Contract, Condition = SpecialCategoryCondition.{{condition}}, Categories = [typeof(HealthDataAttribute)])]
            public sealed class CaseHandling;
            """);
    }

    [Fact]
    public void Criminal_data_needs_a_legal_reference()
    {
        var problem = SingleProblem("""
            [Purpose("Vet staff", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-3")] public sealed class Vetting;
            public class Candidate { [CriminalData, ProcessingFor<Vetting>] public string? Convictions { get; set; } }
            """, "CriminalDataWithoutLegalReference");
        Assert.Equal("Art. 10", problem.Article);

        Valid("""
            [Purpose("Vet staff", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-3", LegalReference = "Code de l'éducation L911-5")] public sealed class Vetting;
            public class Candidate { [CriminalData, ProcessingFor<Vetting>] public string? Convictions { get; set; } }
            """);
    }

    [Fact]
    public void Retention_must_be_an_ISO_8601_duration()
    {
        var problem = SingleProblem("""
            [Purpose("Bill customers", LegalBasis.Contract, Retention = "10 years")] public sealed class Billing;
            """, "InvalidRetention");
        Assert.Equal("Art. 5(1)(e)", problem.Article);
        Assert.Contains("P10Y", problem.Message, StringComparison.Ordinal);

        Valid("""
            [Purpose("Bill customers", LegalBasis.Contract, Retention = "P10Y")] public sealed class Billing;
            """);
    }

    [Fact]
    public void A_transfer_outside_the_EEA_needs_a_safeguard()
    {
        var problem = SingleProblem("""
            [Purpose("Host the shop", LegalBasis.Contract), Transfer("US", TransferSafeguard.None)] public sealed class Hosting;
            """, "TransferWithoutSafeguard");
        Assert.Equal("Art. 44", problem.Article);
        Assert.Contains("US, outside the EEA", problem.Message, StringComparison.Ordinal);

        Valid("""
            [Purpose("Host the shop", LegalBasis.Contract)]
            [Transfer("US", TransferSafeguard.StandardContractualClauses, Reference = "SCC 2021/914 module 2")]
            [Transfer("NO", TransferSafeguard.None)]
            [Transfer("DE", TransferSafeguard.None)]
            public sealed class Hosting;
            """);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("us")]
    [InlineData("XX")]
    [InlineData("EL")]
    public void A_transfer_destination_must_be_an_ISO_3166_code(string country)
    {
        var problem = SingleProblem($$"""
            [Purpose("Host the shop", LegalBasis.Contract), Transfer("{{country}}", TransferSafeguard.AdequacyDecision)] public sealed class Hosting;
            """, "InvalidTransferCountry");
        Assert.Contains($"\"{country}\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Art_49_derogation_must_be_documented()
    {
        SingleProblem("""
            [Purpose("Book a hotel abroad", LegalBasis.Contract), Transfer("TH", TransferSafeguard.Derogation, Derogation = TransferDerogation.ContractWithSubject)] public sealed class Travel;
            """, "DerogationWithoutReference");

        Valid("""
            [Purpose("Book a hotel abroad", LegalBasis.Contract), Transfer("TH", TransferSafeguard.Derogation, Derogation = TransferDerogation.ContractWithSubject, Reference = "Assessment TR-9")] public sealed class Travel;
            """);
    }

    [Fact]
    public void ProcessingFor_must_name_a_purpose_wherever_it_is()
    {
        var problems = DeclarationCompiler.Problems("""
            [assembly: ProcessingFor<Customer>]
            public sealed class NotAPurpose;
            [ProcessingFor<NotAPurpose>]
            public class Customer
            {
                [ContactData, ProcessingFor<NotAPurpose>] public string? Email { get; set; }
                [ProcessingFor<NotAPurpose>] public void Send() { }
            }
            """);
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Equal("ProcessingForNonPurpose", p.Rule));
        Assert.Contains(problems, p => p.Message.StartsWith("Customer.Email names `NotAPurpose`", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.StartsWith("Customer.Send names `NotAPurpose`", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("names `Customer` in ProcessingFor", StringComparison.Ordinal));
    }

    [Fact]
    public void Purpose_categories_must_be_personal_data_categories()
    {
        var problem = SingleProblem("""
            [Purpose("Bill customers", LegalBasis.Contract, Categories = [typeof(string), typeof(ContactDataAttribute)])] public sealed class Billing;
            """, "CategoryNotPersonalData");
        Assert.Contains("`String`", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_purpose_must_be_described()
    {
        var problem = SingleProblem("""
            [Purpose(" ", LegalBasis.Contract)] public sealed class Billing;
            """, "MissingDescription");
        Assert.Equal("Art. 5(1)(b)", problem.Article);
    }

    [Fact]
    public void One_record_covers_one_controller()
    {
        var first = DeclarationCompiler.Compile("""[assembly: Controller("Acme SAS")]""");
        var second = DeclarationCompiler.Compile("""[assembly: Controller("Other GmbH")]""");
        var problem = Assert.Single(ProcessingCatalog.Validate(first, second));
        Assert.Equal("ConflictingControllers", problem.Rule);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_by_the_exception()
    {
        var assembly = DeclarationCompiler.Compile("""
            [Purpose("Send product news", LegalBasis.LegitimateInterests)] public sealed class Newsletter;
            [Purpose("Treat patients", LegalBasis.Contract, Retention = "forever")] public sealed class Treatment;
            public class Patient { [HealthData, ProcessingFor<Treatment>] public string? Diagnosis { get; set; } }
            """);
        var error = Assert.Throws<InvalidDeclarationsException>(() => ProcessingCatalog.FromAssemblies(assembly));
        Assert.Equal(3, error.Problems.Count);
        Assert.StartsWith("3 processing declarations break GDPR rules:", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 6(1)(f))", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 9(1))", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 5(1)(e))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_from_no_assembly_is_a_usage_error()
    {
        var error = Assert.Throws<ArgumentException>(() => ProcessingCatalog.FromAssemblies());
        Assert.Contains("at least one assembly", error.Message, StringComparison.Ordinal);
    }
}
