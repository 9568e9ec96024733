namespace LawfulBasis.Tests;

/// <summary>A small but complete set of declarations, as an online shop would write them.</summary>
internal static class ShopDeclarations
{
    public const string Source = """
        [assembly: Controller("Acme Shop SAS",
            Contact = "12 rue de la Paix, 75002 Paris; privacy@acme.example",
            DataProtectionOfficer = "dpo@acme.example",
            JointControllers = ["Acme Marketplace Ltd (joint for marketplace orders)"],
            SecurityMeasures = "TLS 1.3 in transit; AES-256 at rest; role-based access; quarterly access reviews")]

        namespace Acme.Shop;

        [Purpose("Take, ship and invoice orders", LegalBasis.Contract, ContractReference = "Terms of sale v4",
            Retention = "P3Y", Recipients = ["Carrier", "Payment processor"])]
        [Transfer("US", TransferSafeguard.StandardContractualClauses, Recipient = "Payment processor", Reference = "SCC 2021/914 module 2, 2025-01-10")]
        public sealed class Ordering;

        [Purpose("Keep accounting records", LegalBasis.LegalObligation, LegalReference = "Code de commerce, art. L123-22", Retention = "P10Y",
            DataSubjects = ["supplier"])]
        public sealed class Bookkeeping;

        [Purpose("Send the newsletter", LegalBasis.Consent, Retention = "P2Y")]
        public sealed class Newsletter;

        [Purpose("Detect payment fraud", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-2026-02", Retention = "P13M",
            Categories = [typeof(OnlineIdentifierDataAttribute)])]
        [Transfer("NO", TransferSafeguard.None, Recipient = "Fraud-scoring service")]
        public sealed class FraudPrevention;

        [Purpose("Offer allergy-safe product picks", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent)]
        public sealed class AllergyFilter;

        [DataSubject("customer")]
        public sealed class Customer
        {
            [SubjectId] public Guid Id { get; init; }
            [NameData, ProcessingFor<Ordering>] public string Name { get; init; } = "";
            [ContactData, ProcessingFor<Ordering>, ProcessingFor<Newsletter>] public string Email { get; init; } = "";
            [AddressData, ProcessingFor<Ordering>] public string ShippingAddress { get; init; } = "";
            [HealthData, ProcessingFor<AllergyFilter>] public string? Allergies { get; init; }
        }

        [DataSubject("customer")]
        [ProcessingFor<Bookkeeping>]
        public sealed class Invoice
        {
            [SubjectId] public Guid CustomerId { get; init; }
            [NameData] public string BilledTo { get; init; } = "";
            [FinancialData, ProcessingFor<Ordering>] public string? Iban { get; init; }
            public decimal Total { get; init; }
        }

        [DataSubject("visitor")]
        public sealed class SupportTicket
        {
            [ContentData] public string Text { get; init; } = "";
        }
        """;
}
