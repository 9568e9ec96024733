using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

public class UnclassifiedPersonalDataTests
{
    [Fact]
    public async Task Members_that_look_like_personal_data_are_reported_with_a_category()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Customer
            {
                public string {|LB0004:Email|} { get; set; } = "";
                public string? {|LB0004:PhoneNumber|} { get; set; }
                public string? {|LB0004:FirstName|} { get; set; }
                public string? {|LB0004:Name|} { get; set; }
                public DateOnly {|LB0004:DateOfBirth|} { get; set; }
                public string? {|LB0004:Street|} { get; set; }
                public string? {|LB0004:PostalCode|} { get; set; }
                public string? {|LB0004:NationalId|} { get; set; }
                public string? {|LB0004:Ssn|} { get; set; }
                public string? {|LB0004:Iban|} { get; set; }
                public string? {|LB0004:CardNumber|} { get; set; }
                public System.Net.IPAddress? {|LB0004:IpAddress|} { get; set; }
                public double {|LB0004:Latitude|} { get; set; }
                public float[] {|LB0004:FaceTemplate|} { get; set; } = [];
                public ReadOnlyMemory<float> {|LB0004:FaceEmbedding|} { get; set; }
                public string? {|LB0004:Allergies|} { get; set; }
                public string? {|LB0004:Religion|} { get; set; }
                public string? {|LB0004:Ethnicity|} { get; set; }
                private string? {|LB0004:_homeEmail|};
            }
            public record Traveller(string {|LB0004:PassportNumber|});
            """);
    }

    [Fact]
    public async Task Ids_counts_flags_templates_keys_labels_and_non_person_types_are_not_reported()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Customer
            {
                public Guid Id { get; set; }
                public int EmailCount { get; set; }
                public bool EmailVerified { get; set; }
                public bool IsEmailConfirmed { get; set; }
                public string EmailTemplate { get; set; } = "";
                public string EmailLabel { get; set; } = "";
                public string EmailFormat { get; set; } = "";
                public string EmailSettingKey { get; set; } = "";
                public const string EmailKey = "email";
                public static readonly string SupportEmail = "support@acme.example";
                public string? TypeName { get; set; }
                public int Orders { get; set; }
                public decimal Total { get; set; }
                public string? Email2Id { get; set; }
                public Address? Address { get; set; }
            }
            public class Address { }
            public class Product { public string? Name { get; set; } public int Age { get; set; } }
            public class SmtpSettings { public string? Email { get; set; } public string? Host { get; set; } }
            public class Warehouse { public string? Street { get; set; } public string? City { get; set; } }
            public enum Field { Email, Phone }
            """);
    }

    [Fact]
    public async Task Classified_and_explicitly_unclassified_members_are_not_reported()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            using Microsoft.Extensions.Compliance.Classification;
            public class Customer
            {
                [ContactData] public string? Email { get; set; }
                [NoDataClassification] public string? Phone { get; set; }
            }
            public record Person([NameData] string FirstName);
            """);
    }

    [Fact]
    public async Task Incomplete_members_do_not_crash_the_analyzer()
    {
        await AnalyzeIncomplete<UnclassifiedPersonalDataAnalyzer>("""
            public class Customer
            {
                public Missing Email { get; set; }
                public string {|LB0004:Phone|}
                public  { get; set; }
            }
            """);
    }
}
