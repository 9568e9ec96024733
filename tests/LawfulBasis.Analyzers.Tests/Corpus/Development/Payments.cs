#if LAWFULBASIS_CORPUS
// Payments: stored cards, bank accounts, transactions, invoices, refunds and a payment provider's settings.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.Payments
{
    public enum TransactionStatus { Pending, Authorised, Captured, Failed }

    public class CreditCard
    {
        public Guid Id { get; set; } // no
        public string Number { get; set; } = ""; // pd
        public string HolderName { get; set; } = ""; // pd
        public int ExpirationMonth { get; set; } // pd
        public int ExpirationYear { get; set; } // pd
        public string Cvv { get; set; } = ""; // pd
        public string Brand { get; set; } = ""; // no
        public string Last4 { get; set; } = ""; // pd
        public bool IsDefault { get; set; } // no
        public Guid CustomerId { get; set; } // pd
    }

    public class StoredCard
    {
        public Guid Id { get; set; } // no
        public string CardToken { get; set; } = ""; // no
        public string MaskedPan { get; set; } = ""; // pd
        public string CardExpiry { get; set; } = ""; // pd
        public string CardholderName { get; set; } = ""; // pd
        public string Network { get; set; } = ""; // no
        public string Fingerprint { get; set; } = ""; // pd
    }

    public class BankAccount
    {
        public Guid Id { get; set; } // no
        public string Iban { get; set; } = ""; // pd
        public string Bic { get; set; } = ""; // no
        public string AccountHolder { get; set; } = ""; // pd
        public string BankName { get; set; } = ""; // no
        public string Currency { get; set; } = ""; // no
        public string OwnerId { get; set; } = ""; // pd
    }

    public class Transaction
    {
        public Guid Id { get; set; } // no
        public string ExternalReference { get; set; } = ""; // no
        public decimal Amount { get; set; } // no
        public string Currency { get; set; } = ""; // no
        public TransactionStatus Status { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public Guid PayerId { get; set; } // pd
        public Guid MerchantId { get; set; } // no
        public string? PayerEmail { get; set; } // pd
        public string? Description { get; set; } // no
        public string? FailureCode { get; set; } // no
        public string? AuthorizationCode { get; set; } // no
    }

    public class Invoice
    {
        public Guid Id { get; set; } // no
        public string Number { get; set; } = ""; // no
        public DateOnly IssueDate { get; set; } // no
        public DateOnly DueDate { get; set; } // no
        public decimal NetAmount { get; set; } // no
        public decimal TaxAmount { get; set; } // no
        public string BillingName { get; set; } = ""; // pd
        public string BillingAddress { get; set; } = ""; // pd
        public string BillingPostcode { get; set; } = ""; // pd
        public string BillingCountry { get; set; } = ""; // pd
        public string? CustomerTaxId { get; set; } // pd
        public List<InvoiceLine> Lines { get; set; } = new(); // no
    }

    public class InvoiceLine
    {
        public int Id { get; set; } // no
        public string Sku { get; set; } = ""; // no
        public string Description { get; set; } = ""; // no
        public int Quantity { get; set; } // no
        public decimal UnitPrice { get; set; } // no
        public decimal VatRate { get; set; } // no
    }

    public class Refund
    {
        public Guid Id { get; set; } // no
        public Guid TransactionId { get; set; } // no
        public decimal Amount { get; set; } // no
        public string Reason { get; set; } = ""; // no
        public DateTime RequestedAt { get; set; } // no
        public string RequestedBy { get; set; } = ""; // pd
    }

    public class Subscription
    {
        public Guid Id { get; set; } // no
        public Guid SubscriberId { get; set; } // pd
        public string PlanCode { get; set; } = ""; // no
        public DateTime CurrentPeriodStart { get; set; } // no
        public DateTime CurrentPeriodEnd { get; set; } // no
        public bool CancelAtPeriodEnd { get; set; } // no
        public int Seats { get; set; } // no
    }

    public class PaymentProviderSettings
    {
        public string ApiKey { get; set; } = ""; // no
        public string WebhookSecret { get; set; } = ""; // no
        public string BaseUrl { get; set; } = ""; // no
        public string MerchantAccount { get; set; } = ""; // no
        public int TimeoutSeconds { get; set; } // no
        public string SupportEmail { get; set; } = ""; // no
    }

    public class CreditApplication
    {
        public Guid Id { get; set; } // no
        public Guid ApplicantId { get; set; } // pd
        public decimal RequestedAmount { get; set; } // no
        public decimal AnnualIncome { get; set; } // pd
        public int CreditScore { get; set; } // pd
        public string EmploymentStatus { get; set; } = ""; // pd
        public string Employer { get; set; } = ""; // pd
        public string Decision { get; set; } = ""; // no
        public DateTime SubmittedAt { get; set; } // no
    }
}
#endif
