#if LAWFULBASIS_CORPUS
// Review: held out at first (precision 0.957, recall 0.674 with the heuristics of commit 31953aa), then its misses
// guided a second round of families, so its figures are no longer an unseen-code estimate. Airline and hotel bookings.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Travel
{
    public enum CabinClass { Economy, Premium, Business, First }

    public class Booking
    {
        public Guid Id { get; set; } // no
        public string Pnr { get; set; } = ""; // no
        public Guid CustomerId { get; set; } // pd
        public DateTime BookedAt { get; set; } // no
        public decimal TotalPrice { get; set; } // no
        public string Currency { get; set; } = ""; // no
        public string ContactEmail { get; set; } = ""; // pd
        public string ContactPhone { get; set; } = ""; // pd
        public List<PassengerDetails> Passengers { get; set; } = new(); // pd
        public List<FlightSegment> Segments { get; set; } = new(); // no
    }

    public class PassengerDetails
    {
        public int Id { get; set; } // key
        public string Title { get; set; } = ""; // pd
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string PassportNumber { get; set; } = ""; // pd
        public string PassportCountry { get; set; } = ""; // pd
        public DateOnly PassportExpiry { get; set; } // pd
        public string? FrequentFlyerNumber { get; set; } // pd
        public string? MealPreference { get; set; } // pd
        public bool NeedsWheelchair { get; set; } // pd
        public string SeatNumber { get; set; } = ""; // no
    }

    public class FlightSegment
    {
        public int Id { get; set; } // no
        public string FlightNumber { get; set; } = ""; // no
        public string Origin { get; set; } = ""; // no
        public string Destination { get; set; } = ""; // no
        public DateTime DepartureTime { get; set; } // no
        public DateTime ArrivalTime { get; set; } // no
        public CabinClass Cabin { get; set; } // no
        public string Aircraft { get; set; } = ""; // no
    }

    public class Airport
    {
        public string IataCode { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public string Country { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string TimeZone { get; set; } = ""; // no
    }

    public class HotelReservation
    {
        public Guid Id { get; set; } // no
        public Guid HotelId { get; set; } // no
        public string GuestName { get; set; } = ""; // pd
        public string GuestEmail { get; set; } = ""; // pd
        public DateOnly CheckIn { get; set; } // no
        public DateOnly CheckOut { get; set; } // no
        public int Adults { get; set; } // no
        public int Children { get; set; } // no
        public string? SpecialRequests { get; set; } // pd
        public string RoomType { get; set; } = ""; // no
        public decimal NightlyRate { get; set; } // no
        public string? LoyaltyMemberId { get; set; } // pd
    }

    public class Hotel
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Address { get; set; } = ""; // no
        public int Stars { get; set; } // no
        public string Phone { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
    }

    public class TravellerProfile
    {
        public Guid Id { get; set; } // key
        public string Email { get; set; } = ""; // pd
        public string? MobileNumber { get; set; } // pd
        public string? Nationality { get; set; } // pd
        public string? HomeAirport { get; set; } // pd
        public string? KnownTravellerNumber { get; set; } // pd
        public string PreferredCurrency { get; set; } = ""; // no
        public bool MarketingConsent { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    public record SearchFlightsQuery(
        string From, // no
        string To, // no
        DateOnly DepartOn, // no
        DateOnly? ReturnOn, // no
        int Passengers, // no
        CabinClass Cabin); // no

    public record BoardingPassIssued(
        Guid BookingId, // no
        string PassengerName, // pd
        string FlightNumber, // no
        string Seat, // no
        string Gate, // no
        DateTime BoardingTime); // no
}
#endif
