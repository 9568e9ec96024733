using LawfulBasis.Registers;

namespace LawfulBasis.Testing;

/// <summary>
/// A consent ledger in memory, for tests of code that records or reads consent through <see cref="IConsentLedger"/>.
/// It refuses what the real ledger refuses (an undeclared purpose, a purpose that does not rest on consent), records
/// into a <see cref="FakeAuditTrail"/> when given one, and keeps every receipt for <see cref="Records"/>.
/// </summary>
/// <remarks>Thread-safe. Receipts are stamped by the <see cref="TimeProvider"/> given, for example a <c>FakeTimeProvider</c>.</remarks>
public sealed class FakeConsentLedger : IConsentLedger
{
    private readonly RecordList<ConsentRecord> _records = new();
    private readonly PurposeLookup _purposes;
    private readonly TimeProvider _time;
    private readonly FakeAuditTrail? _trail;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="catalog">Where purposes are looked up; when null, each purpose type's own assembly is read (once).</param>
    /// <param name="timeProvider">Stamps the receipts; the system clock when null.</param>
    /// <param name="trail">When given, each receipt is also recorded there, as the real ledger records it.</param>
    public FakeConsentLedger(ProcessingCatalog? catalog = null, TimeProvider? timeProvider = null, FakeAuditTrail? trail = null)
    {
        _purposes = new PurposeLookup(catalog);
        _time = timeProvider ?? TimeProvider.System;
        _trail = trail;
    }

    /// <summary>Every receipt, of every subject, oldest first (a snapshot).</summary>
    public IReadOnlyList<ConsentRecord> Records => _records.All;

    /// <inheritdoc />
    public ConsentRecord Give<TPurpose>(string subjectId, string mechanism, string? noticeVersion = null, bool isExplicit = false) =>
        Record(subjectId, typeof(TPurpose), ConsentAction.Given, mechanism, noticeVersion, isExplicit);

    /// <inheritdoc />
    public ConsentRecord Withdraw<TPurpose>(string subjectId, string mechanism) =>
        Record(subjectId, typeof(TPurpose), ConsentAction.Withdrawn, mechanism, null, false);

    /// <inheritdoc />
    public ConsentRecord? Current(string subjectId, PurposeDeclaration purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        return _records.ForSubject(subjectId).LastOrDefault(r => r.PurposeId == purpose.Id);
    }

    /// <summary>Whether the subject's latest receipt for <typeparamref name="TPurpose"/> gives consent (not withdrawn, not absent).</summary>
    /// <typeparam name="TPurpose">The purpose type.</typeparam>
    /// <param name="subjectId">The data subject.</param>
    /// <returns>True when consent stands.</returns>
    public bool HasConsent<TPurpose>(string subjectId) =>
        Current(subjectId, _purposes.Require(typeof(TPurpose))) is { Action: ConsentAction.Given };

    /// <inheritdoc />
    public IReadOnlyList<ConsentRecord> History(string subjectId) => _records.ForSubject(subjectId);

    private ConsentRecord Record(string subjectId, Type purposeType, ConsentAction action, string mechanism, string? noticeVersion, bool isExplicit)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mechanism);
        var purpose = _purposes.Require(purposeType);
        if (!ConsentLedger.NeedsConsent(purpose))
        {
            throw new ArgumentException(
                $"Purpose `{purpose.Name}` relies on {purpose.Basis} with no explicit-consent condition: consent cannot be given or withdrawn for it (Art. 6(1), 9(2)). Declare a separate Consent purpose if consent is really the basis.",
                nameof(purposeType));
        }

        var record = new ConsentRecord(subjectId, purpose.Id, action, _time.GetUtcNow(), noticeVersion, mechanism, isExplicit);
        _records.Add(record);

        var given = action == ConsentAction.Given;
        _trail?.Record(subjectId, given ? "ConsentGiven" : "ConsentWithdrawn",
            given ? $"Consent given ({(isExplicit ? "explicit" : "not explicit")}) via {mechanism}" : $"Consent withdrawn via {mechanism}; processing stops for the future",
            given ? "Art. 7(1)" : "Art. 7(3)", purpose.Name);
        return record;
    }
}
