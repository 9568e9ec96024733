#if LAWFULBASIS_CORPUS
// Held out, round 2: written before its author read the discovery heuristics, measured once. A mobile operator's
// billing and network data: subscribers, SIMs, call detail records, data sessions, invoices, number porting, cells,
// collections. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut2.Telecom
{
    public enum CallType { Voice, Sms, Mms, Data }

    public enum AccountStatus { Active, Suspended, Barred, Closed }

    // Value objects shared by the billing model.
    public record Money(
        decimal Amount, // no
        string Currency); // no

    // A postal address; in this model it is only ever a subscriber's (billing or SIM delivery).
    public class PostalAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string PostCode { get; set; } = ""; // pd
        public string CountryIso { get; set; } = ""; // pd
    }

    public class Subscriber
    {
        public long SubscriberId { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public DateOnly BirthDate { get; set; } // pd
        public string IdDocumentType { get; set; } = ""; // no
        public string IdDocumentNumber { get; set; } = ""; // pd
        public string ContactEmail { get; set; } = ""; // pd
        public PostalAddress BillingAddress { get; set; } = new(); // pd
        public string AccountNumber { get; set; } = ""; // pd
        public AccountStatus Status { get; set; } // no
        public int? CreditScore { get; set; } // pd
        public decimal CreditLimit { get; set; } // pd
        public string? Iban { get; set; } // pd
        public bool PaperlessBilling { get; set; } // no
        public DateTime CustomerSince { get; set; } // no
        public ICollection<SimCard> Sims { get; set; } = new List<SimCard>(); // pd
        public ICollection<Invoice> Invoices { get; set; } = new List<Invoice>(); // pd
    }

    public class SimCard
    {
        public int Id { get; set; } // no
        public long SubscriberId { get; set; } // pd
        // The phone number: contacts and identifies the person using it.
        public string Msisdn { get; set; } = ""; // pd
        public string Imsi { get; set; } = ""; // pd
        public string Iccid { get; set; } = ""; // pd
        public string? LastSeenImei { get; set; } // pd
        public string TariffCode { get; set; } = ""; // no
        public bool IsEsim { get; set; } // no
        public DateTime ActivatedAt { get; set; } // no
        public string? Puk { get; set; } // no
    }

    // One row per call or message, kept for billing and for the retention law on traffic data.
    public class CallDetailRecord
    {
        public long Id { get; set; } // no
        public string CallingNumber { get; set; } = ""; // pd
        public string CalledNumber { get; set; } = ""; // pd
        public CallType Type { get; set; } // no
        public DateTime StartedAtUtc { get; set; } // no
        public int DurationSeconds { get; set; } // no
        // The mast the phone used: where the caller was.
        public string ServingCellId { get; set; } = ""; // pd
        public string? ServingCellIdAtEnd { get; set; } // pd
        public string? Imei { get; set; } // pd
        // A visited network abroad: the country the caller was in.
        public string? VisitedNetworkCountry { get; set; } // pd
        public string RatingGroup { get; set; } = ""; // no
        public Money Charge { get; set; } = new(0, "EUR"); // no
        public string SourceFile { get; set; } = ""; // no
        public int SequenceNumber { get; set; } // no
    }

    public class DataSession
    {
        public long Id { get; set; } // no
        public string Msisdn { get; set; } = ""; // pd
        public string Apn { get; set; } = "internet"; // no
        // The public address the carrier's NAT gave this subscriber: an online identifier.
        public string AssignedPublicIp { get; set; } = ""; // pd
        public int PublicPortRangeStart { get; set; } // pd
        public long BytesUp { get; set; } // no
        public long BytesDown { get; set; } // no
        public DateTime OpenedAt { get; set; } // no
        public DateTime? ClosedAt { get; set; } // no
    }

    public class Invoice
    {
        public Guid Id { get; set; } // no
        public string InvoiceNumber { get; set; } = ""; // no
        public long SubscriberId { get; set; } // pd
        public DateOnly PeriodStart { get; set; } // no
        public DateOnly PeriodEnd { get; set; } // no
        public Money Total { get; set; } = new(0, "EUR"); // no
        public Money Vat { get; set; } = new(0, "EUR"); // no
        public DateOnly DueDate { get; set; } // no
        public bool Paid { get; set; } // no
        public List<CallDetailRecord> ItemisedCalls { get; set; } = new(); // pd
        public PostalAddress SentTo { get; set; } = new(); // pd
    }

    public class Tariff
    {
        public string Code { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public Money MonthlyFee { get; set; } = new(0, "EUR"); // no
        public int IncludedMinutes { get; set; } // no
        public long IncludedDataBytes { get; set; } // no
        public Money PricePerExtraMinute { get; set; } = new(0, "EUR"); // no
        public bool RoamingIncluded { get; set; } // no
    }

    // The operator's own network inventory: a mast's position is not anyone's position.
    public class NetworkCell
    {
        public string CellId { get; set; } = ""; // no
        public string SiteName { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public int AzimuthDegrees { get; set; } // no
        public string Technology { get; set; } = "5G"; // no
        public string Region { get; set; } = ""; // no
    }

    public class PortingRequest
    {
        public Guid Id { get; set; } // no
        public string Msisdn { get; set; } = ""; // pd
        // The code the subscriber gives the new operator: issued for one person's number.
        public string PortingAuthorisationCode { get; set; } = ""; // pd
        public string DonorOperator { get; set; } = ""; // no
        public string RecipientOperator { get; set; } = ""; // no
        public DateTime RequestedPortDate { get; set; } // no
        public string State { get; set; } = ""; // no
    }

    public class CollectionsCase
    {
        public Guid Id { get; set; } // no
        public long SubscriberId { get; set; } // pd
        // What a person owes and has failed to pay: their financial situation, not a price.
        public decimal AmountOverdue { get; set; } // pd
        public int DaysPastDue { get; set; } // pd
        public string? AgencyName { get; set; } // no
        public bool PaymentPlanAgreed { get; set; } // pd
        public bool VulnerableCustomerFlag { get; set; } // pd
        public string? AgentNotes { get; set; } // pd
    }

    public class SupportTicket
    {
        public int Id { get; set; } // no
        public long? SubscriberId { get; set; } // pd
        public string CallbackNumber { get; set; } = ""; // pd
        public string Subject { get; set; } = ""; // pd
        public string Transcript { get; set; } = ""; // pd
        public string Queue { get; set; } = ""; // no
        public int AgentId { get; set; } // pd
        public DateTime OpenedAt { get; set; } // no
    }

    // Integration events on the bus.
    public record SimSwapped(
        long SubscriberId, // pd
        string OldIccid, // pd
        string NewIccid, // pd
        string Channel, // no
        DateTime OccurredAt); // no

    public record UsageThresholdReached(
        string Msisdn, // pd
        int PercentOfAllowance, // no
        DateTime At); // no

    public record TariffChanged(
        string OldTariffCode, // no
        string NewTariffCode, // no
        DateOnly EffectiveFrom); // no

    public class MediationOptions
    {
        public string CdrDropFolder { get; set; } = ""; // no
        public string ArchiveConnectionString { get; set; } = ""; // no
        public int BatchSize { get; set; } = 5000; // no
        public TimeSpan TrafficDataRetention { get; set; } = TimeSpan.FromDays(365); // no
    }

    public class SmsGatewayOptions
    {
        public Uri BaseUrl { get; set; } = new("https://sms.example.net"); // no
        public string SenderId { get; set; } = "MyTelco"; // no
        public string ApiKey { get; set; } = ""; // no
        public string HotlineNumber { get; set; } = "+44 800 000 000"; // no
    }

    public class BillingDbContext : DbContext
    {
        public DbSet<Subscriber> Subscribers { get; set; } = null!; // pd
        public DbSet<CallDetailRecord> CallDetailRecords { get; set; } = null!; // pd
        public DbSet<Tariff> Tariffs { get; set; } = null!; // no
        public DbSet<NetworkCell> Cells { get; set; } = null!; // no
    }
}
#endif
