using System.Runtime.CompilerServices;
using System.Text.Json;
using LawfulBasis.Notice;

namespace LawfulBasis.Tests;

public class PrivacyNoticeTests
{
    private static readonly Lazy<ProcessingCatalog> Shop = new(() => DeclarationCompiler.Catalog(ShopDeclarations.Source));

    private static PrivacyNotice Customer => PrivacyNotice.For(Shop.Value, "customer");

    [Fact]
    public void Markdown_notice_matches_snapshot() => MatchSnapshot(Customer.Render(NoticeFormat.Markdown).Split('\n'));

    [Fact]
    public void Html_notice_matches_snapshot() => MatchSnapshot(Customer.Render(NoticeFormat.Html).Split('\n'));

    [Fact]
    public void Json_notice_matches_snapshot() => MatchSnapshot(Customer.Render(NoticeFormat.Json).Split('\n'));

    [Fact]
    public void One_notice_per_kind_of_subject_each_with_its_purposes()
    {
        var notices = PrivacyNotice.For(Shop.Value);
        Assert.Equal(["customer", "supplier", "visitor"], notices.Select(n => n.DataSubject));
        Assert.Contains(notices.Single(n => n.DataSubject == "supplier").Purposes, p => p.Name == "Bookkeeping");
        Assert.DoesNotContain(notices.Single(n => n.DataSubject == "visitor").Purposes, p => p.Name == "Ordering");
        Assert.Throws<ArgumentException>(() => PrivacyNotice.For(Shop.Value, "patient"));
    }

    [Fact]
    public void The_version_is_a_hash_of_the_content_so_it_changes_with_what_the_notice_says()
    {
        var again = PrivacyNotice.For(DeclarationCompiler.Catalog(ShopDeclarations.Source), "customer");
        Assert.Equal(Customer.Version, again.Version);
        Assert.Matches("^sha256:[0-9a-f]{32}$", Customer.Version);
        Assert.Equal(Customer.Version, JsonDocument.Parse(Customer.Render(NoticeFormat.Json)).RootElement.GetProperty("version").GetString());

        var changed = PrivacyNotice.For(DeclarationCompiler.Catalog(ShopDeclarations.Source.Replace("Retention = \"P2Y\"", "Retention = \"P3Y\"", StringComparison.Ordinal)), "customer");
        Assert.NotEqual(Customer.Version, changed.Version);
    }

    [Fact]
    public void The_notice_says_what_Art_13_and_14_require()
    {
        var catalog = DeclarationCompiler.Catalog("""
            [assembly: Controller("Acme Bank SA", Contact = "privacy@acme.example", DataProtectionOfficer = "dpo@acme.example")]
            [Purpose("Check creditworthiness", LegalBasis.Contract, ContractReference = "Loan terms v2", DataSource = "Banque de France FICP register",
                AutomatedDecision = "Refuses loans when the score is below 600", DpiaReference = "DPIA-1", Categories = [typeof(FinancialDataAttribute)],
                DataSubjects = ["applicant"])]
            public sealed class Scoring;
            [Purpose("Report suspicious transactions", LegalBasis.LegalObligation, LegalReference = "Code monétaire et financier, art. L561-15",
                DataSubjects = ["applicant"], NamedRecipients = ["Tracfin"])]
            public sealed class AntiMoneyLaundering;
            [Purpose("Offer insurance", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-3", Interest = "Selling our own similar products",
                DirectMarketing = true, DataSubjects = ["applicant"])]
            [Transfer("US", TransferSafeguard.StandardContractualClauses, Recipient = "Mailing provider")]
            public sealed class Insurance;
            """);
        var text = PrivacyNotice.For(catalog, "applicant").Render(NoticeFormat.Markdown);
        Assert.Contains("| Where the data comes from (14(2)(f)) | Banque de France FICP register |", text, StringComparison.Ordinal);
        Assert.Contains("| Categories of data (14(1)(d)) | FinancialData |", text, StringComparison.Ordinal);
        Assert.Contains("| Legitimate interest pursued (13(1)(d)) | Selling our own similar products |", text, StringComparison.Ordinal);
        Assert.Contains("A statutory requirement (Code monétaire et financier, art. L561-15)", text, StringComparison.Ordinal);
        Assert.Contains("Refuses loans when the score is below 600 (allowed by Art. 22(2)(a)). You may obtain human intervention", text, StringComparison.Ordinal);
        Assert.Contains("Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), to Mailing provider. A copy of the safeguards can be obtained from privacy@acme.example.", text, StringComparison.Ordinal);
        Assert.Contains("Tracfin", text, StringComparison.Ordinal);
        Assert.Contains("## Your right to object (Art. 21)", text, StringComparison.Ordinal);
        Assert.Contains("(Art. 77)", text, StringComparison.Ordinal);
    }

    private static void MatchSnapshot(object value, [CallerMemberName] string test = "") => TestSnapshots.Match(value, nameof(PrivacyNoticeTests), test);
}
