#if LAWFULBASIS_CORPUS
// Held out, round 4: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A UK political party's canvassing app: electors imported from the full electoral register and the
// marked register, canvass returns (voting intention and issues are political opinions, Art. 9), walks, polling-day
// knock-up lists, members, volunteers and reportable donations. Wards and constituencies are places. Labels: pd, no,
// key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut4.Canvassing
{
    public enum Intention { Ours, LeaningOurs, Undecided, Against, WontVote, WontSay }

    public enum ContactMethod { Doorstep, Phone, Leaflet, Online }

    public enum ContactOutcome { Spoke, NotIn, Refused, Moved, WrongAddress }

    public class Elector
    {
        public Guid Id { get; set; } // key
        // Polling district and number on the register ("KA-1042").
        public string ElectoralNumber { get; set; } = ""; // pd
        public string? Title { get; set; } // pd
        public string FirstNames { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public string Address1 { get; set; } = ""; // pd
        public string? Address2 { get; set; } // pd
        public string Postcode { get; set; } = ""; // pd
        public string Uprn { get; set; } = ""; // pd
        public string PollingDistrict { get; set; } = ""; // pd
        public string WardCode { get; set; } = ""; // pd
        public Guid HouseholdId { get; set; } // pd
        // A 17-year-old who turns 18 on this date ("attainer").
        public DateOnly? AttainerDate { get; set; } // pd
        public bool PostalVoter { get; set; } // pd
        // From the marked register: whether they voted at the last two elections.
        public bool VotedLastLocal { get; set; } // pd
        public bool VotedLastGeneral { get; set; } // pd
        public bool OnOpenRegister { get; set; } // no
        public string RegisterEdition { get; set; } = ""; // no
        public List<CanvassReturn> Returns { get; set; } = new(); // pd
    }

    public class CanvassReturn
    {
        public Guid Id { get; set; } // no
        public Guid ElectorId { get; set; } // pd
        public string CanvasserUserId { get; set; } = ""; // pd
        public ContactMethod Method { get; set; } // no
        public ContactOutcome Outcome { get; set; } // no
        public Intention? VotingIntention { get; set; } // pd
        public int? Certainty { get; set; } // pd
        public string? PreviousVote { get; set; } // pd
        // "Potholes", "NHS waiting lists", "Immigration": what the elector cares about.
        public List<string> Issues { get; set; } = new(); // pd
        public bool WillDisplayPoster { get; set; } // pd
        public bool WantsPostalVote { get; set; } // pd
        public string? Comments { get; set; } // pd
        public DateTime ContactedAt { get; set; } // no
    }

    public class Walk
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string WardCode { get; set; } = ""; // no
        public List<string> Streets { get; set; } = new(); // no
        public int Doors { get; set; } // no
        public string? TeamLeaderUserId { get; set; } // pd
        public DateTime? PrintedAt { get; set; } // no
    }

    public class Ward
    {
        public string Code { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string Constituency { get; set; } = ""; // no
        public int Electorate { get; set; } // no
        public int MajorityLastTime { get; set; } // no
        public double CentreLatitude { get; set; } // no
        public double CentreLongitude { get; set; } // no
    }

    public class Volunteer : IdentityUser
    {
        public string FullName { get; set; } = ""; // pd
        // Party membership is a political opinion (Art. 9).
        public string? MembershipNumber { get; set; } // pd
        public string HomeWardCode { get; set; } = ""; // pd
        public string? Availability { get; set; } // pd
        public bool CanDrive { get; set; } // pd
        public string Role { get; set; } = "canvasser"; // no
    }

    public class Member
    {
        public Guid Id { get; set; } // key
        public string MembershipNumber { get; set; } = ""; // pd
        public string Name { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public DateOnly JoinedOn { get; set; } // pd
        public string Status { get; set; } = "current"; // pd
        public decimal AnnualSubscription { get; set; } // pd
        public bool ConcessionaryRate { get; set; } // pd
        public string LocalPartyBranch { get; set; } = ""; // pd
        public string? DirectDebitReference { get; set; } // no
    }

    // Reportable donations over the threshold go to the Electoral Commission with the donor's name and address.
    public class Donation
    {
        public Guid Id { get; set; } // no
        public string DonorName { get; set; } = ""; // pd
        public string DonorAddress { get; set; } = ""; // pd
        public string DonorType { get; set; } = "Individual"; // no
        public decimal Amount { get; set; } // no
        public DateOnly ReceivedOn { get; set; } // no
        public bool DonorOnElectoralRegister { get; set; } // pd
        public DateOnly? ReportedOn { get; set; } // no
    }

    public record KnockUpEntry(
        Guid ElectorId, // pd
        string Name, // pd
        string Address, // pd
        Intention Intention, // pd
        bool SeenByTellers); // pd

    public record SurveySubmission(
        string Email, // pd
        string Postcode, // pd
        IReadOnlyDictionary<string, string> Answers, // pd
        string? IpAddress, // pd
        string? UtmCampaign, // no
        DateTime SubmittedAt); // no

    public record CanvassReturnRecorded(
        Guid ReturnId, // no
        Guid ElectorId, // pd
        Intention? Intention, // pd
        string CanvasserUserId, // pd
        DateTime At) : INotification; // no

    public record ImportElectoralRegister(
        string LocalAuthorityCode, // no
        string FileName, // no
        DateOnly PublishedOn) : IRequest<int>; // no

    public class CampaignOptions
    {
        public string MapTilesToken { get; set; } = ""; // no
        public string DataProtectionMailbox { get; set; } = "dpo@party.example"; // no
        // "Promoted by Jane Doe on behalf of ..., 12 High Street": the agent's name and address, by law.
        public string Imprint { get; set; } = ""; // pd
        public int WalkSizeDoors { get; set; } = 120; // no
        public DateOnly PollingDay { get; set; } // no
    }

    public class CanvassDbContext : DbContext
    {
        public DbSet<Elector> Electors { get; set; } = null!; // pd
        public DbSet<CanvassReturn> Returns { get; set; } = null!; // pd
        public DbSet<Walk> Walks { get; set; } = null!; // pd
        public DbSet<Ward> Wards { get; set; } = null!; // no
        public DbSet<Donation> Donations { get; set; } = null!; // pd
    }
}
#endif
