#if LAWFULBASIS_CORPUS
// A driving school's booking and progress system: learners and their licences, instructors (franchisees paid weekly),
// lessons, skill assessments, theory and practical test results, eyesight checks, a learner's own car for private
// practice, the school's dual-control cars, test centres, lesson packages, payments, reviews, a franchise and settings.
// Written for the sixth round (a member of a type about one person), labelled before the analyzer was run on it.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.DrivingSchool
{
    public enum Transmission { Manual, Automatic }

    public enum LearnerStatus { Enquiry, Active, Paused, Passed, Lapsed }

    public enum LessonStatus { Booked, Completed, CancelledByLearner, CancelledByInstructor, NoShow }

    public enum TestResult { Pass, Fail, Abandoned }

    [Owned]
    public class HomeAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string Town { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    public class Learner
    {
        public Guid Id { get; set; } // key
        public Guid TenantId { get; set; } // no
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string Email { get; set; } = ""; // pd
        public string MobileNumber { get; set; } = ""; // pd
        public HomeAddress Address { get; set; } = new(); // pd
        public string ProvisionalLicenceNumber { get; set; } = ""; // pd
        public string? TheoryCertificateNumber { get; set; } // pd
        public Transmission PreferredTransmission { get; set; } // no
        public decimal HoursDriven { get; set; } // pd
        public int LessonCredits { get; set; } // pd
        public decimal AccountBalance { get; set; } // pd
        public bool WearsGlasses { get; set; } // pd
        public bool NeedsDyslexiaSupport { get; set; } // pd
        public Guid? PreferredInstructorId { get; set; } // pd
        public string? ReferralCode { get; set; } // pd
        public string? Notes { get; set; } // pd
        public LearnerStatus Status { get; set; } // no
        public DateOnly? PassedOn { get; set; } // pd
        public string? EmergencyContactPhone { get; set; } // pd
        public bool MarketingOptIn { get; set; } // no
        public bool IsDeleted { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public DateTime UpdatedAt { get; set; } // no
        public byte[] RowVersion { get; set; } = []; // no
    }

    public class Instructor
    {
        public Guid Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string AdiNumber { get; set; } = ""; // pd
        public DateOnly AdiBadgeExpiry { get; set; } // pd
        public string Mobile { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public decimal HourlyRate { get; set; } // pd
        public double AverageRating { get; set; } // pd
        public double FirstTimePassRate { get; set; } // pd
        public Guid? CarId { get; set; } // no
        public string? Bio { get; set; } // pd
        public DateOnly JoinedOn { get; set; } // pd
        public bool IsActive { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    // The school's own dual-control cars: equipment, nobody's personal data.
    public class Car
    {
        public Guid Id { get; set; } // no
        public string Registration { get; set; } = ""; // no
        public string Make { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public Transmission Transmission { get; set; } // no
        public DateOnly MotDue { get; set; } // no
        public bool DualControls { get; set; } // no
        public int CurrentMileage { get; set; } // no
        public DateTime? LastServiceAt { get; set; } // no
    }

    public class Lesson
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public Guid InstructorId { get; set; } // pd
        public Guid CarId { get; set; } // no
        public DateTime StartsAt { get; set; } // no
        public int DurationMinutes { get; set; } // no
        public string PickupAddress { get; set; } = ""; // pd
        public decimal Price { get; set; } // no
        public bool Paid { get; set; } // no
        public string? InstructorNotes { get; set; } // pd
        public string? LearnerFeedback { get; set; } // pd
        public string? CancellationReason { get; set; } // pd
        public LessonStatus Status { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public uint Version { get; set; } // no
    }

    public class SkillAssessment
    {
        public long Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public Guid LessonId { get; set; } // no
        public string SkillCode { get; set; } = ""; // no
        public int Level { get; set; } // pd
        public string? Comment { get; set; } // pd
        public DateTime AssessedAt { get; set; } // no
    }

    public class TheoryTestResult
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public Guid TestCentreId { get; set; } // no
        public DateTime TakenAt { get; set; } // no
        public int MultipleChoiceScore { get; set; } // pd
        public int HazardPerceptionScore { get; set; } // pd
        public bool Passed { get; set; } // pd
        public string? CertificateNumber { get; set; } // pd
    }

    public class PracticalTest
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public string BookingReference { get; set; } = ""; // no
        public Guid TestCentreId { get; set; } // no
        public DateTime BookedFor { get; set; } // no
        public string? ExaminerName { get; set; } // pd
        public int DrivingFaults { get; set; } // pd
        public int SeriousFaults { get; set; } // pd
        public TestResult? Result { get; set; } // pd
        public string? ExaminerDebrief { get; set; } // pd
        public bool InstructorSatIn { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
    }

    public class TestCentre
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string AddressLine { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
        public string Phone { get; set; } = ""; // no
    }

    public class LessonPackage
    {
        public Guid Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public int Hours { get; set; } // no
        public decimal Price { get; set; } // no
        public Transmission Transmission { get; set; } // no
        public bool IsIntensive { get; set; } // no
    }

    public class Payment
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public Guid? PackageId { get; set; } // no
        public decimal Amount { get; set; } // no
        public string Currency { get; set; } = "GBP"; // no
        public DateTime PaidAt { get; set; } // no
        public string? CardLast4 { get; set; } // pd
        public string ProviderReference { get; set; } = ""; // no
        public bool Refunded { get; set; } // no
    }

    // What one instructor earned in a week: every figure on it is about them.
    public class InstructorPayout
    {
        public Guid Id { get; set; } // no
        public Guid InstructorId { get; set; } // pd
        public DateOnly WeekStarting { get; set; } // no
        public int LessonsTaught { get; set; } // pd
        public decimal GrossEarnings { get; set; } // pd
        public decimal FranchiseFee { get; set; } // pd
        public decimal NetPayout { get; set; } // pd
        public DateTime? PaidAt { get; set; } // no
        public string? BankReference { get; set; } // no
    }

    public class EyesightCheck
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public DateTime CheckedAt { get; set; } // no
        public bool ReadPlateAtTwentyMetres { get; set; } // pd
        public bool NeedsCorrectiveLenses { get; set; } // pd
        public Guid CheckedByInstructorId { get; set; } // pd
    }

    // A learner's own car, insured for private practice with a relative.
    public class PrivatePracticeCar
    {
        public Guid Id { get; set; } // no
        public Guid LearnerId { get; set; } // pd
        public string Registration { get; set; } = ""; // pd
        public string Make { get; set; } = ""; // no
        public string Model { get; set; } = ""; // no
        public string? InsurerName { get; set; } // no
        public string? InsurancePolicyNumber { get; set; } // pd
        public string? SupervisingDriverName { get; set; } // pd
    }

    public class InstructorReview
    {
        public Guid Id { get; set; } // no
        public Guid InstructorId { get; set; } // pd
        public Guid LearnerId { get; set; } // pd
        public int Stars { get; set; } // pd
        public string? Text { get; set; } // pd
        public DateTime PublishedAt { get; set; } // no
        public bool IsPublished { get; set; } // no
    }

    // The franchise a self-employed instructor trades under: an organisation, its owner named on it.
    public class Franchise
    {
        public Guid Id { get; set; } // no
        public string TradingName { get; set; } = ""; // no
        public string CompanyNumber { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string Email { get; set; } = ""; // no
        public string Postcode { get; set; } = ""; // no
        public string OwnerName { get; set; } = ""; // pd
        public string OwnerMobile { get; set; } = ""; // pd
    }

    public record LearnerRegistered(
        Guid LearnerId, // pd
        string Email, // pd
        DateTime RegisteredAt); // no

    public record ProgressSummaryDto(
        string LearnerName, // pd
        decimal HoursDriven, // pd
        int AverageSkillLevel, // pd
        bool ReadyForTest); // pd

    public class SchoolOptions
    {
        public string SchoolName { get; set; } = ""; // no
        public string SupportEmail { get; set; } = ""; // no
        public int DefaultLessonMinutes { get; set; } // no
        public int CancellationNoticeHours { get; set; } // no
        public string DvsaApiKey { get; set; } = ""; // no
    }

    public class DrivingSchoolDbContext : DbContext
    {
        public DbSet<Learner> Learners { get; set; } = null!; // pd
        public DbSet<Instructor> Instructors { get; set; } = null!; // pd
        public DbSet<Lesson> Lessons { get; set; } = null!; // pd
        public DbSet<Car> Cars { get; set; } = null!; // no
        public DbSet<TestCentre> TestCentres { get; set; } = null!; // no
        public DbSet<LessonPackage> Packages { get; set; } = null!; // no
    }
}
#endif
