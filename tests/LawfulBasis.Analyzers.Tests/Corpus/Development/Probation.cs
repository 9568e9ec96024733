#if LAWFULBASIS_CORPUS
// A probation service's case management (Art. 10): people on probation, their convictions and requirements,
// appointments, breach proceedings, approved premises, partner organisations, an offence catalogue. Written for the
// fifth round's families (a person's record known by its members, identifiers resolved to the type they point at,
// criminal proceedings, organisations known by their members, places named in a member). Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.Probation
{
    public enum RiskLevel { Low, Medium, High, VeryHigh }

    public enum PleaEntered { Guilty, NotGuilty, NoPlea }

    // Called neither customer nor person: its members say it is a person's record.
    public class Probationer
    {
        public Guid Id { get; set; } // key
        public string Crn { get; set; } = ""; // no
        public string Forename { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string? Title { get; set; } // pd
        public string? KnownAs { get; set; } // pd
        public string? Occupation { get; set; } // pd
        public string? PncNumber { get; set; } // pd
        public string? PrisonNumber { get; set; } // pd
        public RiskLevel RiskOfSeriousHarm { get; set; } // pd
        public bool InCustody { get; set; } // pd
        public DateTime CreatedAt { get; set; } // no
        public List<Conviction> Convictions { get; set; } = new(); // pd
    }

    public class Conviction
    {
        public Guid Id { get; set; } // no
        public Guid ProbationerId { get; set; } // pd
        public string OffenceCode { get; set; } = ""; // pd
        public DateOnly OffenceDate { get; set; } // pd
        public PleaEntered Plea { get; set; } // pd
        public string Verdict { get; set; } = ""; // pd
        public Guid CourtId { get; set; } // no
        public DateTime RecordedAt { get; set; } // no
    }

    public class CommunitySentence
    {
        public Guid Id { get; set; } // no
        public Guid ConvictionId { get; set; } // no
        public string DisposalType { get; set; } = ""; // pd
        public int UnpaidWorkHours { get; set; } // pd
        public decimal FineAmount { get; set; } // pd
        public DateOnly? SpentOn { get; set; } // pd
        public int Version { get; set; } // no
    }

    // Reference data: an offence's own code and title describe no one.
    public class Offence
    {
        public string OffenceCode { get; set; } = ""; // no
        public string Title { get; set; } = ""; // no
        public string MaximumSentence { get; set; } = ""; // no
        public bool Indictable { get; set; } // no
    }

    public class SupervisionAppointment
    {
        public Guid Id { get; set; } // no
        public Guid ProbationerId { get; set; } // pd
        public Guid OfficerId { get; set; } // pd
        public DateTime StartsAt { get; set; } // no
        public string Location { get; set; } = ""; // no
        public bool Attended { get; set; } // pd
        public string? OfficerNotes { get; set; } // pd
    }

    public class BreachHearing
    {
        public Guid Id { get; set; } // no
        public Guid ProbationerId { get; set; } // pd
        public DateTime ListedFor { get; set; } // no
        public string Courtroom { get; set; } = ""; // no
        public string? OutcomeNotes { get; set; } // pd
        public string? BailConditions { get; set; } // pd
    }

    // An organisation, shown by its members rather than its name.
    public class PartnerAgency
    {
        public Guid Id { get; set; } // no
        public string TradingName { get; set; } = ""; // no
        public string CharityNumber { get; set; } = ""; // no
        public string Switchboard { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public string PrimaryContactName { get; set; } = ""; // pd
        public string PrimaryContactEmail { get; set; } = ""; // pd
    }

    public class ApprovedPremises
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public int Beds { get; set; } // no
        public string PremisesPhone { get; set; } = ""; // no
        public string ManagerName { get; set; } = ""; // pd
    }

    public class Referral
    {
        public Guid Id { get; set; } // no
        public Guid ProbationerId { get; set; } // pd
        public Guid PartnerAgencyId { get; set; } // no
        public string VenuePostcode { get; set; } = ""; // no
        public string? ReferralReason { get; set; } // pd
        public string? SafePlaceInstructions { get; set; } // pd
    }

    public record ConvictionRecorded(
        Guid ProbationerId, // pd
        string Verdict, // pd
        DateOnly OffenceDate, // pd
        DateTime RecordedAt); // no
}
#endif
