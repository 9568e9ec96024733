#if LAWFULBASIS_CORPUS
// A mobile app with location: devices, push registrations, location samples, trips, geofences, check-ins, and the
// places they refer to. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using NetTopologySuite.Geometries;

namespace Corpus.MobileLocation
{
    public enum Platform { Ios, Android }

    public class Device
    {
        public Guid Id { get; set; } // no
        public string DeviceId { get; set; } = ""; // pd
        public Guid OwnerUserId { get; set; } // pd
        public Platform Platform { get; set; } // no
        public string OsVersion { get; set; } = ""; // no
        public string AppVersion { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string? PushToken { get; set; } // pd
        public string? AdvertisingId { get; set; } // pd
        public Point? LastKnownPosition { get; set; } // pd
        public DateTime LastSeenAt { get; set; } // no
        public int BatteryLevel { get; set; } // no
    }

    public class LocationSample
    {
        public long Id { get; set; } // no
        public Guid DeviceId { get; set; } // pd
        public double Latitude { get; set; } // pd
        public double Longitude { get; set; } // pd
        public double? Altitude { get; set; } // pd
        public float Accuracy { get; set; } // no
        public float? Speed { get; set; } // no
        public float? Heading { get; set; } // no
        public DateTimeOffset RecordedAt { get; set; } // no
        public string Source { get; set; } = ""; // no
    }

    public class Trip
    {
        public Guid Id { get; set; } // no
        public Guid RiderId { get; set; } // pd
        public Guid DriverId { get; set; } // pd
        public Point PickupLocation { get; set; } = null!; // pd
        public Point DropoffLocation { get; set; } = null!; // pd
        public string? PickupAddress { get; set; } // pd
        public decimal Fare { get; set; } // no
        public double DistanceKm { get; set; } // no
        public DateTime StartedAt { get; set; } // no
        public DateTime? EndedAt { get; set; } // no
        public int? Rating { get; set; } // no
        public List<LocationSample> Route { get; set; } = new(); // pd
    }

    public class Courier
    {
        public Guid Id { get; set; } // key
        public string Name { get; set; } = ""; // pd
        public string PhoneNumber { get; set; } = ""; // pd
        public string VehiclePlate { get; set; } = ""; // pd
        public Point? CurrentLocation { get; set; } // pd
        public bool Available { get; set; } // no
    }

    public class Venue
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Street { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string Category { get; set; } = ""; // no
        public string? Phone { get; set; } // no
    }

    public class Geofence
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public Point Center { get; set; } = null!; // no
        public double RadiusMeters { get; set; } // no
        public bool NotifyOnEnter { get; set; } // no
    }

    public class CheckIn
    {
        public Guid Id { get; set; } // no
        public Guid UserId { get; set; } // pd
        public Guid VenueId { get; set; } // no
        public Point Position { get; set; } = null!; // pd
        public DateTime CheckedInAt { get; set; } // no
        public string? Comment { get; set; } // no
        public string? SelfieUrl { get; set; } // pd
    }

    public class PushNotification
    {
        public Guid Id { get; set; } // no
        public Guid RecipientId { get; set; } // pd
        public string Title { get; set; } = ""; // no
        public string Body { get; set; } = ""; // no
        public DateTime? SentAt { get; set; } // no
        public bool Opened { get; set; } // no
    }

    public class MapTile
    {
        public int Zoom { get; set; } // no
        public int X { get; set; } // no
        public int Y { get; set; } // no
        public byte[] Image { get; set; } = Array.Empty<byte>(); // no
        public string Etag { get; set; } = ""; // no
    }

    public class AnalyticsEvent
    {
        public Guid Id { get; set; } // no
        public string EventName { get; set; } = ""; // no
        public string? AnonymousId { get; set; } // pd
        public string? SessionCookie { get; set; } // pd
        public string Country { get; set; } = ""; // no
        public string ScreenName { get; set; } = ""; // no
        public DateTime OccurredAt { get; set; } // no
        public string? AppVersion { get; set; } // no
    }
}
#endif
