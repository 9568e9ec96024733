#if LAWFULBASIS_CORPUS
// Held out, round 4: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A ride-hailing platform: riders and drivers, driver onboarding (licences, background checks, bank
// details), vehicles, trip requests and dispatch, GPS traces, fares and weekly payouts, ratings, support tickets and
// safety incidents, and the platform's own places (surge zones, airports, driver hubs). Where a person was is personal;
// when a record was written is not. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Corpus.HeldOut4.RideHailing
{
    public enum DriverStatus { Applied, DocumentsPending, BackgroundCheck, Active, Suspended, Deactivated }

    public enum TripStatus { Requested, Accepted, DriverArrived, InProgress, Completed, CancelledByRider, CancelledByDriver }

    public enum VehicleClass { Standard, Comfort, Xl, WheelchairAccessible, Electric }

    public enum CheckOutcome { Clear, Consider, Failed }

    public enum CancellationReasonCode { DriverTooFar, ChangedMind, WrongPickup, NoShow, Other }

    public enum IncidentType { DangerousDriving, VerbalAbuse, PhysicalAssault, SexualMisconduct, Discrimination, LostItem }

    public class Rider : IdentityUser<Guid>
    {
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string? ProfilePhotoBlobPath { get; set; } // pd
        // Shared with friends ("ANNA7K2"): it names the person who invited them.
        public string ReferralCode { get; set; } = ""; // pd
        public Guid? ReferredByRiderId { get; set; } // pd
        public double AverageRatingFromDrivers { get; set; } // pd
        public bool UsesWheelchair { get; set; } // pd
        // "Hearing impaired, please text rather than call": free text about the person's health.
        public string? AccessibilityNote { get; set; } // pd
        public string? EmergencyContactName { get; set; } // pd
        public string? EmergencyContactPhone { get; set; } // pd
        public string? PushNotificationToken { get; set; } // pd
        public string PreferredLanguage { get; set; } = "en-GB"; // no
        public bool MarketingOptIn { get; set; } // no
        public Guid? DefaultPaymentMethodId { get; set; } // no
        public DateTime SignedUpAt { get; set; } // no
        public BusinessProfile? Business { get; set; } // pd
        public List<SavedPlace> SavedPlaces { get; set; } = new(); // pd
        public List<Trip> Trips { get; set; } = new(); // pd
    }

    [Owned]
    public class BusinessProfile
    {
        // The rider's employer.
        public string CompanyName { get; set; } = ""; // pd
        public string WorkEmail { get; set; } = ""; // pd
        public string? CostCentre { get; set; } // no
        public bool ExpenseReportsEnabled { get; set; } // no
    }

    public class SavedPlace
    {
        public int Id { get; set; } // no
        public Guid RiderId { get; set; } // pd
        // "Home", "Mum's", "Clinic": named by the rider.
        public string Label { get; set; } = ""; // pd
        public string FormattedAddress { get; set; } = ""; // pd
        public double Latitude { get; set; } // pd
        public double Longitude { get; set; } // pd
        public int SortOrder { get; set; } // no
    }

    public class PaymentMethod
    {
        public Guid Id { get; set; } // no
        public Guid RiderId { get; set; } // pd
        public string CardBrand { get; set; } = ""; // no
        public string Last4 { get; set; } = ""; // pd
        public int ExpiryMonth { get; set; } // pd
        public int ExpiryYear { get; set; } // pd
        public string? BillingPostcode { get; set; } // pd
        public string ProcessorToken { get; set; } = ""; // pd
        public bool IsDefault { get; set; } // no
    }

    public class Driver
    {
        public Guid Id { get; set; } // key
        public string IdentityUserId { get; set; } = ""; // pd
        public string LegalFirstName { get; set; } = ""; // pd
        public string LegalLastName { get; set; } = ""; // pd
        // The name riders see ("Sam"), often a nickname.
        public string DisplayName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string Mobile { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public DriverAddress HomeAddress { get; set; } = new(); // pd
        public string DrivingLicenceNumber { get; set; } = ""; // pd
        public DateOnly DrivingLicenceExpiry { get; set; } // pd
        public string PrivateHireLicenceNumber { get; set; } = ""; // pd
        public string LicensingAuthority { get; set; } = ""; // no
        public string NationalInsuranceNumber { get; set; } = ""; // pd
        public string? RightToWorkShareCode { get; set; } // pd
        public DateOnly? MedicalCertificateExpiry { get; set; } // pd
        public string? ProfilePhotoUrl { get; set; } // pd
        public DriverStatus Status { get; set; } // no
        public double Rating { get; set; } // pd
        public double AcceptanceRate { get; set; } // pd
        public double CancellationRate { get; set; } // pd
        public Guid? CurrentVehicleId { get; set; } // no
        public Vehicle? CurrentVehicle { get; set; } // pd
        public PayoutAccount? PayoutAccount { get; set; } // pd
        public List<BackgroundCheck> BackgroundChecks { get; set; } = new(); // pd
        public DateTime CreatedAt { get; set; } // no
        public DateTime? UpdatedAt { get; set; } // no
        public byte[] RowVersion { get; set; } = Array.Empty<byte>(); // no
    }

    [Owned]
    public class DriverAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
        public string CountryCode { get; set; } = "GB"; // pd
    }

    [Owned]
    public class PayoutAccount
    {
        public string AccountHolderName { get; set; } = ""; // pd
        public string SortCode { get; set; } = ""; // pd
        public string AccountNumber { get; set; } = ""; // pd
        public DateTime VerifiedAt { get; set; } // no
    }

    // A driver's own car: the plate tells riders (and anyone who sees it) whose car it is.
    public class Vehicle
    {
        public Guid Id { get; set; } // no
        public Guid OwnerDriverId { get; set; } // pd
        public string RegistrationPlate { get; set; } = ""; // pd
        public string Make { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string Colour { get; set; } = ""; // no
        public int Year { get; set; } // no
        public int Seats { get; set; } // no
        public VehicleClass Class { get; set; } // no
        public string InsurancePolicyNumber { get; set; } = ""; // pd
        public DateOnly MotExpiry { get; set; } // no
    }

    public class BackgroundCheck
    {
        public Guid Id { get; set; } // no
        public Guid DriverId { get; set; } // pd
        public string Provider { get; set; } = ""; // no
        public string ProviderReference { get; set; } = ""; // no
        public string? DbsCertificateNumber { get; set; } // pd
        public CheckOutcome Outcome { get; set; } // pd
        // Convictions and cautions the check disclosed (Art. 10).
        public string? DisclosedOffences { get; set; } // pd
        public int? PenaltyPointsOnLicence { get; set; } // pd
        public DateTime RequestedAt { get; set; } // no
        public DateTime? CompletedAt { get; set; } // no
        public Guid? ReviewedByUserId { get; set; } // pd
    }

    public class Trip
    {
        public Guid Id { get; set; } // no
        public Guid RiderId { get; set; } // pd
        public Guid? DriverId { get; set; } // pd
        public Guid? VehicleId { get; set; } // no
        public TripStatus Status { get; set; } // no
        public VehicleClass RequestedClass { get; set; } // no
        public Point PickupPoint { get; set; } = null!; // pd
        public Point DropoffPoint { get; set; } = null!; // pd
        public string PickupAddress { get; set; } = ""; // pd
        public string DropoffAddress { get; set; } = ""; // pd
        // "I'm outside the pharmacy, blue coat": written by the rider.
        public string? NoteToDriver { get; set; } // pd
        public DateTime RequestedAt { get; set; } // no
        public DateTime? PickedUpAt { get; set; } // no
        public DateTime? DroppedOffAt { get; set; } // no
        public double DistanceKm { get; set; } // no
        public int DurationSeconds { get; set; } // no
        public decimal Fare { get; set; } // no
        public string Currency { get; set; } = "GBP"; // no
        public decimal Tip { get; set; } // no
        public decimal SurgeMultiplier { get; set; } // no
        public string? PromoCode { get; set; } // no
        public CancellationReasonCode? CancellationReason { get; set; } // no
        public string? CancellationComment { get; set; } // pd
        public FareBreakdown? Breakdown { get; set; } // no
        public List<TracePoint> Route { get; set; } = new(); // pd
    }

    public record FareBreakdown(
        decimal BaseFare, // no
        decimal DistanceCharge, // no
        decimal TimeCharge, // no
        decimal SurgeCharge, // no
        decimal BookingFee, // no
        decimal Total); // no

    // One GPS fix from the driver's phone while on a trip.
    public class TracePoint
    {
        public long Id { get; set; } // no
        public Guid TripId { get; set; } // no
        public Guid DriverId { get; set; } // pd
        public double Lat { get; set; } // pd
        public double Lng { get; set; } // pd
        public float AccuracyMetres { get; set; } // no
        // How fast the driver was going: their driving.
        public float SpeedKph { get; set; } // pd
        public float Bearing { get; set; } // no
        public DateTime RecordedAt { get; set; } // no
        public int PhoneBatteryPercent { get; set; } // no
    }

    public class TripRating
    {
        public Guid Id { get; set; } // no
        public Guid TripId { get; set; } // no
        public Guid RatedByRiderId { get; set; } // pd
        public Guid RatedDriverId { get; set; } // pd
        public int Stars { get; set; } // pd
        public string? Comment { get; set; } // pd
        public List<string> Compliments { get; set; } = new(); // pd
        public DateTime CreatedAt { get; set; } // no
    }

    public class WeeklyPayout
    {
        public Guid Id { get; set; } // no
        public Guid DriverId { get; set; } // pd
        public DateOnly WeekStarting { get; set; } // no
        public decimal GrossEarnings { get; set; } // pd
        public decimal TipsTotal { get; set; } // pd
        public decimal NetPayout { get; set; } // pd
        public int TripsCompleted { get; set; } // pd
        public string PayoutReference { get; set; } = ""; // no
        public DateTime? PaidAt { get; set; } // no
    }

    public class SupportTicket
    {
        public int Id { get; set; } // no
        public Guid? RiderId { get; set; } // pd
        public Guid? TripId { get; set; } // no
        public string Category { get; set; } = ""; // no
        public string Subject { get; set; } = ""; // pd
        public string Body { get; set; } = ""; // pd
        public List<string> AttachmentBlobPaths { get; set; } = new(); // pd
        public string? AssignedAgentEmail { get; set; } // pd
        public int Priority { get; set; } // no
        public string Status { get; set; } = "open"; // no
        public DateTime OpenedAt { get; set; } // no
    }

    public class SafetyIncident
    {
        public Guid Id { get; set; } // no
        public Guid TripId { get; set; } // no
        public Guid ReportedByRiderId { get; set; } // pd
        public Guid AgainstDriverId { get; set; } // pd
        // An allegation of an offence against a named driver (Art. 10).
        public IncidentType Type { get; set; } // pd
        public string Account { get; set; } = ""; // pd
        public string? PoliceCrimeReference { get; set; } // no
        public bool DriverSuspendedPendingReview { get; set; } // no
        public DateTime ReportedAt { get; set; } // no
    }

    public class SurgeZone
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public Point Centroid { get; set; } = null!; // no
        public double RadiusKm { get; set; } // no
        public decimal CurrentMultiplier { get; set; } // no
        public int WaitingRequests { get; set; } // no
        public int AvailableDrivers { get; set; } // no
    }

    public class Airport
    {
        public string IataCode { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public double QueueLatitude { get; set; } // no
        public double QueueLongitude { get; set; } // no
        public decimal PickupFee { get; set; } // no
    }

    // Where drivers bring documents and have photos taken: a place of the company's.
    public class DriverHub
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Street { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string OpeningHours { get; set; } = ""; // no
    }

    public class DispatchOptions
    {
        public const string SectionName = "Dispatch"; // no
        public double SearchRadiusKm { get; set; } = 5; // no
        public int MaxPickupEtaMinutes { get; set; } = 15; // no
        public decimal SurgeCap { get; set; } = 3.0m; // no
        public string MapsApiKey { get; set; } = ""; // no
        public string SupportMailbox { get; set; } = "help@rides.example"; // no
        public TimeSpan OfferTimeout { get; set; } = TimeSpan.FromSeconds(15); // no
    }

    // What a rider's app shows about the driver on the way.
    public class AssignedDriverDto
    {
        public string FirstName { get; set; } = ""; // pd
        public string PhotoUrl { get; set; } = ""; // pd
        public string Plate { get; set; } = ""; // pd
        public string VehicleDescription { get; set; } = ""; // no
        public double Rating { get; set; } // pd
        public double CurrentLat { get; set; } // pd
        public double CurrentLng { get; set; } // pd
        public int EtaMinutes { get; set; } // no
        // A masked number that rings the driver's phone for the trip's duration.
        public string ProxyPhoneNumber { get; set; } = ""; // pd
    }

    public record RequestRide(
        Guid RiderId, // pd
        Point Pickup, // pd
        Point Dropoff, // pd
        VehicleClass Class, // no
        string? PromoCode) : IRequest<RideQuote>; // no

    public record RideQuote(
        Guid QuoteId, // no
        decimal EstimatedFare, // no
        int EtaMinutes, // no
        decimal SurgeMultiplier, // no
        DateTime ExpiresAt); // no

    public record DriverLocationChanged(
        Guid DriverId, // pd
        double Latitude, // pd
        double Longitude, // pd
        bool Available, // no
        DateTime At) : INotification; // no

    public record TripCompletedIntegrationEvent(
        Guid TripId, // no
        Guid RiderId, // pd
        Guid DriverId, // pd
        decimal Fare, // no
        double DropoffLatitude, // pd
        double DropoffLongitude, // pd
        DateTime CompletedAt); // no

    public class RidesDbContext : DbContext
    {
        public DbSet<Driver> Drivers { get; set; } = null!; // pd
        public DbSet<Trip> Trips { get; set; } = null!; // pd
        public DbSet<Vehicle> Vehicles { get; set; } = null!; // pd
        public DbSet<TracePoint> TracePoints { get; set; } = null!; // pd
        public DbSet<SurgeZone> SurgeZones { get; set; } = null!; // no
        public DbSet<Airport> Airports { get; set; } = null!; // no
        public DbSet<DriverHub> Hubs { get; set; } = null!; // no
    }
}
#endif
