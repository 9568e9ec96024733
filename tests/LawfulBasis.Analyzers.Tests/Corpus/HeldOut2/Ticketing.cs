#if LAWFULBASIS_CORPUS
// Held out, round 2: written before its author read the discovery heuristics, measured once. Event ticketing: venues,
// events, performers, ticket types, orders, named tickets, gate scans, resale, waitlists, promoters.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut2.Ticketing
{
    public enum OrderStatus { Pending, Paid, Refunded, Cancelled }

    public enum TicketState { Issued, Transferred, Scanned, Void }

    // An owned value object, used for venues and for buyers alike.
    public record Location(
        string Line1, // pd
        string City, // pd
        string PostalCode, // pd
        string Country); // pd

    public record Price(
        decimal Amount, // no
        string CurrencyCode); // no

    public class Venue
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        // A venue's address: a place, not a person (its type is the buyers' Location too).
        public Location Address { get; set; } = null!; // no
        public string BoxOfficePhone { get; set; } = ""; // no
        public string BoxOfficeEmail { get; set; } = ""; // no
        public int Capacity { get; set; } // no
        public double Lat { get; set; } // no
        public double Lon { get; set; } // no
        public string TimeZoneId { get; set; } = ""; // no
    }

    public class Performer
    {
        public Guid Id { get; set; } // no
        // A band's or a company's billing name; the table does not hold individual artists' details.
        public string BillingName { get; set; } = ""; // no
        public string Genre { get; set; } = ""; // no
        public string? SpotifyArtistId { get; set; } // no
        // The tour manager the promoter calls: a person's contact details.
        public string? TourManagerName { get; set; } // pd
        public string? TourManagerMobile { get; set; } // pd
    }

    public class Event
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Slug { get; set; } = ""; // no
        public Guid VenueId { get; set; } // no
        public Guid HeadlinerId { get; set; } // no
        public DateTimeOffset DoorsOpen { get; set; } // no
        public DateTimeOffset StartsAt { get; set; } // no
        public int MinimumAge { get; set; } // no
        public bool IsSoldOut { get; set; } // no
        public string? HeroImageUrl { get; set; } // no
        public List<TicketType> TicketTypes { get; set; } = new(); // no
    }

    public class TicketType
    {
        public int Id { get; set; } // no
        public Guid EventId { get; set; } // no
        public string Name { get; set; } = ""; // no
        public Price FaceValue { get; set; } = null!; // no
        public Price BookingFee { get; set; } = null!; // no
        public int Allocation { get; set; } // no
        public int Sold { get; set; } // no
        public int MaxPerOrder { get; set; } // no
    }

    public class Customer
    {
        public Guid Id { get; set; } // key
        public string Forename { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? Mobile { get; set; } // pd
        public DateOnly? Dob { get; set; } // pd
        public Location? HomeAddress { get; set; } // pd
        public bool MarketingConsent { get; set; } // no
        public List<string> FavouriteGenres { get; set; } = new(); // pd
        public int LifetimeOrders { get; set; } // pd
        public DateTime CreatedUtc { get; set; } // no
    }

    public class TicketOrder
    {
        public Guid Id { get; set; } // no
        public string Reference { get; set; } = ""; // no
        public Guid CustomerId { get; set; } // pd
        public Guid EventId { get; set; } // no
        public OrderStatus Status { get; set; } // no
        public Price Total { get; set; } = null!; // no
        public Location BillingAddress { get; set; } = null!; // pd
        public string PaymentIntentId { get; set; } = ""; // no
        public string? CardholderName { get; set; } // pd
        public string? CardLast4 { get; set; } // pd
        // The buyer's connection, kept for fraud screening.
        public string? ClientIp { get; set; } // pd
        public string? DeviceFingerprint { get; set; } // pd
        public int FraudScore { get; set; } // pd
        public DateTime PlacedAt { get; set; } // no
        public List<Ticket> Tickets { get; set; } = new(); // pd
    }

    public class Ticket
    {
        public Guid Id { get; set; } // no
        public Guid OrderId { get; set; } // no
        public int TicketTypeId { get; set; } // no
        public string Barcode { get; set; } = ""; // no
        public string? Seat { get; set; } // no
        // Named tickets (anti-touting): the holder must show ID at the door.
        public string? HolderName { get; set; } // pd
        public string? HolderEmail { get; set; } // pd
        public TicketState State { get; set; } // no
        // Wheelchair space, companion seat, hearing loop: the holder's disability.
        public string? AccessRequirement { get; set; } // pd
    }

    public class GateScan
    {
        public long Id { get; set; } // no
        public string Barcode { get; set; } = ""; // no
        public string GateName { get; set; } = ""; // no
        public string ScannerDeviceId { get; set; } = ""; // no
        public int ScannedByStewardId { get; set; } // pd
        public DateTimeOffset ScannedAt { get; set; } // no
        public bool Accepted { get; set; } // no
        public string? RejectionCode { get; set; } // no
        // Door staff check the name on a named ticket against this document.
        public string? IdDocumentLastDigits { get; set; } // pd
    }

    public class ResaleListing
    {
        public Guid Id { get; set; } // no
        public Guid TicketId { get; set; } // no
        public Guid SellerCustomerId { get; set; } // pd
        public Guid? BuyerCustomerId { get; set; } // pd
        public Price AskingPrice { get; set; } = null!; // no
        public string? SellerPayoutIban { get; set; } // pd
        public DateTime ListedAt { get; set; } // no
    }

    public class WaitlistEntry
    {
        public long Id { get; set; } // no
        public Guid EventId { get; set; } // no
        public string Email { get; set; } = ""; // pd
        public int Quantity { get; set; } // no
        public int Position { get; set; } // no
        public DateTime JoinedAt { get; set; } // no
    }

    public class Promoter
    {
        public Guid Id { get; set; } // no
        public string CompanyName { get; set; } = ""; // no
        public string CompanyNumber { get; set; } = ""; // no
        public string VatNumber { get; set; } = ""; // no
        public string ContactName { get; set; } = ""; // pd
        public string ContactEmail { get; set; } = ""; // pd
        public string AccountsEmail { get; set; } = ""; // no
        public decimal CommissionRate { get; set; } // no
    }

    public class Steward
    {
        public int Id { get; set; } // key
        public string Name { get; set; } = ""; // pd
        public string SiaLicenceNumber { get; set; } = ""; // pd
        public DateOnly LicenceExpires { get; set; } // pd
        public string? HiVisNumber { get; set; } // no
    }

    // Public API and events.
    public record CheckoutRequest(
        Guid EventId, // no
        IReadOnlyDictionary<int, int> QuantitiesByTicketType, // no
        string Email, // pd
        string FirstName, // pd
        string LastName, // pd
        string? PromoCode); // no

    public record TicketDto(
        Guid Id, // no
        string EventName, // no
        string VenueName, // no
        DateTimeOffset StartsAt, // no
        string? Seat, // no
        string? HolderName, // pd
        string QrPayload); // no

    public record OrderPaid(
        Guid OrderId, // no
        Guid CustomerId, // pd
        string CustomerEmail, // pd
        decimal Amount, // no
        string Currency); // no

    public record EventRescheduled(
        Guid EventId, // no
        DateTimeOffset OldStart, // no
        DateTimeOffset NewStart); // no

    public class CheckoutOptions
    {
        public TimeSpan BasketHold { get; set; } = TimeSpan.FromMinutes(10); // no
        public string StripeSecretKey { get; set; } = ""; // no
        public string ConfirmationFromAddress { get; set; } = "tickets@example.com"; // no
        public int MaxTicketsPerCustomer { get; set; } = 8; // no
    }

    public class TicketingDbContext : DbContext
    {
        public DbSet<Venue> Venues { get; set; } = null!; // no
        public DbSet<Event> Events { get; set; } = null!; // no
        public DbSet<TicketOrder> Orders { get; set; } = null!; // pd
        public DbSet<WaitlistEntry> Waitlist { get; set; } = null!; // pd
        public DbSet<Promoter> Promoters { get; set; } = null!; // pd
    }
}
#endif
