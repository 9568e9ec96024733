#if LAWFULBASIS_CORPUS
// Held out: written after the heuristics of commit "Discovery: families seen in the first held-out set" were frozen,
// never used to tune them. Retail banking: customers, accounts, transfers, loans, KYC. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Banking
{
    public enum AccountKind { Current, Savings, Loan }

    public class BankCustomer
    {
        public Guid Id { get; set; } // key
        public string CustomerReference { get; set; } = ""; // key
        public string Title { get; set; } = ""; // pd
        public string GivenNames { get; set; } = ""; // pd
        public string FamilyName { get; set; } = ""; // pd
        public DateOnly DateOfBirth { get; set; } // pd
        public string TaxResidency { get; set; } = ""; // pd
        public string? TaxIdentificationNumber { get; set; } // pd
        public string MobilePhoneNumber { get; set; } = ""; // pd
        public string EmailAddress { get; set; } = ""; // pd
        public string ResidentialAddress { get; set; } = ""; // pd
        public string RiskRating { get; set; } = ""; // pd
        public bool IsPoliticallyExposed { get; set; } // pd
        public DateTime OnboardedAt { get; set; } // no
        public List<Account> Accounts { get; set; } = new(); // pd
    }

    public class Account
    {
        public Guid Id { get; set; } // no
        public string AccountNumber { get; set; } = ""; // pd
        public string SortCode { get; set; } = ""; // pd
        public string Iban { get; set; } = ""; // pd
        public AccountKind Kind { get; set; } // no
        public decimal Balance { get; set; } // pd
        public decimal OverdraftLimit { get; set; } // pd
        public string Currency { get; set; } = ""; // no
        public Guid PrimaryHolderId { get; set; } // pd
        public DateTime OpenedAt { get; set; } // no
    }

    public class Transfer
    {
        public Guid Id { get; set; } // no
        public Guid FromAccountId { get; set; } // no
        public string BeneficiaryName { get; set; } = ""; // pd
        public string BeneficiaryIban { get; set; } = ""; // pd
        public decimal Amount { get; set; } // no
        public string Reference { get; set; } = ""; // pd
        public DateTime ExecutedAt { get; set; } // no
        public string Scheme { get; set; } = ""; // no
    }

    public class LoanApplication
    {
        public Guid Id { get; set; } // no
        public Guid BorrowerId { get; set; } // pd
        public decimal Principal { get; set; } // no
        public int TermMonths { get; set; } // no
        public decimal InterestRate { get; set; } // no
        public decimal MonthlyIncome { get; set; } // pd
        public decimal MonthlyOutgoings { get; set; } // pd
        public int Dependants { get; set; } // pd
        public string EmploymentStatus { get; set; } = ""; // pd
        public string Purpose { get; set; } = ""; // no
        public string Decision { get; set; } = ""; // no
    }

    public class KycCheck
    {
        public Guid Id { get; set; } // no
        public Guid CustomerId { get; set; } // pd
        public string DocumentType { get; set; } = ""; // no
        public string DocumentNumber { get; set; } = ""; // pd
        public string? SelfieImageUrl { get; set; } // pd
        public double? FaceMatchScore { get; set; } // pd
        public string Provider { get; set; } = ""; // no
        public string Result { get; set; } = ""; // no
        public DateTime CheckedAt { get; set; } // no
    }

    public class Branch
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string SortCode { get; set; } = ""; // no
        public string Address { get; set; } = ""; // no
        public string Phone { get; set; } = ""; // no
        public string OpeningHours { get; set; } = ""; // no
    }

    public class InterestRateTable
    {
        public string Product { get; set; } = ""; // no
        public decimal Rate { get; set; } // no
        public DateOnly EffectiveFrom { get; set; } // no
        public string Tier { get; set; } = ""; // no
    }

    public record PaymentInitiated(
        Guid PaymentId, // no
        string PayeeName, // pd
        string PayeeAccountNumber, // pd
        decimal Amount, // no
        string Currency); // no
}
#endif
