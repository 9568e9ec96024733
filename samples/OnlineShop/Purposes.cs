using LawfulBasis;

[assembly: Controller("Acme Shop SAS",
    Contact = "12 rue de la Paix, 75002 Paris, France; privacy@acme-shop.example",
    DataProtectionOfficer = "Claire Martin, dpo@acme-shop.example",
    SecurityMeasures = "TLS 1.3 in transit; AES-256 at rest; role-based access with quarterly reviews; audit trail of every processing decision")]

namespace OnlineShop;

// Each purpose is a type: it cannot be misspelled, "go to definition" finds it, and the analyzer sees it.

[Purpose("Take, ship and invoice orders", LegalBasis.Contract,
    ContractReference = "Terms of sale v4 (2026-03-01)",
    Retention = "P3Y",
    Recipients = ["Parcel carrier", "Payment processor"],
    NamedRecipients = ["Colissimo (La Poste SA), parcel carrier", "Stripe Payments Europe Ltd, payment processor"])]
[Transfer("US", TransferSafeguard.StandardContractualClauses,
    Recipient = "Payment processor (processor)",
    Reference = "SCC 2021/914 module 2, signed 2025-01-10")]
public sealed class Ordering;

[Purpose("Keep accounting records of sales", LegalBasis.LegalObligation,
    LegalReference = "Code de commerce, art. L123-22 (ten-year retention of accounting documents)",
    Retention = "P10Y",
    Recipients = ["Statutory auditor", "Tax authority on request"])]
public sealed class Bookkeeping;

[Purpose("Send the monthly newsletter", LegalBasis.Consent, DirectMarketing = true, Retention = "P2Y")]
public sealed class Newsletter;

[Purpose("Detect and prevent payment fraud", LegalBasis.LegitimateInterests,
    AssessmentReference = "LIA-2026-02 (reviewed 2026-06-30)",
    Interest = "Protecting customers and the shop from losses caused by fraudulent payments",
    Retention = "P13M")]
public sealed class FraudPrevention;

[Purpose("Filter products that match a customer's declared allergies", LegalBasis.Consent,
    Condition = SpecialCategoryCondition.ExplicitConsent,
    Retention = "P1Y")]
public sealed class AllergyFilter;
