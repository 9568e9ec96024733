namespace LawfulBasis.Analyzers.Tests;

/// <summary>Scan mode (<c>lawfulbasis scan</c>): heuristic personal data counts as classified, and the inventory rules report.</summary>
public sealed class ScanModeTests
{
    // No [ContactData] anywhere: in scan mode the member's name and type are enough.
    private const string Customer = """
        public sealed class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
        }
        """;

    [Fact]
    public Task A_member_that_looks_like_personal_data_is_processed_like_a_classified_one() =>
        Verifier.AnalyzeInScanMode<PersonalDataProcessingAnalyzer>(Customer + """

            public sealed class Mailer
            {
                public string To(Customer customer) => {|LB0001:customer.Email|};
                public int Key(Customer customer) => customer.Id;
            }
            """);

    [Fact]
    public Task The_inventory_lists_it_as_not_classified() =>
        Verifier.AnalyzeInScanMode<PersonalDataInventoryAnalyzer>("""
            public sealed class Customer
            {
                public int Id { get; set; }
                public string {|LB0100:Email|} { get; set; } = "";
                [ContactData] public string {|LB0100:Phone|} { get; set; } = "";
            }
            """);

    [Fact]
    public Task A_site_under_a_purpose_is_listed_with_its_basis() =>
        Verifier.AnalyzeInScanMode<PersonalDataProcessingAnalyzer>(Customer + """

            [Purpose("Send invoices", LegalBasis.Contract)]
            public sealed class Invoicing;

            public sealed class Mailer
            {
                [ProcessingFor<Invoicing>]
                public string To(Customer customer) => {|LB0101:customer.Email|};
            }
            """);

    [Fact]
    public Task Outside_scan_mode_the_inventory_is_silent() =>
        Verifier.Analyze<PersonalDataInventoryAnalyzer>("""
            public sealed class Customer
            {
                [ContactData] public string Phone { get; set; } = "";
            }
            """);
}
