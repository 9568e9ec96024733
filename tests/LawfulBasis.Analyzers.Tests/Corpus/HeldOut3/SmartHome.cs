#if LAWFULBASIS_CORPUS
// Held out, round 3: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A smart-home platform: homes and their members, devices and hubs, telemetry, presence, smart locks and
// their access codes, cameras, voice commands, the MQTT bridge. A device's serial number is a thing's identifier; what
// the devices record about the people in the home (presence, motion, faces, voices, energy use) is personal data.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut3.SmartHome
{
    public enum HomeRole { Owner, Member, Guest }

    public enum LockAction { Locked, Unlocked, Jammed }

    public class HomeUser : IdentityUser<Guid>
    {
        public string FirstName { get; set; } = ""; // pd
        public string? AvatarUrl { get; set; } // pd
        public string Locale { get; set; } = "en-GB"; // no
        // A reference to the enrolled voiceprint used to tell household members apart (biometric).
        public string? VoiceProfileId { get; set; } // pd
        public bool MarketingOptIn { get; set; } // no
        public DateTime RegisteredAt { get; set; } // no
    }

    public class Home
    {
        // The identifier of a place, like a listing's: not a person's key.
        public Guid Id { get; set; } // no
        public Guid OwnerUserId { get; set; } // pd
        // Named by the user ("Mum's flat").
        public string DisplayName { get; set; } = ""; // pd
        public HomeLocation Location { get; set; } = new(); // pd
        public string TimeZoneId { get; set; } = "Europe/London"; // no
        public int GeofenceRadiusMetres { get; set; } = 150; // no
        public int? Occupants { get; set; } // pd
        public List<HomeMembership> Memberships { get; set; } = new(); // pd
        public List<Device> Devices { get; set; } = new(); // pd
    }

    [Owned]
    public class HomeLocation
    {
        public string Street { get; set; } = ""; // pd
        public string City { get; set; } = ""; // pd
        public string PostalCode { get; set; } = ""; // pd
        public string CountryCode { get; set; } = ""; // pd
        public double Lat { get; set; } // pd
        public double Lng { get; set; } // pd
    }

    public class HomeMembership
    {
        public Guid HomeId { get; set; } // no
        public Guid UserId { get; set; } // pd
        public HomeRole Role { get; set; } // no
        public Guid? InvitedByUserId { get; set; } // pd
        public bool IsChildAccount { get; set; } // pd
        // Whether the person is at home now (from the phone's geofence).
        public bool IsHome { get; set; } // pd
        public DateTime? PresenceChangedAt { get; set; } // no
    }

    public class Device
    {
        public Guid Id { get; set; } // no
        public Guid HomeId { get; set; } // no
        public string SerialNumber { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string FirmwareVersion { get; set; } = ""; // no
        // Named by the user ("Emma's bedroom light").
        public string Name { get; set; } = ""; // pd
        // A hardware address seen on networks that follows a household's traffic: an online identifier (Recital 30).
        public string MacAddress { get; set; } = ""; // pd
        // A private address on the home network, the same in millions of homes.
        public string? LanIpAddress { get; set; } // no
        public int? BatteryPercent { get; set; } // no
        public bool Online { get; set; } // no
        public DateTime PairedAt { get; set; } // no
    }

    public class TelemetryReading
    {
        public long Id { get; set; } // no
        public Guid DeviceId { get; set; } // no
        public DateTime RecordedAt { get; set; } // no
        public string Metric { get; set; } = ""; // no
        // Readings in a home (power draw, temperature, humidity) reveal when people are in, asleep or away.
        public double Value { get; set; } // pd
        public string Unit { get; set; } = ""; // no
    }

    public class LockAccessCode
    {
        public Guid Id { get; set; } // no
        public Guid LockDeviceId { get; set; } // no
        // "Cleaner - Maria (Tuesdays)".
        public string Label { get; set; } = ""; // pd
        public string CodeHash { get; set; } = ""; // no
        public DateTime? ValidFrom { get; set; } // no
        public DateTime? ValidUntil { get; set; } // no
        public Guid CreatedByUserId { get; set; } // pd
    }

    public class LockEvent
    {
        public long Id { get; set; } // no
        public Guid LockDeviceId { get; set; } // no
        public LockAction Action { get; set; } // no
        public Guid? ByUserId { get; set; } // pd
        public Guid? AccessCodeId { get; set; } // no
        public DateTime OccurredAt { get; set; } // no
    }

    public class CameraClip
    {
        public Guid Id { get; set; } // no
        public Guid CameraDeviceId { get; set; } // no
        public DateTime StartedAt { get; set; } // no
        public int DurationSeconds { get; set; } // no
        public string StorageKey { get; set; } = ""; // pd
        public string? ThumbnailUrl { get; set; } // pd
        // "Familiar face: Dad": a face recognised against enrolled household members.
        public string? RecognisedFaceLabel { get; set; } // pd
        public byte[]? FaceEmbedding { get; set; } // pd
        public double MotionScore { get; set; } // no
    }

    public class VoiceCommand
    {
        public long Id { get; set; } // no
        public Guid SpeakerUserId { get; set; } // pd
        public string Transcript { get; set; } = ""; // pd
        public string? AudioBlobPath { get; set; } // pd
        public double Confidence { get; set; } // no
        public DateTime HeardAt { get; set; } // no
    }

    public record HubHeartbeat(
        string HubSerial, // no
        string FirmwareVersion, // no
        // The home's public address on the internet.
        string PublicIp, // pd
        int ConnectedDevices, // no
        double UptimeHours); // no

    public record PresenceChanged(
        Guid UserId, // pd
        Guid HomeId, // no
        bool ArrivedHome, // pd
        DateTime At) : INotification; // no

    public record DeviceWentOffline(
        Guid DeviceId, // no
        Guid HomeId, // no
        DateTime LastSeenAt) : INotification; // no

    public record DailyEnergySummaryDto(
        Guid HomeId, // no
        DateOnly Day, // no
        double KilowattHours, // pd
        // Consumption times the tariff: it says what the consumption says.
        decimal EstimatedCost, // pd
        // "Up at 5am, out 8-6, lights off by 11": a profile of the household's routine.
        string InferredRoutine); // pd

    public record ShareAccessCommand(
        Guid HomeId, // no
        string InviteeEmail, // pd
        HomeRole Role) : IRequest<Guid>; // no

    public class MqttBridgeOptions
    {
        public string BrokerHost { get; set; } = ""; // no
        public int Port { get; set; } = 8883; // no
        // The bridge's own MQTT identity and credentials, not a person's.
        public string ClientId { get; set; } = "cloud-bridge-01"; // no
        public string Username { get; set; } = "bridge"; // no
        public string Password { get; set; } = ""; // no
        public string TopicPrefix { get; set; } = "homes/"; // no
    }

    public class SmartHomeDbContext : DbContext
    {
        public DbSet<Home> Homes { get; set; } = null!; // pd
        public DbSet<Device> Devices { get; set; } = null!; // pd
        public DbSet<TelemetryReading> Telemetry { get; set; } = null!; // pd
        public DbSet<LockEvent> LockEvents { get; set; } = null!; // pd
        public DbSet<CameraClip> Clips { get; set; } = null!; // pd
    }
}
#endif
