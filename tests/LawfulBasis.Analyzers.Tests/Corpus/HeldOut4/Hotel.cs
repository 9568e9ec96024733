#if LAWFULBASIS_CORPUS
// Held out, round 4: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A hotel property-management system: the hotel and its rooms, guest profiles and preferences, passports
// scanned at check-in and the guest registration some countries require, reservations, in-house stays and the folio,
// loyalty, housekeeping, guest Wi-Fi and reviews. The hotel's own details are an organisation's. Labels: pd, no, key
// (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut4.Hotel
{
    public enum RoomStatus { Clean, Dirty, Inspected, OutOfOrder }

    public enum ReservationStatus { Provisional, Confirmed, CheckedIn, CheckedOut, NoShow, Cancelled }

    public enum IdDocumentType { Passport, NationalIdCard, DrivingLicence, ResidencePermit }

    public enum LoyaltyTier { Member, Silver, Gold, Platinum }

    public class Property
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string AddressLine { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public string CountryCode { get; set; } = ""; // no
        public string ReservationsPhone { get; set; } = ""; // no
        public string FrontDeskEmail { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public int StarRating { get; set; } // no
        public string TimeZoneId { get; set; } = "Europe/London"; // no
        public string GeneralManagerName { get; set; } = ""; // pd
        public List<Room> Rooms { get; set; } = new(); // no
    }

    public class Room
    {
        public int Id { get; set; } // no
        public int PropertyId { get; set; } // no
        public string Number { get; set; } = ""; // no
        public int Floor { get; set; } // no
        public string RoomTypeCode { get; set; } = ""; // no
        public RoomStatus Status { get; set; } // no
        public bool Accessible { get; set; } // no
        public decimal RackRate { get; set; } // no
    }

    public class GuestProfile
    {
        public Guid Id { get; set; } // key
        public string? Salutation { get; set; } // pd
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string? Email { get; set; } // pd
        public string? Phone { get; set; } // pd
        public string? Nationality { get; set; } // pd
        public DateOnly? BirthDate { get; set; } // pd
        public string? Street { get; set; } // pd
        public string? City { get; set; } // pd
        public string? PostalCode { get; set; } // pd
        public string? Country { get; set; } // pd
        public string? EmployerName { get; set; } // pd
        public string? LoyaltyNumber { get; set; } // pd
        public LoyaltyTier? Tier { get; set; } // pd
        public int PointsBalance { get; set; } // pd
        public GuestPreferences Preferences { get; set; } = new(); // pd
        // Staff notes: "Complained about noise twice; prefers not to be near the lift; celebrating divorce".
        public string? Notes { get; set; } // pd
        public bool DoNotRent { get; set; } // pd
        public bool MarketingConsent { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public List<IdentityDocument> Documents { get; set; } = new(); // pd
    }

    [Owned]
    public class GuestPreferences
    {
        public bool HighFloor { get; set; } // no
        public string? PillowType { get; set; } // no
        public string? Newspaper { get; set; } // no
        // "Coeliac", "halal", "nut allergy": health or religion.
        public string? DietaryRequirements { get; set; } // pd
        public bool NeedsAccessibleRoom { get; set; } // pd
    }

    public class IdentityDocument
    {
        public Guid Id { get; set; } // no
        public Guid GuestId { get; set; } // pd
        public IdDocumentType Type { get; set; } // no
        public string DocumentNumber { get; set; } = ""; // pd
        public string IssuingCountry { get; set; } = ""; // pd
        public DateOnly ExpiryDate { get; set; } // pd
        public string MachineReadableZone { get; set; } = ""; // pd
        public string ScanBlobPath { get; set; } = ""; // pd
        public string VerifiedByStaffId { get; set; } = ""; // pd
        public DateTime VerifiedAt { get; set; } // no
    }

    public class Reservation
    {
        public Guid Id { get; set; } // no
        public string ConfirmationNumber { get; set; } = ""; // no
        public int PropertyId { get; set; } // no
        public Guid GuestId { get; set; } // pd
        public DateOnly Arrival { get; set; } // no
        public DateOnly Departure { get; set; } // no
        public int Adults { get; set; } // no
        public int Children { get; set; } // no
        public string RatePlanCode { get; set; } = ""; // no
        public decimal TotalAmount { get; set; } // no
        public string Currency { get; set; } = "EUR"; // no
        public string Channel { get; set; } = ""; // no
        public ReservationStatus Status { get; set; } // no
        // Names of the people sharing the room.
        public List<string> AccompanyingGuests { get; set; } = new(); // pd
        public string? BookerEmail { get; set; } // pd
        public string? SpecialRequests { get; set; } // pd
        public string? CardLast4 { get; set; } // pd
        public string? CardExpiry { get; set; } // pd
        public string? CompanyAccountCode { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    public class Stay
    {
        public Guid Id { get; set; } // no
        public Guid ReservationId { get; set; } // no
        public int RoomId { get; set; } // no
        public DateTime CheckedInAt { get; set; } // no
        public DateTime? CheckedOutAt { get; set; } // no
        public int KeycardsIssued { get; set; } // no
        public string? VehicleRegistration { get; set; } // pd
        public List<FolioCharge> Folio { get; set; } = new(); // pd
    }

    // What a guest bought ("Pay-per-view", "Spa: deep-tissue massage", "Minibar"): their behaviour; the price is not.
    public class FolioCharge
    {
        public long Id { get; set; } // no
        public Guid StayId { get; set; } // no
        public string Description { get; set; } = ""; // pd
        public decimal Amount { get; set; } // no
        public string RevenueCode { get; set; } = ""; // no
        public DateTime PostedAt { get; set; } // no
        public string PostedByUser { get; set; } = ""; // pd
    }

    // Spain's Real Decreto 933/2021, Portugal's SEF bulletin: a form per guest sent to the police.
    public record PoliceGuestRegistration(
        string FullName, // pd
        IdDocumentType DocumentType, // no
        string DocumentNumber, // pd
        string Nationality, // pd
        DateOnly BirthDate, // pd
        string Sex, // pd
        DateOnly ArrivalDate, // no
        string PropertyCode); // no

    public class HousekeepingTask
    {
        public int Id { get; set; } // no
        public int RoomId { get; set; } // no
        public Guid? AssignedAttendantId { get; set; } // pd
        public RoomStatus TargetStatus { get; set; } // no
        public bool LinenChange { get; set; } // no
        // "Guest's insulin in the minibar, do not empty": about a guest.
        public string? Note { get; set; } // pd
        public DateTime? CompletedAt { get; set; } // no
    }

    public class LostItem
    {
        public int Id { get; set; } // no
        public string Description { get; set; } = ""; // no
        public string FoundInRoom { get; set; } = ""; // no
        public DateTime FoundAt { get; set; } // no
        public string StorageShelf { get; set; } = ""; // no
        public Guid? ClaimedByGuestId { get; set; } // pd
    }

    public class LoyaltyTierRule
    {
        public LoyaltyTier Tier { get; set; } // no
        public int NightsToQualify { get; set; } // no
        public decimal PointsPerEuro { get; set; } // no
        public string Benefits { get; set; } = ""; // no
    }

    public class WifiSession
    {
        public long Id { get; set; } // no
        public Guid? GuestId { get; set; } // pd
        public string DeviceMac { get; set; } = ""; // pd
        public string? DeviceHostName { get; set; } // pd
        public long BytesDown { get; set; } // no
        public DateTime StartedAt { get; set; } // no
        public string AccessPointName { get; set; } = ""; // no
    }

    public class GuestReview
    {
        public int Id { get; set; } // no
        public Guid StayId { get; set; } // no
        public int OverallScore { get; set; } // pd
        public string? Comment { get; set; } // pd
        public string? ManagerReply { get; set; } // pd
        public bool Published { get; set; } // no
    }

    public class NightAudit
    {
        public DateOnly BusinessDate { get; set; } // no
        public int RoomsSold { get; set; } // no
        public decimal OccupancyPercent { get; set; } // no
        public decimal AverageDailyRate { get; set; } // no
        public decimal RevPar { get; set; } // no
    }

    public class FrontDeskUser : IdentityUser
    {
        public string DisplayName { get; set; } = ""; // pd
        public int PropertyId { get; set; } // no
        public string EmployeeNumber { get; set; } = ""; // pd
        public bool CanOverrideRates { get; set; } // no
    }

    public class ChannelManagerOptions
    {
        public string HotelCode { get; set; } = ""; // no
        public string ApiKey { get; set; } = ""; // no
        public Uri Endpoint { get; set; } = new("https://channel.example/ota"); // no
        public int PushIntervalMinutes { get; set; } = 5; // no
    }

    // The arrivals list on the front desk tablet.
    public record ArrivalListItem(
        string ConfirmationNumber, // no
        string GuestName, // pd
        string? RoomNumber, // no
        LoyaltyTier? Tier, // pd
        string? SpecialRequests, // pd
        int Nights); // no

    public record GuestCheckedIn(
        Guid StayId, // no
        Guid GuestId, // pd
        string RoomNumber, // no
        DateTime At) : INotification; // no

    public record MergeGuestProfiles(
        Guid SurvivorId, // pd
        Guid DuplicateId) : IRequest<bool>; // pd

    public class PmsDbContext : DbContext
    {
        public DbSet<Property> Properties { get; set; } = null!; // pd
        public DbSet<Room> Rooms { get; set; } = null!; // no
        public DbSet<GuestProfile> Guests { get; set; } = null!; // pd
        public DbSet<Reservation> Reservations { get; set; } = null!; // pd
        public DbSet<LoyaltyTierRule> TierRules { get; set; } = null!; // no
        public DbSet<NightAudit> NightAudits { get; set; } = null!; // no
    }
}
#endif
