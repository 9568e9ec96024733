using LawfulBasis.CodeFixes;
using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

public class CodeFixTests
{
    private const string Declarations = """

        [Purpose("Bill customers", LegalBasis.Contract)]
        public sealed class Billing;
        [Purpose("Send the newsletter", LegalBasis.Consent)]
        public sealed class Newsletter;
        public class Customer { [ContactData] public string Email { get; set; } = ""; }
        """;

    [Fact]
    public async Task LB0001_fix_adds_the_chosen_purpose_to_the_method()
    {
        await Fix<PersonalDataProcessingAnalyzer, AddProcessingForCodeFix>("""
            public class Mailer
            {
                public string To(Customer customer) => {|LB0001:customer.Email|};
            }
            """ + Declarations, """
            public class Mailer
            {
                [ProcessingFor<Billing>]
                public string To(Customer customer) => customer.Email;
            }
            """ + Declarations, codeActionIndex: 0);
    }

    [Fact]
    public async Task LB0001_fix_offers_every_declared_purpose()
    {
        await Fix<PersonalDataProcessingAnalyzer, AddProcessingForCodeFix>("""
            public class Mailer
            {
                /// <summary>Sends mail.</summary>
                [Obsolete]
                public string To(Customer customer) => {|LB0001:customer.Email|};
            }
            """ + Declarations, """
            public class Mailer
            {
                /// <summary>Sends mail.</summary>
                [Obsolete]
                [ProcessingFor<Newsletter>]
                public string To(Customer customer) => customer.Email;
            }
            """ + Declarations, codeActionIndex: 1);
    }

    [Fact]
    public async Task LB0001_fix_offers_only_the_purposes_the_data_is_collected_for()
    {
        const string Data = """

            [Purpose("Take orders", LegalBasis.Contract)]
            public sealed class Ordering;
            public class Subscriber { [ContactData, ProcessingFor<Ordering>, ProcessingFor<Newsletter>] public string Email { get; set; } = ""; }
            """;
        // Declared purposes sorted by name would put Billing first; the data offers Ordering, then Newsletter.
        await Fix<PersonalDataProcessingAnalyzer, AddProcessingForCodeFix>("""
            public class Mailer
            {
                public string To(Subscriber s) => {|LB0001:s.Email|};
            }
            """ + Data + Declarations, """
            public class Mailer
            {
                [ProcessingFor<Ordering>]
                public string To(Subscriber s) => s.Email;
            }
            """ + Data + Declarations, codeActionIndex: 0);
    }

    [Fact]
    public async Task LB0004_fix_adds_the_suggested_category()
    {
        await Fix<UnclassifiedPersonalDataAnalyzer, AddCategoryCodeFix>("""
            public class Customer
            {
                public string {|LB0004:Email|} { get; set; } = "";
                public float[] {|LB0004:FaceTemplate|} { get; set; } = [];
            }
            """, """
            public class Customer
            {
                [ContactData]
                public string Email { get; set; } = "";
                [BiometricData]
                public float[] FaceTemplate { get; set; } = [];
            }
            """, iterations: 2);
    }

    [Fact]
    public async Task LB0004_fix_targets_the_property_of_a_positional_record()
    {
        await Fix<UnclassifiedPersonalDataAnalyzer, AddCategoryCodeFix>("""
            public record Traveller(string {|LB0004:PassportNumber|});
            """, """
            public record Traveller([property: GovernmentIdentifierData] string PassportNumber);
            """);
    }
}
