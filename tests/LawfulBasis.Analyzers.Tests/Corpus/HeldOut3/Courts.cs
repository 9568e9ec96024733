#if LAWFULBASIS_CORPUS
// Held out, round 3: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A criminal court's case management: cases, parties, charges, pleas, verdicts and sentences, hearings and
// the public court list, documents, victims' statements, solicitors and their firms, courts. Charges, verdicts, bail
// and sentences are Art. 10 data even where the words look like reference data. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut3.Courts
{
    public enum PartyRole { Defendant, Prosecutor, Witness, Victim, Appellant }

    public enum Plea { NotIndicated, Guilty, NotGuilty }

    public class CourtCase
    {
        public Guid Id { get; set; } // no
        public string CaseNumber { get; set; } = ""; // no
        public string Jurisdiction { get; set; } = "Crown"; // no
        public string Status { get; set; } = ""; // no
        public DateOnly OpenedOn { get; set; } // no
        public Guid CourtId { get; set; } // no
        public Court Court { get; set; } = null!; // no
        // A youth case means the defendant is under 18.
        public bool IsYouthCase { get; set; } // pd
        public bool ReportingRestrictionsApply { get; set; } // no
        public List<CaseParty> Parties { get; set; } = new(); // pd
        public List<Charge> Charges { get; set; } = new(); // pd
        public List<Hearing> Hearings { get; set; } = new(); // pd
    }

    public class Person
    {
        public Guid Id { get; set; } // key
        public string GivenNames { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public List<string> Aliases { get; set; } = new(); // pd
        public DateOnly? DateOfBirth { get; set; } // pd
        public string? Gender { get; set; } // pd
        // The self-defined ethnicity code courts record for monitoring (Art. 9).
        public string? EthnicityCode { get; set; } // pd
        public string? Nationality { get; set; } // pd
        public string? PncId { get; set; } // pd
        public string? NiNumber { get; set; } // pd
        public string? PrisonNumber { get; set; } // pd
        public PostalAddress? Address { get; set; } // pd
    }

    [Owned]
    public class PostalAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    public class CaseParty
    {
        public Guid Id { get; set; } // no
        public Guid CaseId { get; set; } // no
        public Guid PersonId { get; set; } // pd
        public Person Person { get; set; } = null!; // pd
        // Being the defendant in a criminal case is Art. 10 data.
        public PartyRole Role { get; set; } // pd
        public Guid? SolicitorId { get; set; } // pd
        public bool InCustody { get; set; } // pd
        public string? BailConditions { get; set; } // pd
        public string? InterpreterLanguage { get; set; } // pd
        public bool NeedsIntermediary { get; set; } // pd
    }

    public class Charge
    {
        public Guid Id { get; set; } // no
        public Guid CaseId { get; set; } // no
        public Guid DefendantPartyId { get; set; } // pd
        // An offence code from reference data, but on a charge it says what this person is accused of.
        public string OffenceCode { get; set; } = ""; // pd
        public string Particulars { get; set; } = ""; // pd
        public DateOnly? OffenceDate { get; set; } // pd
        public DateOnly ChargedOn { get; set; } // no
        public Plea Plea { get; set; } // pd
        public string? Verdict { get; set; } // pd
        public Sentence? Sentence { get; set; } // pd
    }

    public class Sentence
    {
        public Guid Id { get; set; } // no
        public Guid ChargeId { get; set; } // no
        public string DisposalType { get; set; } = ""; // pd
        public int? CustodialMonths { get; set; } // pd
        // A penalty imposed on a person, unlike a price.
        public decimal? FineAmount { get; set; } // pd
        public decimal? CompensationAmount { get; set; } // pd
        public DateOnly? SpentOn { get; set; } // pd
        public DateTime PronouncedAt { get; set; } // no
    }

    public class Hearing
    {
        public Guid Id { get; set; } // no
        public Guid CaseId { get; set; } // no
        public string Courtroom { get; set; } = ""; // no
        public DateTime ListedFor { get; set; } // no
        public int EstimatedMinutes { get; set; } // no
        public string PresidingJudge { get; set; } = ""; // pd
        // "Adjourned for a pre-sentence report; remanded in custody".
        public string? OutcomeNotes { get; set; } // pd
        public string? CloudVideoPlatformUrl { get; set; } // no
        public bool InPrivate { get; set; } // no
    }

    public class CaseDocument
    {
        public Guid Id { get; set; } // no
        public Guid CaseId { get; set; } // no
        public string Kind { get; set; } = "WitnessStatement"; // no
        // The statement itself, stored as a blob: what a person said.
        public string BlobPath { get; set; } = ""; // pd
        // Uploaded file names ("statement_J_Smith_final.pdf") carry names.
        public string OriginalFileName { get; set; } = ""; // pd
        public string UploadedByUserId { get; set; } = ""; // pd
        public DateTime UploadedAt { get; set; } // no
        public string Sha256 { get; set; } = ""; // no
        public int PageCount { get; set; } // no
    }

    public class VictimPersonalStatement
    {
        public Guid Id { get; set; } // no
        public Guid CaseId { get; set; } // no
        public Guid VictimPartyId { get; set; } // pd
        public string StatementText { get; set; } = ""; // pd
        // Screens or a video link: they reveal the victim's vulnerability.
        public List<string> SpecialMeasures { get; set; } = new(); // pd
        public bool WishesToReadAloud { get; set; } // no
    }

    public class Court
    {
        public Guid Id { get; set; } // no
        public string CourtCode { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string AddressLine { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string ListingOfficeEmail { get; set; } = ""; // no
        public string Telephone { get; set; } = ""; // no
    }

    public class LawFirm
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string SraFirmNumber { get; set; } = ""; // no
        public string Switchboard { get; set; } = ""; // no
        public string DxAddress { get; set; } = ""; // no
    }

    public class Solicitor
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string SraNumber { get; set; } = ""; // pd
        // A named person's direct line and work e-mail are theirs, unlike the firm's switchboard.
        public string DirectDial { get; set; } = ""; // pd
        public string WorkEmail { get; set; } = ""; // pd
        public Guid FirmId { get; set; } // no
        public LawFirm Firm { get; set; } = null!; // no
    }

    public record CourtListEntryDto(
        string CaseNumber, // no
        string DefendantName, // pd
        int? DefendantAge, // pd
        string DefendantTown, // pd
        string OffenceSummary, // pd
        TimeOnly ListedAt, // no
        string Courtroom); // no

    public record ResultRecorded(
        Guid CaseId, // no
        Guid DefendantPersonId, // pd
        string Verdict, // pd
        DateTime RecordedAt) : INotification; // no

    public record RecordPleaCommand(
        Guid ChargeId, // no
        Plea Plea, // pd
        string EnteredByUserId) : IRequest<bool>; // pd

    public record ListingStatisticsDto(
        string CourtCode, // no
        int HearingsListed, // no
        int Effective, // no
        int Cracked, // no
        double AverageWaitDays); // no

    public class CommonPlatformOptions
    {
        public Uri BaseUrl { get; set; } = null!; // no
        public string ClientCertificateThumbprint { get; set; } = ""; // no
        // The integration's service account.
        public string ServiceAccountName { get; set; } = "svc-caselink"; // no
        public string DataProtectionOfficerMailbox { get; set; } = "dpo@example-courts.gov.uk"; // no
        public int ConvictionRetentionYears { get; set; } = 100; // no
    }

    public class CaseManagementDbContext : DbContext
    {
        public DbSet<CourtCase> Cases { get; set; } = null!; // pd
        public DbSet<Person> People { get; set; } = null!; // pd
        public DbSet<Charge> Charges { get; set; } = null!; // pd
        public DbSet<CaseDocument> Documents { get; set; } = null!; // pd
        public DbSet<Court> Courts { get; set; } = null!; // no
        public DbSet<LawFirm> LawFirms { get; set; } = null!; // no
        public DbSet<Solicitor> Solicitors { get; set; } = null!; // pd
    }
}
#endif
