#if LAWFULBASIS_CORPUS
// Held out, round 3: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A parish's membership system: members and households, baptisms, pastoral care, prayer requests,
// children's check-in, volunteer rotas and safeguarding checks, planned giving. Membership of a church reveals a
// religious belief (Art. 9(1)), processed by a not-for-profit body for its members (Art. 9(2)(d)); safeguarding
// checks are Art. 10 data. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut3.Church
{
    public enum MembershipStatus { Visitor, RegularAttender, Member, Former }

    public enum RotaRole { Welcome, Reader, Intercessor, Musician, Refreshments, KidsChurch }

    public class ChurchMember
    {
        public Guid Id { get; set; } // key
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string? KnownAs { get; set; } // pd
        public string? Sex { get; set; } // pd
        public DateOnly? BirthDate { get; set; } // pd
        public string? MaritalStatus { get; set; } // pd
        public string? EmailAddress { get; set; } // pd
        public string? Mobile { get; set; } // pd
        // In a church's register, the status says how the person practises their faith (Art. 9).
        public MembershipStatus Status { get; set; } // pd
        public bool IsOnElectoralRoll { get; set; } // pd
        // Dates of the person's own life events are about them, unlike timestamps of records.
        public DateOnly? BaptisedOn { get; set; } // pd
        public DateOnly? ConfirmedOn { get; set; } // pd
        public string? PreviousDenomination { get; set; } // pd
        public string? PhotoBlobName { get; set; } // pd
        public string? Occupation { get; set; } // pd
        public Guid? HouseholdId { get; set; } // pd
        public Household? Household { get; set; } // pd
        public Guid? SmallGroupId { get; set; } // no
        public bool ListedInDirectory { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public List<RotaAssignment> RotaAssignments { get; set; } = new(); // pd
    }

    public class Household
    {
        // A family's record: its key identifies a group of identifiable people.
        public Guid Id { get; set; } // pd
        // "The Okafor family".
        public string Name { get; set; } = ""; // pd
        public HomeAddress Address { get; set; } = new(); // pd
        public string? Landline { get; set; } // pd
        // The number on the family's weekly offering envelopes: it identifies their giving.
        public int? EnvelopeNumber { get; set; } // pd
        public List<ChurchMember> Members { get; set; } = new(); // pd
    }

    [Owned]
    public class HomeAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    public class PastoralVisit
    {
        public Guid Id { get; set; } // no
        public Guid MemberId { get; set; } // pd
        public Guid VisitedByMemberId { get; set; } // pd
        public DateTime VisitedAt { get; set; } // no
        // "Bereavement", "hospital", "marriage difficulties".
        public string Reason { get; set; } = ""; // pd
        public string? ConfidentialNotes { get; set; } // pd
        public bool FollowUpNeeded { get; set; } // no
    }

    public class PrayerRequest
    {
        public Guid Id { get; set; } // no
        public Guid? SubmittedByMemberId { get; set; } // pd
        public string Text { get; set; } = ""; // pd
        public bool Anonymous { get; set; } // no
        public bool ShareWithPrayerChain { get; set; } // no
        public DateTime SubmittedAt { get; set; } // no
    }

    public class BaptismRegisterEntry
    {
        public Guid Id { get; set; } // no
        public int RegisterEntryNumber { get; set; } // no
        public string CandidateName { get; set; } = ""; // pd
        public DateOnly CeremonyDate { get; set; } // pd
        public string ParentNames { get; set; } = ""; // pd
        public string? GodparentNames { get; set; } // pd
        public string OfficiantName { get; set; } = ""; // pd
        public string ParishName { get; set; } = ""; // no
    }

    public class ChildCheckIn
    {
        public Guid Id { get; set; } // no
        public Guid ChildMemberId { get; set; } // pd
        public Guid ServiceId { get; set; } // no
        public DateTime CheckedInAt { get; set; } // no
        // A code printed on the sticker and the parent's slip, valid for one service.
        public string PickUpCode { get; set; } = ""; // no
        public string? AllergiesAndMedical { get; set; } // pd
        public string AuthorisedCollectorName { get; set; } = ""; // pd
    }

    public class Service
    {
        public Guid Id { get; set; } // no
        public DateTime StartsAt { get; set; } // no
        public string Title { get; set; } = ""; // no
        public string SiteName { get; set; } = ""; // no
        public int Headcount { get; set; } // no
        public decimal CollectionTotal { get; set; } // no
    }

    public class RotaAssignment
    {
        public Guid Id { get; set; } // no
        public Guid ServiceId { get; set; } // no
        public Guid MemberId { get; set; } // pd
        public RotaRole Role { get; set; } // no
        public bool Confirmed { get; set; } // no
    }

    public class SafeguardingCheck
    {
        public Guid Id { get; set; } // no
        public Guid MemberId { get; set; } // pd
        public string Level { get; set; } = "Enhanced"; // no
        public string? CertificateNumber { get; set; } // pd
        // Whether the check disclosed anything: Art. 10 data.
        public bool InformationDisclosed { get; set; } // pd
        public string? RiskAssessment { get; set; } // pd
        public string ReviewedBy { get; set; } = ""; // pd
        public DateOnly RenewalDue { get; set; } // no
    }

    public class GivingPledge
    {
        public Guid Id { get; set; } // no
        public Guid HouseholdId { get; set; } // pd
        // A tithe commitment (a tenth of income): it reveals what the family earns.
        public decimal AnnualAmount { get; set; } // pd
        public bool GiftAid { get; set; } // pd
        public int Year { get; set; } // no
    }

    public class Site
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Address { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string OfficePhone { get; set; } = ""; // no
        public int Capacity { get; set; } // no
    }

    public class ChurchAppUser : IdentityUser
    {
        public Guid? MemberId { get; set; } // pd
        public string? LastSignInIp { get; set; } // pd
        public bool IsStaff { get; set; } // no
        public DateTime? LastSignInAt { get; set; } // no
    }

    public record DirectoryEntryDto(
        string DisplayName, // pd
        string? PhotoUrl, // pd
        string? Mobile, // pd
        string? HouseholdName, // pd
        // The teams a person serves on say how they practise their faith.
        IReadOnlyList<string> Ministries); // pd

    public record MemberJoined(
        Guid MemberId, // pd
        DateTime RecordedAt) : INotification // no
    {
        public string Source { get; init; } = "Welcome card"; // no
    }

    public record LogPastoralVisitCommand(
        Guid MemberId, // pd
        string Reason, // pd
        string? Notes, // pd
        bool FollowUpNeeded) : IRequest<Guid>; // no

    public record ServiceAttendanceSummaryDto(
        DateOnly Day, // no
        int Adults, // no
        int Children, // no
        int FirstTimeVisitors); // no

    public class ParishOptions
    {
        public string ParishName { get; set; } = ""; // no
        public string OfficeEmail { get; set; } = "office@example-parish.org.uk"; // no
        public string SafeguardingMailbox { get; set; } = "safeguarding@example-parish.org.uk"; // no
        // Printed at the foot of every letter: a named person.
        public string IncumbentName { get; set; } = ""; // pd
        public string PhotoContainer { get; set; } = "member-photos"; // no
        public string DirectorySyncApiKey { get; set; } = ""; // no
    }

    public class ParishDbContext : DbContext
    {
        public DbSet<ChurchMember> Members { get; set; } = null!; // pd
        public DbSet<Household> Households { get; set; } = null!; // pd
        public DbSet<PastoralVisit> PastoralVisits { get; set; } = null!; // pd
        public DbSet<PrayerRequest> PrayerRequests { get; set; } = null!; // pd
        public DbSet<Service> Services { get; set; } = null!; // no
        public DbSet<Site> Sites { get; set; } = null!; // no
        public DbSet<SafeguardingCheck> SafeguardingChecks { get; set; } = null!; // pd
    }
}
#endif
