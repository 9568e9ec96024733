using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

public class PurposeDeclarationTests
{
    [Fact]
    public async Task Invalid_purposes_are_errors_on_their_attribute()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [{|LB0003:Purpose("Send product news", LegalBasis.LegitimateInterests)|}] public sealed class Newsletter;
            [{|LB0003:Purpose("Keep invoices", LegalBasis.LegalObligation)|}] public sealed class Bookkeeping;
            [{|LB0003:Purpose("Bill", LegalBasis.Contract, Retention = "10 years")|}] public sealed class Billing;
            [{|LB0003:Purpose("Match faces", LegalBasis.Consent, Categories = [typeof(BiometricDataAttribute)])|}] public sealed class FaceMatching;
            [{|LB0003:Purpose("Health tips", LegalBasis.Consent, Condition = SpecialCategoryCondition.LegalClaims, Categories = [typeof(HealthDataAttribute)])|}] public sealed class HealthTips;
            [{|LB0003:Purpose("Host", LegalBasis.Contract)|}, Transfer("US", TransferSafeguard.None)] public sealed class Hosting;
            [{|LB0003:Purpose("Bill", LegalBasis.Contract, Categories = [typeof(string)])|}] public sealed class WrongCategory;
            """);
    }

    [Fact]
    public async Task Valid_purposes_are_accepted()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [Purpose("Send product news", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1")] public sealed class Newsletter;
            [Purpose("Keep invoices", LegalBasis.LegalObligation, LegalReference = "Code de commerce L123-22", Retention = "P10Y")] public sealed class Bookkeeping;
            [Purpose("Unlock", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(BiometricDataAttribute)])] public sealed class FaceUnlock;
            [Purpose("Host", LegalBasis.Contract), Transfer("US", TransferSafeguard.StandardContractualClauses), Transfer("IE", TransferSafeguard.None)] public sealed class Hosting;
            """);
    }

    [Fact]
    public async Task The_message_names_the_article_and_the_fix()
    {
        var expected = Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("LB0003")
            .WithSpan(5, 2, 5, 62)
            .WithMessage("Purpose `Newsletter` uses LegitimateInterests but names no legitimate-interest assessment (Art. 6(1)(f)); set AssessmentReference");
        await AnalyzeWithExpected<PurposeDeclarationAnalyzer>(
            """[Purpose("Send product news", LegalBasis.LegitimateInterests)] public sealed class Newsletter;""",
            expected);
    }

    [Fact]
    public async Task ProcessingFor_must_name_a_purpose_wherever_it_is()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [assembly: {|LB0003:ProcessingFor<NotAPurpose>|}]
            public sealed class NotAPurpose;
            [{|LB0003:ProcessingFor<NotAPurpose>|}]
            public class Customer
            {
                [ContactData, {|LB0003:ProcessingFor<NotAPurpose>|}] public string? Email { get; set; }
                [{|LB0003:ProcessingFor<NotAPurpose>|}] public void Send() { }
                [{|LB0003:ProcessingFor<NotAPurpose>|}] private string? _field;
            }
            """);
    }

    [Fact]
    public async Task Binding_special_category_data_to_a_purpose_without_a_condition_is_an_error_on_the_binding()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [Purpose("Treat patients", LegalBasis.Contract)] public sealed class Treatment;
            [Purpose("Vet staff", LegalBasis.Contract)] public sealed class Vetting;
            [Purpose("Care", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare, LegalReference = "CSP L1110-4")] public sealed class Care;
            public class Patient
            {
                [HealthData, {|LB0003:ProcessingFor<Treatment>|}, ProcessingFor<Care>] public string? Diagnosis { get; set; }
                [NameData, ProcessingFor<Treatment>] public string? Name { get; set; }
            }
            [{|LB0003:ProcessingFor<Vetting>|}]
            public class Candidate { [CriminalData] public string? Record { get; set; } }
            """);
    }

    [Fact]
    public async Task A_public_authority_cannot_use_legitimate_interests()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [assembly: Controller("City of Lyon", IsPublicAuthority = true)]
            [{|LB0003:Purpose("Permits", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1")|}] public sealed class Permits;
            """);
    }

    [Fact]
    public async Task Incomplete_declarations_do_not_crash_the_analyzer()
    {
        await AnalyzeIncomplete<PurposeDeclarationAnalyzer>("""
            [Purpose("x", LegalBasis.)] public sealed class A;
            [Purpose(LegalBasis.Contract)] public sealed class B;
            [{|LB0003:Purpose("y", (LegalBasis)42, Retention = null, Categories = null)|}] public sealed class C;
            [{|LB0003:Purpose("z", LegalBasis.Contract, Condition = (SpecialCategoryCondition)99)|}] public sealed class D;
            [ProcessingFor<Nope>] public class E { }
            [Transfer(null, TransferSafeguard.None)] [{|LB0003:Purpose("t", LegalBasis.Contract)|}] public sealed class F;
            """);
    }
}
