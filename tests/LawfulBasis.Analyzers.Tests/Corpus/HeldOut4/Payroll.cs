#if LAWFULBASIS_CORPUS
// Held out, round 4: written blind (its author read neither the analyzer nor its documentation and never ran it on
// this file). A UK payroll and pensions bureau: client employers, their employees, tax codes and HMRC notices,
// payslips and their lines, the Full Payment Submission, sickness absence and statutory sick pay, trade-union
// subscriptions deducted at source (Art. 9), court-ordered deductions, workplace pension auto-enrolment, bureau
// users and the audit log. Everything a payslip says about an employee is personal; totals over a payroll run are
// not. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corpus.HeldOut4.Payroll
{
    public enum PayFrequency { Weekly, Fortnightly, FourWeekly, Monthly }

    public enum AutoEnrolmentCategory { EligibleJobholder, NonEligibleJobholder, EntitledWorker, Exempt }

    public enum DeductionOrderType { CouncilTaxAttachment, AttachmentOfEarnings, DeductionFromEarningsChildMaintenance, DirectEarningsAttachment }

    public enum RunStatus { Draft, Calculated, Approved, Submitted, Paid }

    public class ClientEmployer
    {
        public Guid Id { get; set; } // no
        public string LegalName { get; set; } = ""; // no
        public string PayeReference { get; set; } = ""; // no
        public string AccountsOfficeReference { get; set; } = ""; // no
        public string RegisteredAddress { get; set; } = ""; // no
        public string PayrollMailbox { get; set; } = ""; // no
        // The finance manager the bureau deals with: a named individual.
        public string PrimaryContactName { get; set; } = ""; // pd
        public string PrimaryContactDirectLine { get; set; } = ""; // pd
        public PayFrequency Frequency { get; set; } // no
        public bool ClaimsEmploymentAllowance { get; set; } // no
        public List<Employee> Employees { get; set; } = new(); // pd
    }

    public class Employee
    {
        public Guid Id { get; set; } // key
        public Guid EmployerId { get; set; } // no
        // The number the employer knows the person by ("000417").
        public string PayrollNumber { get; set; } = ""; // pd
        public string? Title { get; set; } // pd
        public string Forenames { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string Gender { get; set; } = ""; // pd
        public string? NiNumber { get; set; } // pd
        // Reveals other jobs, benefits in kind and underpaid tax from past years.
        public string TaxCode { get; set; } = ""; // pd
        public bool Week1Month1Basis { get; set; } // pd
        public string? StudentLoanPlan { get; set; } // pd
        public bool HasPostgraduateLoan { get; set; } // pd
        public HomeAddress Address { get; set; } = new(); // pd
        public string? PersonalEmail { get; set; } // pd
        public string JobTitle { get; set; } = ""; // pd
        public string Department { get; set; } = ""; // pd
        public DateOnly StartDate { get; set; } // pd
        public DateOnly? LeavingDate { get; set; } // pd
        public decimal AnnualSalary { get; set; } // pd
        public decimal? HourlyRate { get; set; } // pd
        public decimal ContractedHoursPerWeek { get; set; } // pd
        public bool IsDirector { get; set; } // pd
        public BankDetails Bank { get; set; } = new(); // pd
        public TradeUnionSubscription? UnionSubscription { get; set; } // pd
        public PensionMembership? Pension { get; set; } // pd
        public DateTime CreatedAt { get; set; } // no
        public string CreatedBy { get; set; } = ""; // pd
    }

    [Owned]
    public class HomeAddress
    {
        public string Line1 { get; set; } = ""; // pd
        public string? Line2 { get; set; } // pd
        public string? Line3 { get; set; } // pd
        public string PostTown { get; set; } = ""; // pd
        public string Postcode { get; set; } = ""; // pd
    }

    [Owned]
    public class BankDetails
    {
        public string AccountName { get; set; } = ""; // pd
        public string SortCode { get; set; } = ""; // pd
        public string AccountNumber { get; set; } = ""; // pd
        public string? BuildingSocietyRollNumber { get; set; } // pd
    }

    // Deducted from pay and passed to the union: the deduction itself discloses membership (Art. 9).
    public class TradeUnionSubscription
    {
        public int Id { get; set; } // no
        public Guid EmployeeId { get; set; } // pd
        public string UnionName { get; set; } = ""; // pd
        public string MembershipNumber { get; set; } = ""; // pd
        public decimal MonthlyAmount { get; set; } // pd
        public DateOnly DeductFrom { get; set; } // pd
    }

    // A union in the bureau's list of payees is an organisation.
    public class UnionPayee
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string RemittanceEmail { get; set; } = ""; // no
        public string SortCode { get; set; } = ""; // no
        public string AccountNumber { get; set; } = ""; // no
    }

    public class PensionScheme
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string ProviderName { get; set; } = ""; // no
        public string PensionSchemeTaxReference { get; set; } = ""; // no
        public decimal DefaultEmployeeRate { get; set; } // no
        public decimal DefaultEmployerRate { get; set; } // no
        public bool SalarySacrifice { get; set; } // no
    }

    public class PensionMembership
    {
        public int Id { get; set; } // no
        public int SchemeId { get; set; } // no
        public Guid EmployeeId { get; set; } // pd
        public AutoEnrolmentCategory Category { get; set; } // pd
        public decimal EmployeeRate { get; set; } // pd
        public DateOnly? EnrolledOn { get; set; } // pd
        public DateOnly? OptedOutOn { get; set; } // pd
        public string? ProviderMemberReference { get; set; } // pd
    }

    public class SicknessAbsence
    {
        public Guid Id { get; set; } // no
        public Guid EmployeeId { get; set; } // pd
        public DateOnly FirstDay { get; set; } // pd
        public DateOnly? LastDay { get; set; } // pd
        // "Back surgery", "stress": as the manager typed it from the fit note.
        public string Reason { get; set; } = ""; // pd
        public bool FitNoteReceived { get; set; } // pd
        public decimal StatutorySickPay { get; set; } // pd
        public DateTime RecordedAt { get; set; } // no
        public string RecordedBy { get; set; } = ""; // pd
    }

    public class DeductionOrder
    {
        public Guid Id { get; set; } // no
        public Guid EmployeeId { get; set; } // pd
        public DeductionOrderType Type { get; set; } // pd
        public string IssuingBody { get; set; } = ""; // no
        public string OrderReference { get; set; } = ""; // no
        public decimal ProtectedEarnings { get; set; } // pd
        public decimal AmountOutstanding { get; set; } // pd
        public DateOnly ReceivedOn { get; set; } // no
    }

    public class Payslip
    {
        public Guid Id { get; set; } // no
        public Guid EmployeeId { get; set; } // pd
        public Guid PayrollRunId { get; set; } // no
        public int TaxPeriod { get; set; } // no
        public DateOnly PayDate { get; set; } // no
        public string TaxCodeUsed { get; set; } = ""; // pd
        public decimal GrossPay { get; set; } // pd
        public decimal IncomeTax { get; set; } // pd
        public decimal EmployeeNationalInsurance { get; set; } // pd
        public decimal EmployerNationalInsurance { get; set; } // pd
        public decimal StudentLoanRepayment { get; set; } // pd
        public decimal PensionContribution { get; set; } // pd
        public decimal NetPay { get; set; } // pd
        public decimal GrossPayToDate { get; set; } // pd
        public List<PayslipLine> Lines { get; set; } = new(); // pd
        public string PdfBlobPath { get; set; } = ""; // pd
        public DateTime GeneratedAt { get; set; } // no
    }

    // "BASIC", "OT15", "SSP", "UNISON": on one person's payslip the code says what they were paid for and deducted.
    public class PayslipLine
    {
        public int Id { get; set; } // no
        public string Code { get; set; } = ""; // pd
        public string Description { get; set; } = ""; // pd
        public decimal Units { get; set; } // pd
        public decimal Amount { get; set; } // pd
    }

    // The catalogue of pay elements a client uses: reference data.
    public class PayElement
    {
        public string Code { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public bool Taxable { get; set; } // no
        public bool NiCategoryApplies { get; set; } // no
        public bool Pensionable { get; set; } // no
    }

    public class PayrollRun
    {
        public Guid Id { get; set; } // no
        public Guid EmployerId { get; set; } // no
        public string TaxYear { get; set; } = "2026-27"; // no
        public int Period { get; set; } // no
        public RunStatus Status { get; set; } // no
        public int EmployeesPaid { get; set; } // no
        public decimal TotalGross { get; set; } // no
        public decimal TotalTax { get; set; } // no
        public decimal TotalEmployerNi { get; set; } // no
        public string? FpsCorrelationId { get; set; } // no
        public DateTime? SubmittedAt { get; set; } // no
        public string? ApprovedByUserId { get; set; } // pd
    }

    // One employee's line in the Full Payment Submission to HMRC (RTI).
    public record FpsEmployeeRecord(
        string NationalInsuranceNumber, // pd
        string Forename, // pd
        string Surname, // pd
        DateOnly BirthDate, // pd
        string Gender, // pd
        string PayId, // pd
        string TaxCode, // pd
        decimal TaxablePayToDate, // pd
        decimal TaxDeductedToDate, // pd
        bool IrregularPayment, // pd
        string PaymentDate); // no

    // A P6/P9 tax code notice downloaded from HMRC's Data Provisioning Service.
    public record TaxCodeNotice(
        string EmployeeNino, // pd
        string WorksNumber, // pd
        string NewTaxCode, // pd
        decimal? PreviousPay, // pd
        decimal? PreviousTax, // pd
        DateOnly EffectiveDate, // pd
        DateTime DownloadedAt); // no

    public record SalaryChanged(
        Guid EmployeeId, // pd
        decimal PreviousSalary, // pd
        decimal NewSalary, // pd
        DateOnly EffectiveFrom, // pd
        string ChangedByUserId) : INotification; // pd

    public record PayslipPublished(
        Guid PayslipId, // no
        Guid EmployeeId, // pd
        string EmployeeEmail, // pd
        DateOnly PayDate); // no

    public record CalculatePayrollRun(
        Guid EmployerId, // no
        int Period, // no
        bool IncludeLeavers) : IRequest<PayrollRunSummary>; // no

    public record PayrollRunSummary(
        Guid RunId, // no
        int Employees, // no
        decimal TotalNet, // no
        int Warnings); // no

    public class BureauUser : IdentityUser
    {
        public string FullName { get; set; } = ""; // pd
        public List<Guid> ClientEmployerIds { get; set; } = new(); // no
        public bool CanApproveRuns { get; set; } // no
        public string? LastSignInIp { get; set; } // pd
    }

    public class AuditEntry
    {
        public long Id { get; set; } // no
        public string ActorUserId { get; set; } = ""; // pd
        public string Action { get; set; } = ""; // no
        public string EntityType { get; set; } = ""; // no
        public string EntityId { get; set; } = ""; // no
        // {"AnnualSalary": 41000} → {"AnnualSalary": 43500}
        public string? ChangesJson { get; set; } // pd
        public DateTime At { get; set; } // no
    }

    public class HmrcGatewayOptions
    {
        public string SenderId { get; set; } = ""; // no
        public string Password { get; set; } = ""; // no
        public Uri SubmissionEndpoint { get; set; } = new("https://test-transaction-engine.tax.service.gov.uk/submission"); // no
        public bool TestInLive { get; set; } // no
        public int PollIntervalSeconds { get; set; } = 10; // no
    }

    public class PayslipMailOptions
    {
        public string SmtpHost { get; set; } = ""; // no
        public int SmtpPort { get; set; } = 587; // no
        public string FromAddress { get; set; } = "payslips@bureau.example"; // no
        public bool PasswordProtectPdf { get; set; } = true; // no
    }

    public class PayrollDbContext : DbContext
    {
        public DbSet<ClientEmployer> Employers { get; set; } = null!; // pd
        public DbSet<Employee> Employees { get; set; } = null!; // pd
        public DbSet<Payslip> Payslips { get; set; } = null!; // pd
        public DbSet<PayElement> PayElements { get; set; } = null!; // no
        public DbSet<PensionScheme> PensionSchemes { get; set; } = null!; // no
        public DbSet<UnionPayee> UnionPayees { get; set; } = null!; // no
        public DbSet<PayrollRun> Runs { get; set; } = null!; // pd
    }
}
#endif
