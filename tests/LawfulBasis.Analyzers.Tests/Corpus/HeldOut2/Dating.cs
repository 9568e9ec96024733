#if LAWFULBASIS_CORPUS
// Held out, round 2: written before its author read the discovery heuristics, measured once. A dating app: profiles,
// photos, swipes, matches, chat, safety reports, subscriptions. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Corpus.HeldOut2.Dating
{
    public enum Gender { Woman, Man, NonBinary, Other }

    public enum SwipeDirection { Pass, Like, SuperLike }

    public enum ReportCategory { Spam, Harassment, FakeProfile, Underage, Other }

    public class Member
    {
        public Guid Id { get; set; } // key
        public string DisplayName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public Gender Gender { get; set; } // pd
        // Reveals sexual orientation.
        public List<Gender> InterestedIn { get; set; } = new(); // pd
        public string? SexualOrientation { get; set; } // pd
        public string Bio { get; set; } = ""; // pd
        public int? HeightCm { get; set; } // pd
        public string? Religion { get; set; } // pd
        public bool? Smokes { get; set; } // pd
        public bool? WantsChildren { get; set; } // pd
        public string? JobTitle { get; set; } // pd
        // Where the person studied.
        public string? School { get; set; } // pd
        public Point? LastKnownLocation { get; set; } // pd
        public string? HomeTown { get; set; } // pd
        // Shown to others as presence: when this person uses the app.
        public DateTime LastActiveAt { get; set; } // pd
        public bool IsVerified { get; set; } // no
        public bool IsPaused { get; set; } // no
        // A search setting, says nothing about the person.
        public int MaxDistanceKm { get; set; } // no
        public int AgeRangeMin { get; set; } // no
        public int AgeRangeMax { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public List<ProfilePhoto> Photos { get; set; } = new(); // pd
        public MemberAccount Account { get; set; } = null!; // pd
    }

    public class MemberAccount
    {
        public Guid MemberId { get; set; } // key
        public string PhoneNumber { get; set; } = ""; // pd
        public string? Email { get; set; } // pd
        // Sign in with Apple's stable user identifier.
        public string? AppleSubject { get; set; } // pd
        public string? FacebookUserId { get; set; } // pd
        // Addresses this person's phone.
        public string PushToken { get; set; } = ""; // pd
        public string Locale { get; set; } = "en-GB"; // no
        public bool MarketingOptIn { get; set; } // no
        public int FailedOtpAttempts { get; set; } // no
    }

    public class ProfilePhoto
    {
        public Guid Id { get; set; } // no
        public Guid MemberId { get; set; } // pd
        // The picture of the person.
        public string BlobPath { get; set; } = ""; // pd
        public int SortOrder { get; set; } // no
        public bool IsPrimary { get; set; } // no
        public string ModerationState { get; set; } = ""; // no
        public int WidthPx { get; set; } // no
    }

    public class SelfieVerification
    {
        public Guid Id { get; set; } // no
        public Guid MemberId { get; set; } // pd
        public string SelfieBlobPath { get; set; } = ""; // pd
        // Biometric template.
        public byte[] FaceEmbedding { get; set; } = Array.Empty<byte>(); // pd
        // How much the selfie matched this person's photos.
        public double MatchConfidence { get; set; } // pd
        public string ProviderReference { get; set; } = ""; // no
        public DateTime CompletedAt { get; set; } // no
    }

    public class Swipe
    {
        public long Id { get; set; } // no
        public Guid SwiperId { get; set; } // pd
        public Guid TargetId { get; set; } // pd
        // What one person thought of another.
        public SwipeDirection Direction { get; set; } // pd
        public DateTime At { get; set; } // no
    }

    public class Match
    {
        public Guid Id { get; set; } // no
        public Guid FirstMemberId { get; set; } // pd
        public Guid SecondMemberId { get; set; } // pd
        public DateTime MatchedAt { get; set; } // no
        public DateTime? UnmatchedAt { get; set; } // no
        public ICollection<ChatMessage> Messages { get; set; } = new List<ChatMessage>(); // pd
    }

    public class ChatMessage
    {
        public Guid Id { get; set; } // no
        public Guid MatchId { get; set; } // no
        public Guid SenderId { get; set; } // pd
        public string Body { get; set; } = ""; // pd
        // A stock GIF from a catalogue.
        public string? GifUrl { get; set; } // no
        public DateTime SentAt { get; set; } // no
        public DateTime? ReadAt { get; set; } // no
        public bool FlaggedByFilter { get; set; } // no
    }

    public class SafetyReport
    {
        public Guid Id { get; set; } // no
        public Guid ReporterId { get; set; } // pd
        public Guid ReportedMemberId { get; set; } // pd
        public ReportCategory Category { get; set; } // no
        // What the reporter wrote about another person.
        public string Details { get; set; } = ""; // pd
        public string Status { get; set; } = "Open"; // no
        // Moderator's user name.
        public string? HandledBy { get; set; } // pd
        public DateTime CreatedAt { get; set; } // no
    }

    public class Block
    {
        public Guid BlockerId { get; set; } // pd
        public Guid BlockedId { get; set; } // pd
        public DateTime At { get; set; } // no
    }

    public class Subscription
    {
        public Guid Id { get; set; } // no
        public Guid MemberId { get; set; } // pd
        public string Tier { get; set; } = "Gold"; // no
        public decimal PriceAmount { get; set; } // no
        public string Currency { get; set; } = "EUR"; // no
        public string StoreTransactionId { get; set; } = ""; // no
        public DateTime RenewsAt { get; set; } // no
        public bool AutoRenew { get; set; } // no
    }

    public class Boost
    {
        public Guid Id { get; set; } // no
        // A marketing region of the product.
        public string Region { get; set; } = ""; // no
        public int DurationMinutes { get; set; } // no
        public int ViewsGained { get; set; } // no
    }

    // API shapes.
    public record DiscoveryCard(
        Guid MemberId, // key
        string DisplayName, // pd
        int Age, // pd
        // Distance from the viewer: three readings from three places locate the person (a known dating-app attack).
        double DistanceKm, // pd
        IReadOnlyList<string> PhotoUrls, // pd
        string? Bio); // pd

    public record SendMessageRequest(
        Guid MatchId, // no
        string Text); // pd

    public record UpdateLocationCommand(
        double Lat, // pd
        double Lng, // pd
        DateTime CapturedAt); // no

    public record MatchCreated(
        Guid MatchId, // no
        Guid FirstMemberId, // pd
        Guid SecondMemberId, // pd
        DateTime OccurredAt); // no

    public class ModerationOptions
    {
        public const string SectionName = "Moderation"; // no
        public int AutoBanAfterReports { get; set; } = 5; // no
        public string ProfanityListPath { get; set; } = ""; // no
        // A team mailbox.
        public string EscalationEmail { get; set; } = "trust-safety@example.com"; // no
    }

    public class DatingDbContext : DbContext
    {
        public DbSet<Member> Members { get; set; } = null!; // pd
        public DbSet<Swipe> Swipes { get; set; } = null!; // pd
        public DbSet<ChatMessage> Messages { get; set; } = null!; // pd
        public DbSet<Boost> Boosts { get; set; } = null!; // no
    }
}
#endif
