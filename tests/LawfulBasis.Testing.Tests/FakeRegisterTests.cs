using LawfulBasis.Registers;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.Testing.Tests;

public class FakeRegisterTests
{
    private static readonly ProcessingCatalog Catalog = ProcessingCatalog.FromAssemblies(typeof(Ordering).Assembly);

    [Fact]
    public void Consent_is_given_and_withdrawn_at_the_fake_clocks_time_and_recorded_in_the_trail()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var trail = new FakeAuditTrail(clock);
        var consents = new FakeConsentLedger(timeProvider: clock, trail: trail);

        var given = consents.Give<Newsletter>("c-1", "signup form", noticeVersion: "v3");
        clock.Advance(TimeSpan.FromDays(10));
        consents.Withdraw<Newsletter>("c-1", "account settings");

        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromDays(10), given.At);
        Assert.Equal(ConsentAction.Withdrawn, consents.Current("c-1", Catalog.GetPurpose<Newsletter>())!.Action);
        Assert.False(consents.HasConsent<Newsletter>("c-1"));
        Assert.Equal(2, consents.History("c-1").Count);
        Assert.Empty(consents.History("c-2"));
        Assert.Equal(["ConsentGiven", "ConsentWithdrawn"], trail.EntriesFor("c-1").Select(e => e.Event));
        Assert.Equal(["Art. 7(1)", "Art. 7(3)"], trail.EntriesFor("c-1").Select(e => e.Article));
    }

    [Fact]
    public void Consent_to_a_purpose_that_does_not_rest_on_it_is_refused_as_the_real_ledger_refuses_it()
    {
        var consents = new FakeConsentLedger();
        var error = Assert.Throws<ArgumentException>(() => consents.Give<Ordering>("c-1", "checkbox"));
        Assert.Contains("relies on Contract", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => consents.Give<NotAPurpose>("c-1", "checkbox"));
        Assert.Empty(consents.Records);
    }

    [Fact]
    public void Objections_follow_Art_21()
    {
        var objections = new FakeObjectionRegister();
        objections.Raise("c-1", Catalog.GetPurpose<FraudDetection>());
        objections.Override("c-1", Catalog.GetPurpose<FraudDetection>(), "LIA-7 balancing, 2026-11");
        Assert.Throws<ArgumentException>(() => objections.Raise("c-1", Catalog.GetPurpose<Ordering>()));
        Assert.Throws<InvalidOperationException>(() => objections.Override("c-1", Catalog.GetPurpose<Newsletter>(), "none"));
        Assert.Equal([ObjectionAction.Raised, ObjectionAction.Overridden], objections.History("c-1").Select(r => r.Action));
    }

    [Fact]
    public void A_restriction_holds_for_its_purpose_or_for_all_until_lifted()
    {
        var restrictions = new FakeRestrictionRegister();
        var ordering = Catalog.GetPurpose<Ordering>();
        var fraud = Catalog.GetPurpose<FraudDetection>();

        restrictions.Restrict("c-1", RestrictionGround.AccuracyContested, fraud);
        Assert.True(restrictions.IsRestricted("c-1"));
        Assert.True(restrictions.IsRestricted("c-1", fraud));
        Assert.False(restrictions.IsRestricted("c-1", ordering));

        restrictions.Restrict("c-1", RestrictionGround.ObjectionPending);
        Assert.True(restrictions.IsRestricted("c-1", ordering));

        restrictions.Lift("c-1", RestrictionGround.ObjectionPending);
        restrictions.Lift("c-1", RestrictionGround.AccuracyContested, fraud);
        Assert.False(restrictions.IsRestricted("c-1"));
        Assert.Equal(4, restrictions.History("c-1").Count);
    }

    [Fact]
    public void A_legal_hold_is_in_force_until_released_or_past_its_end_on_the_fake_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var holds = new FakeLegalHoldRegister(clock);

        holds.Place("c-1", "Case 2026-117", until: clock.GetUtcNow().AddDays(30));
        holds.Place("c-1", "Tax audit 2026");
        Assert.Equal(2, holds.InForce("c-1").Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => holds.Place("c-1", "Too late", until: clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal("Tax audit 2026", Assert.Single(holds.InForce("c-1")).Reason);
        holds.Release("c-1", "Tax audit 2026");
        Assert.Empty(holds.InForce("c-1"));
        Assert.Equal(3, holds.History("c-1").Count);
    }

    [Fact]
    public async Task The_trail_answers_history_through_a_pseudonym_and_forgetting_unlinks_but_keeps_the_entries()
    {
        var trail = new FakeAuditTrail();
        Assert.Null(trail.PseudonymOf("c-1"));
        trail.Record("c-1", "Decision", "Contract purpose `Ordering`", "Art. 6(1)(b)", "Ordering", "Read", "Allowed");
        var pseudonym = trail.PseudonymOf("c-1");
        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
        Assert.Single(await trail.HistoryAsync("c-1"));

        Assert.Equal(pseudonym, await trail.ForgetAsync("c-1"));

        Assert.Null(trail.PseudonymOf("c-1"));
        Assert.Empty(await trail.HistoryAsync("c-1"));
        Assert.Equal(["Decision", "SubjectErased"], trail.Entries.Select(e => e.Event));
        Assert.All(trail.Entries, e => Assert.Null(e.SubjectId));
    }
}
