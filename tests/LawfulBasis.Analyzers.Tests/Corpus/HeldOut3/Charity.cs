#if LAWFULBASIS_CORPUS
// Held out, round 3: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A UK charity's fundraising CRM: supporters, donations, Gift Aid declarations and the HMRC claim schedule,
// direct debits, legacy pledges, fundraising events, corporate partners, volunteers, mailing exports built from wealth
// screening and giving history. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut3.Charity
{
    public enum SupporterType { Individual, Organisation, Trust }

    public enum ContactChannel { Post, Email, Phone, Sms }

    public enum DonationSource { Online, Cheque, Cash, DirectDebit, Payroll, Legacy }

    public enum SuppressionReason { Requested, GoneAway, Deceased, TelephonePreferenceService, MailingPreferenceService }

    public class Supporter
    {
        public int SupporterId { get; set; } // key
        // The reference printed on every letter and quoted on the phone: it identifies the person.
        public string SupporterNumber { get; set; } = ""; // pd
        public SupporterType Type { get; set; } // no
        // Mr, Mrs, Revd, Dr: a title says gender, marital status or profession.
        public string? Title { get; set; } // pd
        public string Forename { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        // "Dear Margaret": the name the charity writes to.
        public string? Salutation { get; set; } // pd
        public string? OrganisationName { get; set; } // no
        public DateOnly? DateOfBirth { get; set; } // pd
        public bool IsDeceased { get; set; } // pd
        public SupporterAddress Address { get; set; } = new(); // pd
        public string? Email { get; set; } // pd
        public string? MobileNumber { get; set; } // pd
        public string? HomePhone { get; set; } // pd
        public ContactChannel PreferredChannel { get; set; } // no
        // Gift Aid eligibility says the person pays UK income or capital gains tax.
        public bool GiftAidEligible { get; set; } // pd
        // Wealth screening (the practice regulators fined charities for): an estimate of the person's wealth.
        public string? WealthBand { get; set; } // pd
        public decimal? EstimatedCapacityToGive { get; set; } // pd
        // The sum of everything the person has given: a profile of them, not the amount of one transaction.
        public decimal LifetimeGiving { get; set; } // pd
        public string? Occupation { get; set; } // pd
        public string? RecruitmentSourceCode { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public DateTime? ModifiedAt { get; set; } // no
        public List<Donation> Donations { get; set; } = new(); // pd
        public List<GiftAidDeclaration> GiftAidDeclarations { get; set; } = new(); // pd
        public List<Suppression> Suppressions { get; set; } = new(); // pd
    }

    [Owned]
    public class SupporterAddress
    {
        public string HouseNameOrNumber { get; set; } = ""; // pd
        public string Street { get; set; } = ""; // pd
        public string? Locality { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string? County { get; set; } // pd
        public string Postcode { get; set; } = ""; // pd
        public string Country { get; set; } = "United Kingdom"; // pd
        public bool ValidatedAgainstPaf { get; set; } // no
    }

    public class Donation
    {
        public long Id { get; set; } // no
        public int SupporterId { get; set; } // pd
        public Supporter Supporter { get; set; } = null!; // pd
        public decimal Amount { get; set; } // no
        public string Currency { get; set; } = "GBP"; // no
        public DonationSource Source { get; set; } // no
        public DateOnly ReceivedOn { get; set; } // no
        public string? AppealCode { get; set; } // no
        public Guid? CampaignId { get; set; } // no
        public Campaign? Campaign { get; set; } // no
        public bool GiftAidClaimed { get; set; } // no
        public string? PaymentProviderReference { get; set; } // no
        // A tribute gift names someone the donor has lost: it tells of the donor's bereavement and family.
        public string? InMemoryOf { get; set; } // pd
        public string? TributeMessage { get; set; } // pd
        public string? ChequeDrawerName { get; set; } // pd
    }

    public class GiftAidDeclaration
    {
        public Guid Id { get; set; } // no
        public int SupporterId { get; set; } // pd
        public DateOnly DeclaredOn { get; set; } // no
        public string WordingVersion { get; set; } = ""; // no
        public bool CoversPastFourYears { get; set; } // no
        public bool ConfirmedUkTaxpayer { get; set; } // pd
        public string Method { get; set; } = "Online"; // no
        // An oral declaration is kept as a call recording: the supporter's voice.
        public string? CallRecordingBlobPath { get; set; } // pd
        public DateOnly? CancelledOn { get; set; } // no
        // What the supporter said when cancelling ("I retired and no longer pay tax").
        public string? CancellationReason { get; set; } // pd
    }

    public record GiftAidClaimScheduleRow(
        string Title, // pd
        string FirstName, // pd
        string LastName, // pd
        string HouseNameOrNumber, // pd
        string Postcode, // pd
        bool AggregatedDonations, // no
        bool SponsoredEvent, // no
        DateOnly DonationDate, // no
        decimal Amount); // no

    public class GiftAidClaim
    {
        public Guid Id { get; set; } // no
        public string HmrcCorrelationId { get; set; } = ""; // no
        public DateTime SubmittedAt { get; set; } // no
        public decimal TotalClaimed { get; set; } // no
        public int RowCount { get; set; } // no
        public string Status { get; set; } = ""; // no
        public List<GiftAidClaimScheduleRow> Rows { get; set; } = new(); // pd
    }

    public class DirectDebitMandate
    {
        public Guid Id { get; set; } // no
        public int SupporterId { get; set; } // pd
        // The mandate's own reference, quoted to the bank: an identifier of the agreement, like an order number.
        public string MandateReference { get; set; } = ""; // no
        public string AccountHolderName { get; set; } = ""; // pd
        public string SortCode { get; set; } = ""; // pd
        public string AccountNumberLastFour { get; set; } = ""; // pd
        // Where the person banks, as part of their bank details.
        public string? BankName { get; set; } // pd
        public decimal MonthlyAmount { get; set; } // no
        public int CollectionDay { get; set; } // no
        public string Status { get; set; } = ""; // no
        public DateTime? CancelledAt { get; set; } // no
    }

    public class LegacyPledge
    {
        public Guid Id { get; set; } // no
        public int SupporterId { get; set; } // pd
        // What the person's will leaves and roughly how much: their estate and intentions.
        public string GiftType { get; set; } = ""; // pd
        public decimal? EstimatedValue { get; set; } // pd
        public string? ExecutorName { get; set; } // pd
        public string? ExecutorSolicitorFirm { get; set; } // no
        public string? ExecutorSolicitorFirmPhone { get; set; } // no
        public DateOnly NotifiedOn { get; set; } // no
        public bool ConfirmedInWill { get; set; } // pd
    }

    public class Suppression
    {
        public Guid Id { get; set; } // no
        public int SupporterId { get; set; } // pd
        public ContactChannel Channel { get; set; } // no
        // "Deceased" or "gone away" says something about the person; "requested" records their wish.
        public SuppressionReason Reason { get; set; } // pd
        public string? Notes { get; set; } // pd
        public DateTime SuppressedAt { get; set; } // no
    }

    public class Campaign
    {
        public Guid Id { get; set; } // no
        public string Code { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public DateOnly StartsOn { get; set; } // no
        public DateOnly? EndsOn { get; set; } // no
        public decimal TargetAmount { get; set; } // no
        public ContactChannel Channel { get; set; } // no
        public string? Description { get; set; } // no
    }

    public class FundraisingEvent
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string VenueName { get; set; } = ""; // no
        public string VenuePostcode { get; set; } = ""; // no
        public double VenueLatitude { get; set; } // no
        public double VenueLongitude { get; set; } // no
        public DateTime StartsAt { get; set; } // no
        public decimal RegistrationFee { get; set; } // no
        public decimal MinimumSponsorship { get; set; } // no
        // The events team's shared mailbox, not a person's.
        public string ContactEmail { get; set; } = "events@example-charity.org.uk"; // no
        public List<EventParticipant> Participants { get; set; } = new(); // pd
    }

    public class EventParticipant
    {
        public Guid Id { get; set; } // no
        public Guid EventId { get; set; } // no
        public int SupporterId { get; set; } // pd
        public string? TShirtSize { get; set; } // pd
        public string EmergencyContactName { get; set; } = ""; // pd
        public string EmergencyContactPhone { get; set; } = ""; // pd
        public string? MedicalConditions { get; set; } // pd
        // Why they run: often "for my mum, who died of ..." in their own words.
        public string? MotivationStory { get; set; } // pd
        public string? FundraisingPageUrl { get; set; } // pd
        public decimal SponsorshipTarget { get; set; } // no
        public decimal RaisedSoFar { get; set; } // no
        // What the person did or achieved (like their finish time), not a workflow status of a record.
        public bool FinishedCourse { get; set; } // pd
        public TimeSpan? FinishTime { get; set; } // pd
    }

    public class CorporatePartner
    {
        public Guid Id { get; set; } // no
        public string CompanyName { get; set; } = ""; // no
        public string CompaniesHouseNumber { get; set; } = ""; // no
        public string SwitchboardPhone { get; set; } = ""; // no
        public string GeneralEnquiriesEmail { get; set; } = ""; // no
        public string RegisteredOfficeLine1 { get; set; } = ""; // no
        public string RegisteredOfficePostcode { get; set; } = ""; // no
        public string PrimaryContactName { get; set; } = ""; // pd
        public string PrimaryContactEmail { get; set; } = ""; // pd
        public string? PrimaryContactJobTitle { get; set; } // pd
        public decimal AnnualMatchFundingCap { get; set; } // no
    }

    public class VolunteerUser : IdentityUser
    {
        public string DisplayName { get; set; } = ""; // pd
        public DateOnly? DbsCheckedOn { get; set; } // no
        // The outcome of a criminal records check (Art. 10).
        public string? DbsOutcome { get; set; } // pd
        public string? DbsCertificateNumber { get; set; } // pd
        public List<string> Skills { get; set; } = new(); // pd
        public string? AvailabilityNotes { get; set; } // pd
        public int HoursLoggedThisYear { get; set; } // no
        public Guid? HomeShopId { get; set; } // no
    }

    public record AppealMailingRow(
        string SupporterNumber, // pd
        string FullName, // pd
        string AddressBlock, // pd
        // The amount to ask for, computed from the person's past gifts: derived from their giving history.
        decimal AskAmount, // pd
        // "HV-LAPSED" (a wealthy donor who stopped giving): a profile of the person.
        string SegmentCode, // pd
        string PackCode); // no

    public record DonationReceived(
        long DonationId, // no
        int SupporterId, // pd
        decimal Amount, // no
        DateTime ReceivedAt) : INotification; // no

    public record SupporterOptedOut(
        int SupporterId, // pd
        ContactChannel Channel, // no
        string? InTheirWords) : INotification; // pd

    public record RecordDonationCommand(
        int SupporterId, // pd
        decimal Amount, // no
        string? InMemoryOf, // pd
        string PaymentToken, // no
        // The donor ticked "I am a UK taxpayer".
        bool GiftAidDeclared) : IRequest<long>; // pd

    public record CampaignPerformanceDto(
        string CampaignCode, // no
        int Donors, // no
        decimal Raised, // no
        decimal AverageGift, // no
        double ResponseRate); // no

    public class GiftAidOptions
    {
        public const string SectionName = "GiftAid"; // no
        public string HmrcCharityReference { get; set; } = ""; // no
        // The charity's Government Gateway login, not a person's.
        public string GatewayUserId { get; set; } = ""; // no
        public string GatewayPassword { get; set; } = ""; // no
        public string SenderEmail { get; set; } = "giftaid@example-charity.org.uk"; // no
        // HMRC requires a named authorised official: a person, with their own phone.
        public string AuthorisedOfficialName { get; set; } = ""; // pd
        public string AuthorisedOfficialPhone { get; set; } = ""; // pd
        public int ClaimBatchSize { get; set; } = 1000; // no
    }

    public class FundraisingDbContext : DbContext
    {
        public DbSet<Supporter> Supporters { get; set; } = null!; // pd
        public DbSet<Donation> Donations { get; set; } = null!; // pd
        public DbSet<GiftAidDeclaration> GiftAidDeclarations { get; set; } = null!; // pd
        public DbSet<GiftAidClaim> GiftAidClaims { get; set; } = null!; // pd
        public DbSet<DirectDebitMandate> Mandates { get; set; } = null!; // pd
        public DbSet<LegacyPledge> LegacyPledges { get; set; } = null!; // pd
        public DbSet<Campaign> Campaigns { get; set; } = null!; // no
        public DbSet<FundraisingEvent> Events { get; set; } = null!; // pd
        public DbSet<CorporatePartner> CorporatePartners { get; set; } = null!; // pd
    }
}
#endif
