#if LAWFULBASIS_CORPUS
// Human resources: employees, payroll, leave, departments, job postings and applicants. Labels: pd, no, key
// (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HumanResources
{
    public enum LeaveType { Annual, Sick, Parental, Unpaid }

    public class Employee
    {
        public int EmployeeId { get; set; } // key
        public string EmployeeNumber { get; set; } = ""; // key
        public string FirstName { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string WorkEmail { get; set; } = ""; // pd
        public string? PersonalEmail { get; set; } // pd
        public string? MobilePhone { get; set; } // pd
        public DateTime HireDate { get; set; } // pd
        public DateTime? TerminationDate { get; set; } // pd
        public string JobTitle { get; set; } = ""; // pd
        public string Position { get; set; } = ""; // pd
        public int DepartmentId { get; set; } // no
        public int? ManagerId { get; set; } // pd
        public Employee? Manager { get; set; } // pd
        public decimal Salary { get; set; } // pd
        public string NationalInsuranceNumber { get; set; } = ""; // pd
        public string? BankAccountNumber { get; set; } // pd
        public string? HomeAddress { get; set; } // pd
        public string? MaritalStatus { get; set; } // pd
        public bool IsActive { get; set; } // no
        public string? PhotoUrl { get; set; } // pd
        public string CostCenter { get; set; } = ""; // no
        public DateTime UpdatedAt { get; set; } // no
    }

    public class Department
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Code { get; set; } = ""; // no
        public int? HeadEmployeeId { get; set; } // pd
        public int Headcount { get; set; } // no
        public decimal Budget { get; set; } // no
    }

    public class PayrollEntry
    {
        public long Id { get; set; } // no
        public int EmployeeId { get; set; } // pd
        public DateOnly PeriodStart { get; set; } // no
        public DateOnly PeriodEnd { get; set; } // no
        public decimal GrossSalary { get; set; } // pd
        public decimal NetSalary { get; set; } // pd
        public decimal TaxWithheld { get; set; } // pd
        public string PayslipFileName { get; set; } = ""; // no
    }

    public class LeaveRequest
    {
        public int Id { get; set; } // no
        public int EmployeeId { get; set; } // pd
        public LeaveType Type { get; set; } // pd
        public DateOnly From { get; set; } // no
        public DateOnly To { get; set; } // no
        public string? Comment { get; set; } // no
        public int? ApproverId { get; set; } // pd
        public bool Approved { get; set; } // no
    }

    public class SicknessRecord
    {
        public int Id { get; set; } // no
        public int EmployeeId { get; set; } // pd
        public string? Illness { get; set; } // pd
        public string? DisabilityNotes { get; set; } // pd
        public int DaysAbsent { get; set; } // pd
    }

    public class JobPosting
    {
        public int Id { get; set; } // no
        public string Title { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public string City { get; set; } = ""; // no
        public string Country { get; set; } = ""; // no
        public decimal SalaryMin { get; set; } // no
        public decimal SalaryMax { get; set; } // no
        public DateTime PublishedAt { get; set; } // no
        public int HiringManagerId { get; set; } // pd
    }

    public class JobApplicant
    {
        public int Id { get; set; } // key
        public int JobPostingId { get; set; } // no
        public string FullName { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? Phone { get; set; } // pd
        public string? LinkedInUrl { get; set; } // pd
        public string? ResumeFileName { get; set; } // pd
        public string? CoverLetter { get; set; } // pd
        public int? Age { get; set; } // pd
        public string? CriminalRecord { get; set; } // pd
        public string? TradeUnion { get; set; } // pd
        public string Stage { get; set; } = ""; // no
        public DateTime AppliedAt { get; set; } // no
    }

    public class TrainingCourse
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Provider { get; set; } = ""; // no
        public int DurationHours { get; set; } // no
        public string InstructorName { get; set; } = ""; // pd
        public List<int> EnrolledEmployeeIds { get; set; } = new(); // pd
    }
}
#endif
