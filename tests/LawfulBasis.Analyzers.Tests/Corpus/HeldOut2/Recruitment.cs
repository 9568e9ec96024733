#if LAWFULBASIS_CORPUS
// Held out, round 2: written before its author read the discovery heuristics, measured once. An applicant tracking
// system: job postings, candidates, applications, interviews, scorecards, offers, referrals, diversity monitoring.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut2.Recruitment
{
    public enum ApplicationStage { Applied, Screening, Interview, Offer, Hired, Rejected, Withdrawn }

    public enum RemotePolicy { OnSite, Hybrid, Remote }

    public abstract class AuditableEntity
    {
        public DateTime CreatedAt { get; set; } // no
        // The recruiter or hiring manager who created the row: a colleague's account id.
        public string CreatedBy { get; set; } = ""; // pd
        public DateTime? ModifiedAt { get; set; } // no
        public string? ModifiedBy { get; set; } // pd
        public byte[] RowVersion { get; set; } = Array.Empty<byte>(); // no
    }

    public class Department
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string CostCentre { get; set; } = ""; // no
        public Guid HeadOfDepartmentId { get; set; } // pd
    }

    public class JobPosting : AuditableEntity
    {
        public Guid Id { get; set; } // no
        public string Title { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public int DepartmentId { get; set; } // no
        public string OfficeCity { get; set; } = ""; // no
        public string OfficeCountry { get; set; } = ""; // no
        public RemotePolicy RemotePolicy { get; set; } // no
        public decimal SalaryMin { get; set; } // no
        public decimal SalaryMax { get; set; } // no
        public Guid HiringManagerId { get; set; } // pd
        public Guid RecruiterId { get; set; } // pd
        // A role mailbox (jobs@…), not a person's address.
        public string ApplyToEmail { get; set; } = ""; // no
        public DateTime? ClosesAt { get; set; } // no
        public int OpeningsCount { get; set; } // no
    }

    public class Candidate : AuditableEntity
    {
        public Guid Id { get; set; } // key
        public string GivenName { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public string? PreferredName { get; set; } // pd
        public string? Pronouns { get; set; } // pd
        public string EmailAddress { get; set; } = ""; // pd
        public string? MobileNumber { get; set; } // pd
        public string? LinkedInProfileUrl { get; set; } // pd
        public string? GitHubHandle { get; set; } // pd
        public string? ResumeBlobUri { get; set; } // pd
        public string? CurrentEmployer { get; set; } // pd
        public string? CurrentJobTitle { get; set; } // pd
        public int? YearsOfExperience { get; set; } // pd
        public decimal? ExpectedSalary { get; set; } // pd
        public int? NoticePeriodWeeks { get; set; } // pd
        public bool RequiresVisaSponsorship { get; set; } // pd
        public string? RightToWorkStatus { get; set; } // pd
        public string? CityOfResidence { get; set; } // pd
        public bool OpenToRelocation { get; set; } // pd
        // Where the candidate came from (a job board's name): about the channel, not the person.
        public string Source { get; set; } = ""; // no
        public bool TalentPoolConsent { get; set; } // no
        public DateTime? ConsentExpiresAt { get; set; } // no
        public ICollection<JobApplication> Applications { get; set; } = new List<JobApplication>(); // pd
        public ICollection<CandidateSkill> Skills { get; set; } = new List<CandidateSkill>(); // pd
    }

    public class CandidateSkill
    {
        public Guid CandidateId { get; set; } // pd
        public int SkillId { get; set; } // no
        public int? SelfRatedLevel { get; set; } // pd
    }

    public class Skill
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Category { get; set; } = ""; // no
    }

    public class JobApplication : AuditableEntity
    {
        public Guid Id { get; set; } // no
        public Guid JobPostingId { get; set; } // no
        public Guid CandidateId { get; set; } // pd
        public ApplicationStage Stage { get; set; } // no
        public string? CoverLetter { get; set; } // pd
        // Why this person was turned down: an assessment of them.
        public string? RejectionReason { get; set; } // pd
        public DateTime AppliedAt { get; set; } // no
        public Guid? ReferredByEmployeeId { get; set; } // pd
        public List<ScreeningAnswer> ScreeningAnswers { get; set; } = new(); // pd
    }

    public class ScreeningAnswer
    {
        public int QuestionId { get; set; } // no
        public string QuestionText { get; set; } = ""; // no
        public string Answer { get; set; } = ""; // pd
    }

    public class Interview
    {
        public Guid Id { get; set; } // no
        public Guid ApplicationId { get; set; } // no
        public DateTime StartsAt { get; set; } // no
        public int DurationMinutes { get; set; } // no
        public string? MeetingRoom { get; set; } // no
        public string? VideoLink { get; set; } // no
        public List<Guid> PanelMemberIds { get; set; } = new(); // pd
        // The candidate asked for adjustments (step-free access, extra time): health data.
        public string? AccessibilityNeeds { get; set; } // pd
    }

    public class Scorecard
    {
        public Guid Id { get; set; } // no
        public Guid InterviewId { get; set; } // no
        public Guid InterviewerId { get; set; } // pd
        // An interviewer's rating of the candidate: an opinion about a person.
        public int OverallRating { get; set; } // pd
        public string Recommendation { get; set; } = ""; // pd
        public string? Notes { get; set; } // pd
        public DateTime SubmittedAt { get; set; } // no
    }

    public class Offer
    {
        public Guid Id { get; set; } // no
        public Guid ApplicationId { get; set; } // no
        public decimal BaseSalary { get; set; } // pd
        public decimal? SigningBonus { get; set; } // pd
        public int? StockOptions { get; set; } // pd
        public DateOnly ProposedStartDate { get; set; } // no
        public string Status { get; set; } = ""; // no
        public string? SignedDocumentUri { get; set; } // pd
        public Guid ApprovedById { get; set; } // pd
    }

    public class BackgroundCheck
    {
        public Guid Id { get; set; } // no
        public Guid CandidateId { get; set; } // pd
        public string Provider { get; set; } = ""; // no
        public string ProviderOrderNumber { get; set; } = ""; // no
        public bool CriminalRecordFound { get; set; } // pd
        public string? CriminalRecordDetails { get; set; } // pd
        public bool? ReferencesVerified { get; set; } // pd
        public DateTime? CompletedAt { get; set; } // no
    }

    // Equal-opportunities monitoring, kept apart from the application and reported only in aggregate.
    public class DiversityMonitoringResponse
    {
        public Guid Id { get; set; } // no
        public Guid ApplicationId { get; set; } // pd
        public string? EthnicGroup { get; set; } // pd
        public string? Sex { get; set; } // pd
        public bool? GenderSameAsAtBirth { get; set; } // pd
        public string? SexualOrientation { get; set; } // pd
        public string? Religion { get; set; } // pd
        public bool? HasDisability { get; set; } // pd
        public string? AgeBand { get; set; } // pd
        public bool? CaringResponsibilities { get; set; } // pd
    }

    public class Referral
    {
        public Guid Id { get; set; } // no
        public Guid ReferrerEmployeeId { get; set; } // pd
        public string ReferredPersonName { get; set; } = ""; // pd
        public string ReferredPersonEmail { get; set; } = ""; // pd
        public string? Relationship { get; set; } // pd
        public decimal BonusAmount { get; set; } // no
        public bool BonusPaid { get; set; } // no
    }

    // DTOs and events.
    public record CandidateListItem(
        Guid Id, // key
        string FullName, // pd
        string? Headline, // pd
        ApplicationStage Stage, // no
        int DaysInStage); // no

    public record ApplyCommand(
        Guid JobPostingId, // no
        string Name, // pd
        string Email, // pd
        string? Phone, // pd
        string ResumeFileName, // pd
        IReadOnlyDictionary<int, string> Answers); // pd

    public record CandidateHired(
        Guid CandidateId, // pd
        Guid JobPostingId, // no
        DateOnly StartDate, // no
        decimal AgreedSalary); // pd

    public record PostingPublished(
        Guid JobPostingId, // no
        string Title, // no
        IReadOnlyList<string> Boards); // no

    public class JobBoardOptions
    {
        public string IndeedPublisherId { get; set; } = ""; // no
        public string LinkedInClientSecret { get; set; } = ""; // no
        public TimeSpan SyncInterval { get; set; } // no
        public int DaysToKeepRejectedCandidates { get; set; } = 180; // no
    }

    public class RecruitmentDbContext : DbContext
    {
        public DbSet<Candidate> Candidates { get; set; } = null!; // pd
        public DbSet<JobApplication> Applications { get; set; } = null!; // pd
        // A posting names its hiring manager and recruiter, a department its head: both types hold personal data.
        public DbSet<JobPosting> Postings { get; set; } = null!; // pd
        public DbSet<Skill> Skills { get; set; } = null!; // no
        public DbSet<Department> Departments { get; set; } = null!; // pd
    }
}
#endif
