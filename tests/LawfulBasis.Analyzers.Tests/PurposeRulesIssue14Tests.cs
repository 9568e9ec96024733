using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>LB0003 applies the rules issue 14 added to the shared PurposeRules, at build time as the catalog does at start-up.</summary>
public class PurposeRulesIssue14Tests
{
    [Fact]
    public async Task Impact_assessments_automated_decisions_derogations_and_erasure_exceptions_are_checked_in_the_build()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [{|LB0003:Purpose("Score loans", LegalBasis.Contract, AutomatedDecision = "Refuses")|}] public sealed class Scoring;
            [{|LB0003:Purpose("Score leads", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-1", AutomatedDecision = "Refuses", DpiaReference = "DPIA-1")|}] public sealed class LeadScoring;
            [{|LB0003:Purpose("Watch the car park", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-2", SystematicMonitoring = true)|}] public sealed class Cameras;
            [{|LB0003:Purpose("Book hotels", LegalBasis.Contract)|}, Transfer("TH", TransferSafeguard.Derogation, Reference = "TR-1")] public sealed class Travel;
            [{|LB0003:Purpose("Defend claims", LegalBasis.Contract, ErasureException = ErasureException.LegalClaims)|}] public sealed class Claims;
            [{|LB0003:Purpose("Search faces", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, LargeScale = true, Categories = [typeof(BiometricDataAttribute)])|}] public sealed class FaceSearch;
            """);
    }

    [Fact]
    public async Task Declarations_the_corrected_rules_accept_build_cleanly()
    {
        await Analyze<PurposeDeclarationAnalyzer>("""
            [Purpose("Score loans", LegalBasis.Contract, AutomatedDecision = "Refuses", DpiaReference = "DPIA-1")] public sealed class Scoring;
            [Purpose("Members' news", LegalBasis.Consent, Condition = SpecialCategoryCondition.NotForProfitBody, Categories = [typeof(ReligiousOrPhilosophicalBeliefDataAttribute)])] public sealed class ParishNews;
            [Purpose("Teleconsultation", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare, ContractReference = "Agreement with Dr Roux", Categories = [typeof(HealthDataAttribute)])] public sealed class Teleconsultation;
            [Purpose("Book hotels", LegalBasis.Contract), Transfer("TH", TransferSafeguard.Derogation, Derogation = TransferDerogation.ContractWithSubject, Reference = "TR-1")] public sealed class Travel;
            [Purpose("Defend claims", LegalBasis.Contract, ErasureException = ErasureException.LegalClaims, ErasureExceptionReference = "Code civil 2224")] public sealed class Claims;
            [Purpose("Search faces", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, LargeScale = true, DpiaReference = "DPIA-9", Categories = [typeof(BiometricDataAttribute)])] public sealed class FaceSearch;
            """);
    }
}
