#if LAWFULBASIS_CORPUS
// A university's alumni relations and fundraising: alumni, prospect research (wealth screening), gifts, contact
// reports, phone appeals, events, corporate donors, thank-you e-mails. Written for the fifth round's families (a
// person's record known by its members, a person's wealth and giving, their own words and recordings, organisations
// known by their members, messages' recipients). Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.Alumni
{
    public class Alumnus
    {
        public int Id { get; set; } // key
        public string GivenName { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public string? Salutation { get; set; } // pd
        public int GraduationYear { get; set; } // pd
        public string? Occupation { get; set; } // pd
        public string? PersonalEmail { get; set; } // pd
        public bool IsDeceased { get; set; } // pd
        public DateTime UpdatedAt { get; set; } // no
        public List<Gift> Gifts { get; set; } = new(); // pd
    }

    public class ProspectResearch
    {
        public int Id { get; set; } // no
        public int AlumnusId { get; set; } // pd
        public string WealthRating { get; set; } = ""; // pd
        public decimal EstimatedCapacityToGive { get; set; } // pd
        public decimal LifetimeGiving { get; set; } // pd
        public decimal? NetWorth { get; set; } // pd
        public DateTime ScreenedAt { get; set; } // no
        public string Source { get; set; } = ""; // no
    }

    public class Gift
    {
        public int Id { get; set; } // no
        public int AlumnusId { get; set; } // pd
        public decimal Amount { get; set; } // no
        public string Fund { get; set; } = ""; // no
        public DateTime ReceivedAt { get; set; } // no
        public string? InMemoryOf { get; set; } // pd
        public bool GiftAidEligible { get; set; } // pd
    }

    public class ContactReport
    {
        public int Id { get; set; } // no
        public int AlumnusId { get; set; } // pd
        public string Notes { get; set; } = ""; // pd
        public DateTime MetOn { get; set; } // no
        public int StaffMemberId { get; set; } // pd
    }

    public class PhoneAppealCall
    {
        public int Id { get; set; } // no
        public int AlumnusId { get; set; } // pd
        public string? CallRecordingBlobPath { get; set; } // pd
        public string? Transcript { get; set; } // pd
        public decimal? AskAmount { get; set; } // pd
        public int DurationSeconds { get; set; } // no
        public string? CancellationReason { get; set; } // pd
    }

    public class ReunionEvent
    {
        public int Id { get; set; } // no
        public string Title { get; set; } = ""; // no
        public string VenuePostcode { get; set; } = ""; // no
        public double VenueLatitude { get; set; } // no
        public int Capacity { get; set; } // no
    }

    // A company, shown by its members: its switchboard is its own; a named contact is a person.
    public class CorporateDonor
    {
        public int Id { get; set; } // no
        public string RegisteredName { get; set; } = ""; // no
        public string CompanyNumber { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public string ContactName { get; set; } = ""; // pd
        public string ContactEmail { get; set; } = ""; // pd
    }

    public class ThankYouEmail
    {
        public Guid Id { get; set; } // no
        public string To { get; set; } = ""; // pd
        public string? ToName { get; set; } // pd
        public string From { get; set; } = ""; // no
        public string Subject { get; set; } = ""; // no
        public DateTime QueuedAt { get; set; } // no
    }

    public record GiftReceived(
        int AlumnusId, // pd
        decimal Amount, // no
        string? InMemoryOf, // pd
        DateTime ReceivedAt); // no
}
#endif
