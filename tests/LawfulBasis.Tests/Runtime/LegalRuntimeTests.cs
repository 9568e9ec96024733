using System.Collections.Concurrent;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Tests.Runtime;

[Purpose("Unlock the app with the face", LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent,
    Categories = [typeof(BiometricDataAttribute)])]
public sealed class FaceUnlock;

[Purpose("Send partner offers", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-9", DirectMarketing = true)]
public sealed class PartnerOffers;

[Purpose("Screen payments against sanctions lists", LegalBasis.LegalObligation, LegalReference = "Regulation (EU) 2023/1113",
    AutomatedDecision = "Blocks a payment to a listed person", DpiaReference = "DPIA-2026-03",
    NamedRecipients = ["Tracfin (French financial intelligence unit)"])]
public sealed class SanctionsScreening;

[Purpose("Set a personalised insurance premium", LegalBasis.Consent, AutomatedDecision = "Sets the premium from the answers given",
    DpiaReference = "DPIA-2026-04")]
public sealed class PersonalisedPremium;

/// <summary>A loyalty card: the holder's name serves ordering only, the amount spent is kept for the accounts.</summary>
public sealed record LoyaltyCard(
    [property: SubjectId] string CustomerId,
    [property: NameData, ProcessingFor<Ordering>] string? Holder,
    [property: FinancialData, ProcessingFor<Bookkeeping>] decimal Spent,
    DateTimeOffset IssuedAt);

/// <summary>Loyalty cards in memory; erases member by member and dates its records.</summary>
public sealed class LoyaltyCards : ISubjectDataSource
{
    private readonly ConcurrentDictionary<string, LoyaltyCard> _cards = new();

    public Type DataType => typeof(LoyaltyCard);
    public string Name => "Loyalty cards";
    public DataProvenance Provenance => DataProvenance.ProvidedBySubject;

    public void Add(LoyaltyCard card) => _cards[card.CustomerId] = card;

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(_cards.TryGetValue(subjectId, out var card) ? [card] : []);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The amount spent must be kept; only part of the card may be erased.");

    public Task<ErasureOutcome> EraseExceptAsync(string subjectId, IReadOnlySet<string> retainedMembers, CancellationToken cancellationToken)
    {
        if (!_cards.TryGetValue(subjectId, out var card))
        {
            return Task.FromResult(ErasureOutcome.NothingHeld);
        }

        _cards[subjectId] = card with { Holder = retainedMembers.Contains(nameof(LoyaltyCard.Holder)) ? card.Holder : null };
        return Task.FromResult(ErasureOutcome.Erased);
    }

    public DateTimeOffset? RetentionStartOf(object record) => ((LoyaltyCard)record).IssuedAt;
}

/// <summary>The gate, the registers and the rights engine after issue 14: each test fails on the behaviour before it.</summary>
public sealed class LegalRuntimeTests : IDisposable
{
    private const string Alice = "alice@example.com";
    private readonly LoyaltyCards _cards = new();
    private readonly RuntimeFixture _runtime;

    public LegalRuntimeTests() => _runtime = new RuntimeFixture(addServices: s => s.AddSingleton<ISubjectDataSource>(_cards));

    public void Dispose() => _runtime.Dispose();

    private Guid Verified(SubjectRequestKind kind, string subject = Alice)
    {
        var request = _runtime.Requests.Receive(subject, kind);
        _runtime.Requests.VerifyIdentity(request.Id, verified: true);
        return request.Id;
    }

    private ProcessingDecision Decide<TPurpose>(ProcessingOperation operation, ProcessingContext context = default, string subject = Alice)
    {
        _runtime.Gate.TryBegin<TPurpose>(subject, operation, out var decision, context);
        return decision;
    }

    // Fix 1
    [Fact]
    public void Explicit_consent_is_enforced_and_recorded_whatever_the_basis()
    {
        var none = Decide<FaceUnlock>(ProcessingOperation.Profile);
        Assert.Equal(DenialReason.NoConsent, none.Reason);
        Assert.Equal("Art. 9(2)(a)", none.Article);

        _runtime.Consents.Give<FaceUnlock>(Alice, "settings screen, tick box");
        Assert.Equal(DenialReason.ConsentNotExplicit, Decide<FaceUnlock>(ProcessingOperation.Profile).Reason);

        _runtime.Consents.Give<FaceUnlock>(Alice, "settings screen, separate explicit statement", "notice-1", isExplicit: true);
        Assert.True(Decide<FaceUnlock>(ProcessingOperation.Profile).IsAllowed);

        _runtime.Consents.Withdraw<FaceUnlock>(Alice, "settings screen");
        var withdrawn = Decide<FaceUnlock>(ProcessingOperation.Profile);
        Assert.Equal(DenialReason.ConsentWithdrawn, withdrawn.Reason);
        Assert.Equal("Art. 7(3)", withdrawn.Article);
    }

    // Fix 7: Art. 22(2)(c) asks for explicit consent, and the gate checks it.
    [Fact]
    public void Automated_decisions_on_consent_need_explicit_consent()
    {
        _runtime.Consents.Give<PersonalisedPremium>(Alice, "quote form");
        var denied = Decide<PersonalisedPremium>(ProcessingOperation.Profile);
        Assert.Equal(DenialReason.ConsentNotExplicit, denied.Reason);
        Assert.Equal("Art. 22(2)(c)", denied.Article);

        _runtime.Consents.Give<PersonalisedPremium>(Alice, "quote form, separate explicit statement", isExplicit: true);
        Assert.True(Decide<PersonalisedPremium>(ProcessingOperation.Profile).IsAllowed);
    }

    // Fix 5
    [Fact]
    public void Erasure_is_allowed_after_withdrawal_objection_or_expiry()
    {
        _runtime.Consents.Give<Newsletter>(Alice, "signup");
        _runtime.Consents.Withdraw<Newsletter>(Alice, "unsubscribe link");
        var erase = Decide<Newsletter>(ProcessingOperation.Erase);
        Assert.True(erase.IsAllowed, erase.ToString());
        Assert.Equal("Art. 17(1)", erase.Article);

        _runtime.Objections.Raise(Alice, _runtime.Catalog.GetPurpose<FraudDetection>());
        Assert.True(Decide<FraudDetection>(ProcessingOperation.Erase).IsAllowed);

        var old = new ProcessingContext { CollectedAt = _runtime.Time.GetUtcNow().AddYears(-5) };
        Assert.Equal(DenialReason.RetentionExpired, Decide<Ordering>(ProcessingOperation.Read, old).Reason);
        Assert.True(Decide<Ordering>(ProcessingOperation.Erase, old).IsAllowed);
    }

    [Fact]
    public void Restriction_keeps_the_data_per_purpose_with_the_Art_18_2_exceptions()
    {
        _runtime.Restrictions.Restrict(Alice, RestrictionGround.UnlawfulProcessing, _runtime.Catalog.GetPurpose<Ordering>());

        var erase = Decide<Ordering>(ProcessingOperation.Erase);
        Assert.Equal(DenialReason.Restricted, erase.Reason);
        Assert.Equal("Art. 18(2)", erase.Article);
        Assert.Equal(DenialReason.Restricted, Decide<Ordering>(ProcessingOperation.Read).Reason);
        Assert.True(Decide<Ordering>(ProcessingOperation.Store).IsAllowed);

        var claims = Decide<Ordering>(ProcessingOperation.Disclose, new ProcessingContext { RestrictionException = RestrictionException.LegalClaims });
        Assert.True(claims.IsAllowed);
        Assert.Equal("Art. 18(2)", claims.Article);
        Assert.True(Decide<Ordering>(ProcessingOperation.Erase, new ProcessingContext { RestrictionException = RestrictionException.SubjectConsent }).IsAllowed);

        // Another purpose is not restricted.
        Assert.True(Decide<FraudDetection>(ProcessingOperation.Read).IsAllowed);
        Assert.True(_runtime.Restrictions.IsRestricted(Alice));
        Assert.False(_runtime.Restrictions.IsRestricted(Alice, _runtime.Catalog.GetPurpose<FraudDetection>()));

        _runtime.Restrictions.Lift(Alice, RestrictionGround.UnlawfulProcessing, _runtime.Catalog.GetPurpose<Ordering>());
        Assert.True(Decide<Ordering>(ProcessingOperation.Read).IsAllowed);
    }

    // Fix 6, and Fix 2 and 3 on a source that erases member by member and dates its records.
    [Fact]
    public async Task Erasure_keeps_only_the_members_an_exception_needs_and_says_until_when()
    {
        var issued = new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero);
        _cards.Add(new LoyaltyCard(Alice, "Alice Martin", 118.40m, issued));

        var step = _runtime.Rights.PlanErasure(Alice).Steps.Single(s => s.Source == "Loyalty cards");
        Assert.Equal(ErasureDecision.EraseExceptRetained, step.Decision);
        Assert.Equal(["Spent"], step.RetainedMembers);
        Assert.Equal("Art. 17(3)(b)", step.Article);

        var receipt = await _runtime.Rights.EraseAsync(Verified(SubjectRequestKind.Erasure));
        Assert.True(receipt.IsComplete);
        var outcome = receipt.Steps.Single(s => s.Source == "Loyalty cards").Outcome;
        Assert.Equal("Erased except Spent, retained until 2034-03-15 (Art. 17(3)(b)).", outcome); // the card's date + 10 years
        var card = (LoyaltyCard)Assert.Single(await _cards.FindAsync(Alice, default));
        Assert.Null(card.Holder);
        Assert.Equal(118.40m, card.Spent);

        // Retained data may be processed as its exception requires: disclosed to the tax authority, not used afresh.
        Assert.True(Decide<Bookkeeping>(ProcessingOperation.Disclose).IsAllowed);
        Assert.Equal(DenialReason.Erased, Decide<Bookkeeping>(ProcessingOperation.Profile).Reason);
        Assert.Equal(DenialReason.Erased, Decide<Ordering>(ProcessingOperation.Read).Reason);
        Assert.True(Decide<Bookkeeping>(ProcessingOperation.Erase).IsAllowed);
    }

    [Fact]
    public async Task A_source_that_cannot_erase_part_of_a_record_keeps_the_request_open_naming_what_to_implement()
    {
        using var runtime = new RuntimeFixture(addServices: s => s.AddSingleton<ISubjectDataSource>(new WholeRecordCards()));
        var request = runtime.Requests.Receive(Alice, SubjectRequestKind.Erasure);
        runtime.Requests.VerifyIdentity(request.Id, verified: true);
        var receipt = await runtime.Rights.EraseAsync(request.Id);
        Assert.False(receipt.IsComplete);
        Assert.Contains("implement ISubjectDataSource.EraseExceptAsync", receipt.Steps.Single(s => s.Source == "Whole cards").Outcome, StringComparison.Ordinal);
    }

    // Fix 4: the legal-hold register.
    [Fact]
    public async Task A_legal_hold_retains_everything_and_stops_erasure_until_it_ends()
    {
        var end = _runtime.Time.GetUtcNow().AddMonths(6);
        _runtime.Holds.Place(Alice, "Dispute over order 1142, Paris commercial court", end);

        var plan = _runtime.Rights.PlanErasure(Alice);
        Assert.All(plan.Steps, s =>
        {
            Assert.Equal(ErasureDecision.Retain, s.Decision);
            Assert.Equal("Art. 17(3)(e)", s.Article);
            Assert.Equal(end, s.RetainUntil);
        });
        var denied = Decide<Ordering>(ProcessingOperation.Erase);
        Assert.Equal(DenialReason.LegalHold, denied.Reason);
        Assert.Equal("Art. 17(3)(e)", denied.Article);

        // An erasure request answered under the hold keeps the data usable for the claim, not for anything new.
        var receipt = await _runtime.Rights.EraseAsync(Verified(SubjectRequestKind.Erasure));
        Assert.True(receipt.IsComplete);
        Assert.True(Decide<Ordering>(ProcessingOperation.Disclose).IsAllowed);
        Assert.Equal(DenialReason.Erased, Decide<Ordering>(ProcessingOperation.Collect).Reason);

        _runtime.Time.Advance(TimeSpan.FromDays(200));
        Assert.Empty(_runtime.Holds.InForce(Alice));
        Assert.True(Decide<Ordering>(ProcessingOperation.Erase).IsAllowed);
        Assert.Equal(ErasureDecision.Erase, _runtime.Rights.PlanErasure(Alice).Steps.Single(s => s.Source == "Customer accounts").Decision);

        _runtime.Holds.Place(Alice, "Second dispute");
        _runtime.Holds.Release(Alice, "Second dispute");
        Assert.Empty(_runtime.Holds.InForce(Alice));
        Assert.Equal(3, _runtime.Holds.History(Alice).Count);
    }

    // Fix 11
    [Fact]
    public void An_objection_to_a_purpose_not_open_to_objection_is_refused_with_the_reason()
    {
        var ordering = _runtime.Catalog.GetPurpose<Ordering>();
        var request = _runtime.Requests.Receive(Alice, SubjectRequestKind.Objection);
        var answered = _runtime.Rights.RecordObjection(request.Id, ordering);
        Assert.Equal(RequestStatus.Refused, answered.Status);
        Assert.Contains("Art. 21(1)", answered.Outcome, StringComparison.Ordinal);
        Assert.Contains("Art. 77", answered.Outcome, StringComparison.Ordinal); // the right to complain, Art. 12(4)
        Assert.Empty(_runtime.Objections.History(Alice));
        Assert.Throws<ArgumentException>(() => _runtime.Objections.Raise(Alice, ordering));

        var consent = _runtime.Requests.Receive(Alice, SubjectRequestKind.Objection);
        Assert.Contains("withdraw your consent", _runtime.Rights.RecordObjection(consent.Id, _runtime.Catalog.GetPurpose<FaceUnlock>()).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objection_to_direct_marketing_stops_every_direct_marketing_purpose()
    {
        _runtime.Consents.Give<Newsletter>(Alice, "signup");
        Assert.True(Decide<PartnerOffers>(ProcessingOperation.Read).IsAllowed);

        var request = _runtime.Requests.Receive(Alice, SubjectRequestKind.Objection);
        _runtime.Rights.RecordObjection(request.Id, _runtime.Catalog.GetPurpose<Newsletter>());

        Assert.Equal(DenialReason.DirectMarketingObjection, Decide<Newsletter>(ProcessingOperation.Read).Reason);
        var offers = Decide<PartnerOffers>(ProcessingOperation.Read);
        Assert.Equal(DenialReason.DirectMarketingObjection, offers.Reason);
        Assert.Equal("Art. 21(3)", offers.Article);
        Assert.True(Decide<FraudDetection>(ProcessingOperation.Read).IsAllowed);
    }

    // Fix 7 (no Art. 22(3) rights for decisions authorised by law) and Fix 10 (recipients by name).
    [Fact]
    public async Task Access_reports_name_recipients_and_offer_Art_22_3_only_where_it_applies()
    {
        _runtime.Gate.Begin<SanctionsScreening>(Alice, ProcessingOperation.Profile);
        _runtime.Gate.Begin<Support>(Alice, ProcessingOperation.Read);
        var report = await _runtime.Rights.AccessAsync(Verified(SubjectRequestKind.Access));

        var screening = report.Purposes.Single(p => p.Name == "SanctionsScreening");
        Assert.Equal(["Tracfin (French financial intelligence unit)"], screening.NamedRecipients);
        Assert.Empty(report.Purposes.Single(p => p.Name == "Support").NamedRecipients); // categories only are declared there

        Assert.DoesNotContain(report.Rights, r => r.Article == "Art. 22(3)");
        var law = Assert.Single(report.Rights, r => r.Article == "Art. 22(2)(b)");
        Assert.Equal(["SanctionsScreening"], law.Purposes);
        Assert.Contains("Recipients by name: Tracfin", AccessReportWriter.ToMarkdown(report), StringComparison.Ordinal);
    }

    /// <summary>A source over loyalty cards that can only erase whole records (the interface's default).</summary>
    private sealed class WholeRecordCards : ISubjectDataSource
    {
        public Type DataType => typeof(LoyaltyCard);
        public string Name => "Whole cards";
        public DataProvenance Provenance => DataProvenance.ProvidedBySubject;

        public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<object>>([new LoyaltyCard(subjectId, "Alice", 1m, DateTimeOffset.UnixEpoch)]);

        public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) => Task.FromResult(ErasureOutcome.Erased);
    }
}
