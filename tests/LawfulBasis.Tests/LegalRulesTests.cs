namespace LawfulBasis.Tests;

/// <summary>
/// The rules issue 14 corrected or added: each case fails on the old rules (accepted something unlawful, or refused
/// something lawful), naming the exact article and point.
/// </summary>
public class LegalRulesTests
{
    private static IReadOnlyList<DeclarationProblem> Problems(string source) => DeclarationCompiler.Problems(source);

    private static DeclarationProblem SingleProblem(string source, string rule)
    {
        var problem = Assert.Single(Problems(source));
        Assert.Equal(rule, problem.Rule);
        return problem;
    }

    private static void Valid(string source) => Assert.Empty(Problems(source));

    // Fix 8: Art. 6(1)(a) may accompany Art. 9(2)(d), (e) and (h).
    [Theory]
    [InlineData("NotForProfitBody")]
    [InlineData("MadePublicBySubject")]
    public void Consent_is_lawful_with_conditions_that_do_not_rest_on_law(string condition) => Valid($$"""
        [Purpose("Members' newsletter on faith events", LegalBasis.Consent, Condition = SpecialCategoryCondition.{{condition}},
            Categories = [typeof(ReligiousOrPhilosophicalBeliefDataAttribute)])]
        public sealed class ParishNews;
        """);

    [Fact]
    public void Consent_with_health_care_is_lawful_and_health_care_may_rest_on_a_contract_with_a_health_professional()
    {
        Valid("""
            [Purpose("Teleconsultation", LegalBasis.Consent, Condition = SpecialCategoryCondition.HealthOrSocialCare,
                ContractReference = "Teleconsultation agreement with Dr Roux (bound by professional secrecy)", Categories = [typeof(HealthDataAttribute)])]
            public sealed class Teleconsultation;
            """);

        var problem = SingleProblem("""
            [Purpose("Teleconsultation", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare, Categories = [typeof(HealthDataAttribute)])]
            public sealed class Teleconsultation;
            """, "ConditionWithoutLegalReference");
        Assert.Equal("Art. 9(2)(h)", problem.Article);
        Assert.Contains("Union or Member State law or a contract with a health professional", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_employment_condition_names_collective_agreements()
    {
        var problem = SingleProblem("""
            [Purpose("Manage trade-union dues", LegalBasis.Contract, Condition = SpecialCategoryCondition.Employment,
                Categories = [typeof(TradeUnionMembershipDataAttribute)])]
            public sealed class Dues;
            """, "ConditionWithoutLegalReference");
        Assert.Equal("Art. 9(2)(b)", problem.Article);
        Assert.Contains("Union or Member State law or a collective agreement pursuant to Member State law", problem.Message, StringComparison.Ordinal);
    }

    // Fix 7: Art. 22(2) and 22(4).
    [Fact]
    public void Automated_decisions_need_a_point_of_Art_22_2()
    {
        var problem = Problems("""
            [Purpose("Score loan applications", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-4",
                AutomatedDecision = "Refuses loans below a score", DpiaReference = "DPIA-2")]
            public sealed class Scoring;
            """).Single(p => p.Rule == "AutomatedDecisionWithoutGround");
        Assert.Equal("Art. 22(2)", problem.Article);

        Valid("""
            [Purpose("Approve instant credit at checkout", LegalBasis.Contract, AutomatedDecision = "Approves or refuses", DpiaReference = "DPIA-2")]
            public sealed class InstantCredit;
            [Purpose("Screen against sanctions lists", LegalBasis.LegalObligation, LegalReference = "Regulation (EU) 2023/1113",
                AutomatedDecision = "Blocks payments to listed persons", DpiaReference = "DPIA-3")]
            public sealed class Sanctions;
            [Purpose("Personalised premium", LegalBasis.Consent, AutomatedDecision = "Sets the premium", DpiaReference = "DPIA-4")]
            public sealed class Premium;
            """);
    }

    [Fact]
    public void Automated_decisions_on_special_categories_need_explicit_consent_or_substantial_public_interest()
    {
        var problem = SingleProblem("""
            [Purpose("Triage patients automatically", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare,
                LegalReference = "Code de la santé publique", AutomatedDecision = "Assigns a priority", DpiaReference = "DPIA-5",
                Categories = [typeof(HealthDataAttribute)])]
            public sealed class Triage;
            """, "AutomatedDecisionOnSpecialCategories");
        Assert.Equal("Art. 22(4)", problem.Article);

        Valid("""
            [Purpose("Triage patients automatically", LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
                AutomatedDecision = "Assigns a priority", DpiaReference = "DPIA-5", Categories = [typeof(HealthDataAttribute)])]
            public sealed class Triage;
            """);
    }

    [Fact]
    public void The_catalog_names_the_point_of_Art_22_2_that_allows_a_decision()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Approve instant credit", LegalBasis.Contract, AutomatedDecision = "Approves or refuses", DpiaReference = "DPIA-2")]
            public sealed class InstantCredit;
            [Purpose("Screen against sanctions lists", LegalBasis.LegalObligation, LegalReference = "Regulation (EU) 2023/1113",
                AutomatedDecision = "Blocks payments to listed persons", DpiaReference = "DPIA-3")]
            public sealed class Sanctions;
            """);
        Assert.Equal("Art. 22(2)(a)", catalog.Purposes.Single(p => p.Name == "InstantCredit").AutomatedDecisionGround);
        Assert.Equal("Art. 22(2)(b)", catalog.Purposes.Single(p => p.Name == "Sanctions").AutomatedDecisionGround);
    }

    // Fix 9: transfers.
    [Theory]
    [InlineData("StandardContractualClauses", "Art. 46(2)(c)")]
    [InlineData("SupervisoryAuthorityClauses", "Art. 46(2)(d)")]
    [InlineData("PublicAuthorityInstrument", "Art. 46(2)(a)")]
    [InlineData("CodeOfConduct", "Art. 46(2)(e), 40")]
    [InlineData("Certification", "Art. 46(2)(f), 42")]
    [InlineData("AuthorisedContractualClauses", "Art. 46(3)(a)")]
    [InlineData("AdministrativeArrangement", "Art. 46(3)(b)")]
    public void Each_Art_46_safeguard_has_its_own_point(string safeguard, string article)
    {
        var catalog = DeclarationCompiler.Catalog($$"""
            [Purpose("Host the shop", LegalBasis.Contract), Transfer("US", TransferSafeguard.{{safeguard}}, Reference = "Ref-1")] public sealed class Hosting;
            """);
        Assert.Equal(article, catalog.Purposes.Single().Transfers.Single().SafeguardArticle);
    }

    [Fact]
    public void A_derogation_names_its_point_of_Art_49_1()
    {
        var problem = SingleProblem("""
            [Purpose("Book a hotel abroad", LegalBasis.Contract), Transfer("TH", TransferSafeguard.Derogation, Reference = "TR-9")] public sealed class Travel;
            """, "DerogationWithoutPoint");
        Assert.Equal("Art. 49(1)", problem.Article);

        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Book a hotel abroad", LegalBasis.Contract),
             Transfer("TH", TransferSafeguard.Derogation, Derogation = TransferDerogation.ContractWithSubject, Reference = "TR-9")] public sealed class Travel;
            """);
        Assert.Equal("Art. 49(1)(b)", catalog.Purposes.Single().Transfers.Single().SafeguardArticle);

        SingleProblem("""
            [Purpose("Host the shop", LegalBasis.Contract),
             Transfer("US", TransferSafeguard.AdequacyDecision, Derogation = TransferDerogation.ExplicitConsent)] public sealed class Hosting;
            """, "DerogationPointWithoutDerogation");
    }

    // Fix 4: explicit, documented Art. 17(3) exceptions.
    [Fact]
    public void Erasure_exceptions_are_explicit_documented_and_limited_to_the_purposes_they_name()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Keep invoices", LegalBasis.LegalObligation, LegalReference = "Code de commerce, art. L123-22")] public sealed class Bookkeeping;
            [Purpose("Defend disputed orders", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-8",
                ErasureException = ErasureException.LegalClaims, ErasureExceptionReference = "Limitation period, Code civil art. 2224")]
            public sealed class Disputes;
            [Purpose("Publish readers' letters", LegalBasis.Consent,
                ErasureException = ErasureException.FreedomOfExpression, ErasureExceptionReference = "Editorial charter, s. 4")]
            public sealed class Letters;
            [Purpose("Treat patients", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare, LegalReference = "CSP L1111-8",
                Categories = [typeof(HealthDataAttribute)])]
            public sealed class Treatment;
            [Purpose("Fight legal claims", LegalBasis.Contract, Condition = SpecialCategoryCondition.LegalClaims, Categories = [typeof(HealthDataAttribute)])]
            public sealed class Claims;
            """);
        var byName = catalog.Purposes.ToDictionary(p => p.Name);
        Assert.Equal(ErasureException.LegalObligationOrPublicTask, byName["Bookkeeping"].ErasureException);
        Assert.Equal("Code de commerce, art. L123-22", byName["Bookkeeping"].ErasureExceptionReference);
        Assert.Equal(ErasureException.LegalClaims, byName["Disputes"].ErasureException);      // (e) on ordinary data
        Assert.Equal(ErasureException.FreedomOfExpression, byName["Letters"].ErasureException); // (a)
        Assert.Equal(ErasureException.None, byName["Treatment"].ErasureException);             // (h) is not (c) by itself
        Assert.Equal(ErasureException.None, byName["Claims"].ErasureException);                // 9(2)(f) is not a hold

        Assert.Equal("Art. 17(3)(e)", SingleProblem("""
            [Purpose("Defend disputed orders", LegalBasis.Contract, ErasureException = ErasureException.LegalClaims)] public sealed class Disputes;
            """, "ErasureExceptionWithoutReference").Article);
        Assert.Equal("Art. 17(3)(b)", SingleProblem("""
            [Purpose("Ship orders", LegalBasis.Contract, ErasureException = ErasureException.LegalObligationOrPublicTask, ErasureExceptionReference = "x")]
            public sealed class Shipping;
            """, "ErasureExceptionNotAvailable").Article);
        Assert.Equal("Art. 17(3)(c)", SingleProblem("""
            [Purpose("Treat patients", LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(HealthDataAttribute)],
                ErasureException = ErasureException.PublicHealth, ErasureExceptionReference = "x")]
            public sealed class Treatment;
            """, "ErasureExceptionNotAvailable").Article);
        Valid("""
            [Purpose("Monitor epidemics", LegalBasis.PublicTask, LegalReference = "CSP L3113-1", Condition = SpecialCategoryCondition.PublicHealth,
                Categories = [typeof(HealthDataAttribute)], ErasureException = ErasureException.PublicHealth, ErasureExceptionReference = "CSP L3113-1")]
            public sealed class Surveillance;
            [Purpose("Cohort study", LegalBasis.PublicTask, LegalReference = "Loi 78-17 art. 66",
                ErasureException = ErasureException.ArchivingResearchStatistics, ErasureExceptionReference = "Protocol P-7 s. 9: withdrawal would bias the cohort")]
            public sealed class Cohort;
            """);
    }

    // Build: DPIA triggers (Art. 35(3)).
    [Theory]
    [InlineData("""AutomatedDecision = "Approves or refuses" """, "Art. 35(3)(a)")]
    [InlineData("""LargeScale = true, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(BiometricDataAttribute)]""", "Art. 35(3)(b)")]
    [InlineData("""SystematicMonitoring = true""", "Art. 35(3)(c)")]
    public void Purposes_that_need_an_impact_assessment_name_one(string declaration, string article)
    {
        var problem = SingleProblem($$"""
            [Purpose("Enter the stadium", LegalBasis.Contract, {{declaration}})] public sealed class Entry;
            """, "ImpactAssessmentRequired");
        Assert.Equal(article, problem.Article);
        Assert.EndsWith("set DpiaReference", problem.Message, StringComparison.Ordinal);

        var catalog = DeclarationCompiler.Catalog($$"""
            [Purpose("Enter the stadium", LegalBasis.Contract, DpiaReference = "DPIA-2026-01", {{declaration}})] public sealed class Entry;
            """);
        Assert.Equal(article, catalog.Purposes.Single().ImpactAssessmentTrigger);
    }

    [Fact]
    public void The_record_shows_the_impact_assessment_the_erasure_exception_and_the_Art_22_point()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [Purpose("Approve instant credit", LegalBasis.Contract, AutomatedDecision = "Approves or refuses", DpiaReference = "DPIA-2026-01",
                ErasureException = ErasureException.LegalClaims, ErasureExceptionReference = "Limitation period, Code civil art. 2224")]
            public sealed class InstantCredit;
            """);
        var record = Ropa.RopaWriter.Render(catalog, Ropa.RopaFormat.Markdown);
        Assert.Contains("| Impact assessment | 35 | DPIA-2026-01 (required, Art. 35(3)(a)) |", record, StringComparison.Ordinal);
        Assert.Contains("| Erasure exception | 17(3) | Legal claims (Art. 17(3)(e)), documented in Limitation period, Code civil art. 2224 |", record, StringComparison.Ordinal);
        Assert.Contains("| Automated decisions | 22 | Approves or refuses (allowed by Art. 22(2)(a)) |", record, StringComparison.Ordinal);
    }

    [Fact]
    public void Biometric_identification_on_a_large_scale_is_named_as_such()
    {
        var problem = SingleProblem("""
            [Purpose("Search faces", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, LargeScale = true,
                Categories = [typeof(BiometricDataAttribute)])]
            public sealed class FaceSearch;
            """, "ImpactAssessmentRequired");
        Assert.Contains("identifies people from biometric data on a large scale", problem.Message, StringComparison.Ordinal);
    }
}
