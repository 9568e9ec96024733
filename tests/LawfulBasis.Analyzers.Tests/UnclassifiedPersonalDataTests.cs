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
            public class Account
            {
                [SubjectId] public Guid UserId { get; set; }
                public Guid {|LB0004:ManagerUserId|} { get; set; }
            }
            """);
    }

    [Fact]
    public async Task A_member_classified_through_what_it_implements_or_overrides_or_through_its_implementation_is_not_reported()
    {
        // The attribute need not be repeated (the classification is inherited both ways), so neither LB0004 nor LB0008
        // has anything to add; an unrelated implementation of an unclassified interface member still is reported.
        const string Source = """
            public interface IContact { [ContactData] string Email { get; } }
            public sealed class Customer : IContact { public string Email { get; set; } = ""; }
            public sealed class Supplier : IContact { string IContact.Email => ""; }
            public abstract class Person { [NameData] public abstract string FirstName { get; } }
            public sealed class Employee : Person { public override string FirstName => ""; }
            public interface IPatient { string Diagnosis { get; } }
            public sealed class Patient : IPatient { [HealthData] public string Diagnosis { get; set; } = ""; }
            public interface IMember { string {|LB0004:Phone|} { get; } }
            public sealed class Member : IMember { public string {|LB0004:Phone|} { get; set; } = ""; }
            """;
        await Analyze<UnclassifiedPersonalDataAnalyzer>(Source);
        await Analyze<LikelyPersonalDataAnalyzer>(Source.Replace("LB0004", "LB0008", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Identifiers_of_people_are_reported_and_identifiers_of_things_are_not()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Order
            {
                public int Id { get; set; }
                public int OrderId { get; set; }
                public int ProductId { get; set; }
                public string? {|LB0004:BuyerId|} { get; set; }
                public Guid {|LB0004:CustomerId|} { get; set; }
                public Guid? {|LB0004:OwnerUserId|} { get; set; }
                public string? {|LB0004:CreatedBy|} { get; set; }
                public List<Guid> {|LB0004:SubscriberIds|} { get; set; } = [];
                public string TenantId { get; set; } = "";
                public string CorrelationId { get; set; } = "";
            }
            public class Buyer
            {
                public int Id { get; set; }
                public int BuyerId { get; set; }
                public string {|LB0004:IdentityGuid|} { get; set; } = "";
            }
            public class BasketItem { public string Id { get; set; } = ""; public int Quantity { get; set; } }
            """);
    }

    [Fact]
    public async Task Payment_cards_coordinates_address_parts_compound_names_and_photos_are_reported_in_their_context()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class PaymentMethod
            {
                public string {|LB0004:CardHolderName|} { get; set; } = "";
                public string {|LB0004:SecurityNumber|} { get; set; } = "";
                public DateTime {|LB0004:Expiration|} { get; set; }
                public int {|LB0004:ExpirationMonth|} { get; set; }
                public string Alias { get; set; } = "";
                public int CardTypeId { get; set; }
            }
            public class Address
            {
                public string {|LB0004:State|} { get; set; } = "";
                public string {|LB0004:Country|} { get; set; } = "";
                public string {|LB0004:Region|} { get; set; } = "";
            }
            public class Shipment
            {
                public string? {|LB0004:RecipientName|} { get; set; }
                public string? {|LB0004:ShippingCountry|} { get; set; }
                public string? Carrier { get; set; }
            }
            public class Device
            {
                public double {|LB0004:Latitude|} { get; set; }
                public GeoPoint? {|LB0004:Position|} { get; set; }
                public float Accuracy { get; set; }
            }
            public class GeoPoint { public double X { get; set; } public double Y { get; set; } }
            public class UserProfile
            {
                public string? {|LB0004:AvatarUrl|} { get; set; }
                public string? {|LB0004:PhotoUrl|} { get; set; }
            }
            public class Coupon { public DateTime ExpirationDate { get; set; } public string Code { get; set; } = ""; }
            public class Product { public string? PhotoUrl { get; set; } public string? Country { get; set; } public string? State { get; set; } }
            public class Job { public string? State { get; set; } public string? Country { get; set; } public GeoPoint? Position { get; set; } }
            public class Venue { public double Latitude { get; set; } public string? City { get; set; } }
            """);
    }

    [Fact]
    public async Task A_member_whose_type_holds_personal_data_is_reported()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Address { public string {|LB0004:Street|} { get; set; } = ""; }
            public class PaymentMethod { [FinancialData] public string CardNumber { get; set; } = ""; }
            public class OrderItem { public int ProductId { get; set; } public decimal Price { get; set; } }
            public class DbSet<T> { }
            public class Order
            {
                public Address {|LB0004:Address|} { get; set; } = new();
                public List<PaymentMethod> {|LB0004:PaymentMethods|} { get; set; } = [];
                public List<OrderItem> Items { get; set; } = [];
                public Microsoft.Extensions.Logging.ILogger<Order>? Logger { get; set; }
            }
            """);
    }

    [Fact]
    public async Task Names_that_leave_no_doubt_are_also_a_warning_LB0008()
    {
        await Analyze<LikelyPersonalDataAnalyzer>("""
            public class Customer
            {
                public string {|LB0008:Email|} { get; set; } = "";
                public DateOnly {|LB0008:DateOfBirth|} { get; set; }
                public string {|LB0008:CardSecurityNumber|} { get; set; } = "";
                public float[] {|LB0008:FaceTemplate|} { get; set; } = [];
                public string? {|LB0008:AvatarUrl|} { get; set; }
                [ContactData] public string? Phone { get; set; }
                public string? Name { get; set; }
                public string? BuyerId { get; set; }
                public string? City { get; set; }
                public double Latitude { get; set; }
            }
            public class SmtpSettings { public string? Email { get; set; } }
            """);
    }

    [Fact]
    public async Task LB0008_is_a_warning_and_carries_the_category_for_the_code_fix()
    {
        await AnalyzeWithExpected<LikelyPersonalDataAnalyzer>(
            """
            public class Patient
            {
                public string? Diagnosis { get; set; }
            }
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("LB0008", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .WithSpan(7, 20, 7, 29)
                .WithArguments("Diagnosis", "HealthData"));
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
