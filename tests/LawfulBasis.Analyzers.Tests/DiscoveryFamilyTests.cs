using static LawfulBasis.Analyzers.Tests.Verifier;

namespace LawfulBasis.Analyzers.Tests;

/// <summary>
/// Discovery (LB0004/LB0008) by families of names rather than by the names of one corpus: each family is shown with
/// members it finds and members that look alike but are not personal data.
/// </summary>
public class DiscoveryFamilyTests
{
    [Fact]
    public async Task References_to_people_by_role_or_by_what_they_did_are_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Visit
            {
                public int {|LB0004:ClientId|} { get; set; }
                public int {|LB0004:VeterinarianId|} { get; set; }
                public int {|LB0004:AgentId|} { get; set; }
                public Guid {|LB0004:ApprovedById|} { get; set; }
                public int {|LB0004:ScannedByStewardId|} { get; set; }
                public string? {|LB0004:HandledBy|} { get; set; }
                public Guid {|LB0004:HeadOfDepartmentId|} { get; set; }
                public string? {|LB0004:TourManagerName|} { get; set; }
                public string? {|LB0004:CollectedByName|} { get; set; }
                public string? SortedBy { get; set; }
                public string? OrderedBy { get; set; }
                public string? UserAgentName { get; set; }
                public int RoomId { get; set; }
            }
            public class ApiClient { public string ClientId { get; set; } = ""; }
            public class OAuthToken { public string ClientId { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task On_an_organisation_or_a_place_only_a_person_named_on_it_is_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Practice
            {
                public string Phone { get; set; } = "";
                public string Email { get; set; } = "";
                public string Postcode { get; set; } = "";
                public double Latitude { get; set; }
                public string ContactEmail { get; set; } = "";
                public string {|LB0004:ManagerEmail|} { get; set; } = "";
            }
            public class NetworkCell { public string CellId { get; set; } = ""; public double Latitude { get; set; } }
            public class ResaleListing
            {
                public Guid {|LB0004:SellerCustomerId|} { get; set; }
                public string? {|LB0004:SellerPayoutIban|} { get; set; }
                public decimal AskingPrice { get; set; }
            }
            public class SmtpOptions { public string UserName { get; set; } = ""; public string SenderId { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task An_animals_own_data_is_not_personal_but_its_keepers_is()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Animal
            {
                public int {|LB0004:OwnerId|} { get; set; }
                public string Name { get; set; } = "";
                public DateOnly? DateOfBirth { get; set; }
                public string? PassportNumber { get; set; }
                public string? {|LB0004:MicrochipNumber|} { get; set; }
                public string? {|LB0004:OwnerPhone|} { get; set; }
                public byte[]? Photo { get; set; }
            }
            public class ClinicalNote
            {
                public int AnimalId { get; set; }
                public string Diagnosis { get; set; } = "";
                public int? HeartRate { get; set; }
                public int {|LB0004:AuthorStaffId|} { get; set; }
                public string? {|LB0004:CollectedByName|} { get; set; }
            }
            """);
    }

    [Fact]
    public async Task Role_mailboxes_and_equipment_are_not_a_persons_contact_or_device()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Promoter
            {
                public string AccountsEmail { get; set; } = "";
                public string SupportPhone { get; set; } = "";
                public string {|LB0004:ContactEmail|} { get; set; } = "";
            }
            public class JobPosting { public string ApplyToEmail { get; set; } = ""; public string ReplyToEmail { get; set; } = ""; }
            public class GateScan { public string ScannerDeviceId { get; set; } = ""; public string KioskDeviceId { get; set; } = ""; }
            public class Phone { public string {|LB0004:DeviceId|} { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task Address_value_objects_and_telephony_are_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class PostalAddress
            {
                public string {|LB0004:Line1|} { get; set; } = "";
                public string? {|LB0004:Line2|} { get; set; }
                public string {|LB0004:CountryIso|} { get; set; } = "";
            }
            public record MailingAddress(string {|LB0004:Line1|}, string {|LB0004:City|}, string {|LB0004:Country|});
            public class Booking { public string Line { get; set; } = ""; }
            public class Candidate { public string? {|LB0004:CityOfResidence|} { get; set; } }
            public class CallDetailRecord
            {
                public string {|LB0004:CallingNumber|} { get; set; } = "";
                public string {|LB0004:CalledNumber|} { get; set; } = "";
                public string {|LB0004:ServingCellId|} { get; set; } = "";
                public string? {|LB0004:ServingCellIdAtEnd|} { get; set; }
                public string? {|LB0004:Imei|} { get; set; }
                public int DurationSeconds { get; set; }
                public string SourceFile { get; set; } = "";
            }
            public class Product { public string Line { get; set; } = ""; public string CountryOfOrigin { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task Identity_documents_licences_and_external_accounts_are_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Subscriber
            {
                public string IdDocumentType { get; set; } = "";
                public string {|LB0004:IdDocumentNumber|} { get; set; } = "";
                public string? {|LB0004:AppleSubject|} { get; set; }
                public string? {|LB0004:GitHubHandle|} { get; set; }
                public string? {|LB0004:LinkedInProfileUrl|} { get; set; }
                public string? {|LB0004:ProfileUrl|} { get; set; }
            }
            public class Venue { public string? ProfileUrl { get; set; } }
            public class Report { public string? ProfileUrl { get; set; } }
            public class Steward
            {
                public string {|LB0004:Name|} { get; set; } = "";
                public DateOnly {|LB0004:LicenceExpires|} { get; set; }
                public string {|LB0004:ProfessionalRegistrationNumber|} { get; set; } = "";
            }
            public class Performer { public string? SpotifyArtistId { get; set; } public string? GoogleAnalyticsId { get; set; } }
            public class SoftwareLicence { public DateOnly LicenceExpires { get; set; } }
            """);
    }

    [Fact]
    public async Task Stored_documents_and_pictures_of_a_person_and_what_they_wrote_are_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class ProfilePhoto { public string {|LB0004:BlobPath|} { get; set; } = ""; public int WidthPx { get; set; } }
            public class JobApplication
            {
                public string? {|LB0004:CoverLetter|} { get; set; }
                public string? {|LB0004:ResumeBlobUri|} { get; set; }
                public string? {|LB0004:SignedDocumentUri|} { get; set; }
                public string? {|LB0004:CollectedBySignatureUri|} { get; set; }
            }
            public class Client { public string? {|LB0004:AlertNote|} { get; set; } }
            public class SupportTicket { public string {|LB0004:Transcript|} { get; set; } = ""; public string Queue { get; set; } = ""; }
            public class CollectionsCase { public string? {|LB0004:AgentNotes|} { get; set; } }
            public class Event { public string? HeroImageUrl { get; set; } public string? Notes { get; set; } }
            public class ClaimDocument { public string FileName { get; set; } = ""; public string StorageKey { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task Special_categories_as_enums_and_yes_or_no_answers_are_warnings()
    {
        await Analyze<LikelyPersonalDataAnalyzer>("""
            public enum Gender { Woman, Man, NonBinary }
            public enum OrderStatus { Open, Paid }
            public class Member
            {
                public Gender {|LB0008:Gender|} { get; set; }
                public List<Gender> {|LB0008:InterestedIn|} { get; set; } = new();
                public string? {|LB0008:Pronouns|} { get; set; }
                public bool? {|LB0008:Smokes|} { get; set; }
                public bool? {|LB0008:HasDisability|} { get; set; }
                public bool {|LB0008:CriminalRecordFound|} { get; set; }
                public string? {|LB0008:AccessibilityNeeds|} { get; set; }
                public OrderStatus Status { get; set; }
                public bool IsVerified { get; set; }
                public bool EmailConfirmed { get; set; }
                public bool Disabled { get; set; }
            }
            public class Medicine { public bool RequiresPrescription { get; set; } }
            public class HotelRoom { public bool Smoking { get; set; } }
            public class Package { public bool IsVulnerable { get; set; } }
            """);
    }

    [Fact]
    public async Task A_persons_finances_are_personal_but_prices_are_not()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Client { public decimal {|LB0004:AccountBalance|} { get; set; } public decimal {|LB0004:CreditLimit|} { get; set; } }
            public class CollectionsCase { public decimal {|LB0004:AmountOverdue|} { get; set; } public int {|LB0004:DaysPastDue|} { get; set; } }
            public class Offer
            {
                public decimal? {|LB0004:SigningBonus|} { get; set; }
                public int? {|LB0004:StockOptions|} { get; set; }
                public decimal Total { get; set; }
            }
            public class Referral { public decimal BonusAmount { get; set; } }
            public class TicketType { public decimal Price { get; set; } public int MaxPerOrder { get; set; } }
            """);
    }
    [Fact]
    public async Task What_a_types_own_members_say_decides_whether_it_is_a_person_an_organisation_or_equipment()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Parishioner
            {
                public string {|LB0004:FirstName|} { get; set; } = "";
                public string? {|LB0004:Title|} { get; set; }
                public string? {|LB0004:Occupation|} { get; set; }
            }
            public class RotaSlot { public int {|LB0004:ParishionerId|} { get; set; } public int ServiceId { get; set; } }
            public class Service { public string Name { get; set; } = ""; public int Capacity { get; set; } }
            public class Chambers
            {
                public string DxAddress { get; set; } = "";
                public string Switchboard { get; set; } = "";
                public string Email { get; set; } = "";
                public string Postcode { get; set; } = "";
                public string {|LB0004:PrimaryContactEmail|} { get; set; } = "";
            }
            public class Wholesaler
            {
                public string CompanyNumber { get; set; } = "";
                public string Phone { get; set; } = "";
                public string {|LB0004:ContactName|} { get; set; } = "";
                public string {|LB0004:ContactEmail|} { get; set; } = "";
            }
            public class SmartMeter { public string SerialNumber { get; set; } = ""; public string Model { get; set; } = ""; public string FirmwareVersion { get; set; } = ""; }
            public class MeterReading { public Guid SmartMeterId { get; set; } public double KilowattHours { get; set; } }
            public class WearableTracker
            {
                public string {|LB0004:SerialNumber|} { get; set; } = "";
                public string Model { get; set; } = "";
                public Guid {|LB0004:OwnerUserId|} { get; set; }
            }
            public class Retailer { public string VatNumber { get; set; } = ""; public string {|LB0004:FirstName|} { get; set; } = ""; public string {|LB0004:Email|} { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task A_place_or_a_private_network_named_in_a_member_is_not_a_persons()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Appointment
            {
                public string VenuePostcode { get; set; } = "";
                public double VenueLatitude { get; set; }
                public string PracticePhone { get; set; } = "";
                public string RegisteredOfficePostcode { get; set; } = "";
                public string {|LB0004:HomePhone|} { get; set; } = "";
                public string {|LB0004:PatientPostcode|} { get; set; } = "";
            }
            public class Router
            {
                public string? LanIpAddress { get; set; }
                public string? LocalIp { get; set; }
                public string? {|LB0004:PublicIpAddress|} { get; set; }
            }
            public class Customer { public string {|LB0004:OfficePhone|} { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task Criminal_proceedings_about_a_person_are_personal_but_an_offence_catalogue_is_not()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public enum Plea { Guilty, NotGuilty }
            public class Charge
            {
                public Guid {|LB0004:DefendantPartyId|} { get; set; }
                public Plea {|LB0004:Plea|} { get; set; }
                public string? {|LB0004:Verdict|} { get; set; }
                public DateOnly? {|LB0004:OffenceDate|} { get; set; }
                public string {|LB0004:OffenceCode|} { get; set; } = "";
                public DateOnly ChargedOn { get; set; }
            }
            public class Sentence
            {
                public decimal? {|LB0004:FineAmount|} { get; set; }
                public int? {|LB0004:CustodialMonths|} { get; set; }
                public string {|LB0004:DisposalType|} { get; set; } = "";
                public DateTime PronouncedAt { get; set; }
            }
            public class Defendant { public bool {|LB0004:InCustody|} { get; set; } public string? {|LB0004:BailConditions|} { get; set; } }
            public class Offence { public string OffenceCode { get; set; } = ""; public string Title { get; set; } = ""; public string MaximumSentence { get; set; } = ""; }
            public class Invoice { public decimal FineAmount { get; set; } public string Particulars { get; set; } = ""; }
            """);
    }

    [Fact]
    public async Task A_persons_wealth_giving_words_recordings_and_pictures_are_personal()
    {
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public class Prospect
            {
                public string {|LB0004:WealthRating|} { get; set; } = "";
                public decimal {|LB0004:EstimatedCapacityToGive|} { get; set; }
                public decimal {|LB0004:LifetimeGiving|} { get; set; }
            }
            public class Gift
            {
                public decimal Amount { get; set; }
                public string? {|LB0004:InMemoryOf|} { get; set; }
                public bool {|LB0004:GiftAidEligible|} { get; set; }
            }
            public class Call
            {
                public string? {|LB0004:CallRecordingBlobPath|} { get; set; }
                public string? {|LB0004:Transcript|} { get; set; }
                public string? {|LB0004:CancellationReason|} { get; set; }
                public string? FailureReason { get; set; }
                public int DurationSeconds { get; set; }
            }
            public class CctvClip { public string {|LB0004:StorageKey|} { get; set; } = ""; public string? {|LB0004:ThumbnailUrl|} { get; set; } public int DurationSeconds { get; set; } }
            public class ProductVideo { public string StorageKey { get; set; } = ""; public string? ThumbnailUrl { get; set; } }
            public class QueuedSms { public string {|LB0004:To|} { get; set; } = ""; public string From { get; set; } = ""; }
            public class Route { public string To { get; set; } = ""; }
            public class HouseholdMember { public bool {|LB0004:IsHome|} { get; set; } public Guid {|LB0004:HouseholdId|} { get; set; } }
            public class Fixture { public bool IsHome { get; set; } }
            public class PostalRecord
            {
                public string {|LB0004:Postcode|} { get; set; } = "";
                public string {|LB0004:HouseNameOrNumber|} { get; set; } = "";
                public string {|LB0004:City|} { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task A_member_of_a_type_about_one_person_describes_them_unless_it_is_technical()
    {
        // Sixth round: no name here says "personal", the type does (Art. 4(1)); keys, versions, stamps, flags, states,
        // preferences, prices and the names and models of things stay out.
        await Analyze<UnclassifiedPersonalDataAnalyzer>("""
            public enum LearnerStatus { Active, Passed }
            public enum Transmission { Manual, Automatic }
            public class Learner
            {
                public Guid Id { get; set; }
                public string {|LB0004:FirstName|} { get; set; } = "";
                public decimal {|LB0004:HoursDriven|} { get; set; }
                public int {|LB0004:LessonCredits|} { get; set; }
                public DateOnly? {|LB0004:PassedOn|} { get; set; }
                public string? {|LB0004:TheoryCertificateNumber|} { get; set; }
                public LearnerStatus Status { get; set; }
                public Transmission PreferredTransmission { get; set; }
                public Guid TenantId { get; set; }
                public bool IsDeleted { get; set; }
                public bool MarketingOptIn { get; set; }
                public DateTime CreatedAt { get; set; }
                public byte[] RowVersion { get; set; } = [];
                public int FailedLoginAttempts { get; set; }
            }
            public class Payslip
            {
                public long Id { get; set; }
                public int {|LB0004:EmployeeId|} { get; set; }
                public decimal {|LB0004:NetPay|} { get; set; }
                public decimal {|LB0004:TaxDeducted|} { get; set; }
                public DateOnly PeriodStart { get; set; }
                public string PayslipNumber { get; set; } = "";
                public uint Version { get; set; }
            }
            public class TheoryTestResult
            {
                public Guid {|LB0004:LearnerId|} { get; set; }
                public int {|LB0004:HazardPerceptionScore|} { get; set; }
                public string? {|LB0004:ExaminerDebrief|} { get; set; }
                public decimal Fee { get; set; }
                public Guid TestCentreId { get; set; }
                public DateTime TakenAt { get; set; }
                public string Room { get; set; } = "";
            }
            public class Order
            {
                public int {|LB0004:CustomerId|} { get; set; }
                public decimal Total { get; set; }
                public int Units { get; set; }
            }
            public class Trip
            {
                public Guid {|LB0004:RiderId|} { get; set; }
                public Guid {|LB0004:DriverId|} { get; set; }
                public double DistanceKm { get; set; }
            }
            public class JobPosting
            {
                public Guid {|LB0004:HiringManagerId|} { get; set; }
                public Guid {|LB0004:RecruiterId|} { get; set; }
                public string Description { get; set; } = "";
            }
            public class InstructorPayout
            {
                public Guid {|LB0004:InstructorId|} { get; set; }
                public decimal {|LB0004:GrossEarnings|} { get; set; }
                public string? BankReference { get; set; }
            }
            public class ProductReview
            {
                public int {|LB0004:CustomerId|} { get; set; }
                public int Rating { get; set; }
            }
            public class PrivateCar
            {
                public Guid {|LB0004:LearnerId|} { get; set; }
                public string Make { get; set; } = "";
                public string Model { get; set; } = "";
                public string? InsurerName { get; set; }
            }
            public class TestCentre
            {
                public string Name { get; set; } = "";
                public string Postcode { get; set; } = "";
                public double Latitude { get; set; }
            }
            """);
    }
}
