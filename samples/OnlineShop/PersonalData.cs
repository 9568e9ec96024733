using LawfulBasis;

namespace OnlineShop;

/// <summary>A customer account: the purposes travel with each piece of data.</summary>
[DataSubject("customer")]
public sealed class Customer
{
    [SubjectId]
    public required Guid Id { get; init; }

    [NameData, ProcessingFor<Ordering>]
    public required string Name { get; init; }

    [ContactData, ProcessingFor<Ordering>, ProcessingFor<Newsletter>]
    public required string Email { get; init; }

    [AddressData, ProcessingFor<Ordering>]
    public required string ShippingAddress { get; init; }

    [HealthData, ProcessingFor<AllergyFilter>]
    public string? Allergies { get; init; }
}

/// <summary>An invoice: kept for bookkeeping, as the law requires.</summary>
[DataSubject("customer")]
[ProcessingFor<Bookkeeping>]
public sealed class Invoice
{
    [SubjectId]
    public required Guid CustomerId { get; init; }

    [NameData]
    public required string BilledTo { get; init; }

    [FinancialData, ProcessingFor<Ordering>]
    public string? Iban { get; init; }

    public decimal Total { get; init; }

    /// <summary>The invoice date: the event the ten-year retention of accounting records runs from.</summary>
    public DateTimeOffset IssuedOn { get; init; }
}

/// <summary>A checkout attempt, scored for fraud.</summary>
[DataSubject("customer")]
[ProcessingFor<FraudPrevention>]
public sealed class CheckoutAttempt
{
    [SubjectId]
    public required Guid CustomerId { get; init; }

    [OnlineIdentifierData]
    public required string IpAddress { get; init; }

    [FinancialData]
    public required string CardFingerprint { get; init; }
}
