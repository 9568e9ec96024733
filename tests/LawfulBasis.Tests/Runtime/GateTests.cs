using LawfulBasis.Processing;
using LawfulBasis.Registers;

namespace LawfulBasis.Tests.Runtime;

public sealed class GateTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void A_contract_purpose_is_allowed_and_names_its_basis()
    {
        var decision = _runtime.Gate.Begin<Ordering>("customer-1", ProcessingOperation.Read);
        Assert.True(decision.IsAllowed);
        Assert.Equal("Art. 6(1)(b)", decision.Article);
        Assert.Equal("Contract purpose `Ordering`", decision.Explanation);
    }

    [Fact]
    public void Consent_is_needed_given_and_can_be_withdrawn()
    {
        var gate = _runtime.Gate;
        Assert.False(gate.TryBegin<Newsletter>("alice", ProcessingOperation.Read, out var none));
        Assert.Equal(DenialReason.NoConsent, none.Reason);
        Assert.Equal("Art. 6(1)(a)", none.Article);

        _runtime.Consents.Give<Newsletter>("alice", "signup form checkbox", "notice-v3");
        Assert.True(gate.TryBegin<Newsletter>("alice", ProcessingOperation.Read, out _));

        _runtime.Time.Advance(TimeSpan.FromDays(3));
        _runtime.Consents.Withdraw<Newsletter>("alice", "unsubscribe link");
        Assert.False(gate.TryBegin<Newsletter>("alice", ProcessingOperation.Read, out var withdrawn));
        Assert.Equal(DenialReason.ConsentWithdrawn, withdrawn.Reason);
        Assert.Equal("Art. 7(3)", withdrawn.Article);
        Assert.Contains("2026-11-29", withdrawn.Explanation, StringComparison.Ordinal);

        var history = _runtime.Consents.History("alice");
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], history.Select(c => c.Action));
        Assert.Equal("notice-v3", history[0].NoticeVersion);
        Assert.Equal("unsubscribe link", history[1].Mechanism);
    }

    [Fact]
    public void Special_category_consent_must_be_explicit()
    {
        _runtime.Consents.Give<AllergyAdvice>("bob", "profile form");
        Assert.False(_runtime.Gate.TryBegin<AllergyAdvice>("bob", ProcessingOperation.Profile, out var decision));
        Assert.Equal(DenialReason.ConsentNotExplicit, decision.Reason);
        Assert.Equal("Art. 9(2)(a)", decision.Article);

        _runtime.Consents.Give<AllergyAdvice>("bob", "profile form, separate explicit statement", isExplicit: true);
        Assert.True(_runtime.Gate.TryBegin<AllergyAdvice>("bob", ProcessingOperation.Profile, out _));
    }

    [Fact]
    public void An_objection_stops_legitimate_interests_unless_compelling_grounds_override_it()
    {
        var fraud = _runtime.Catalog.GetPurpose<FraudDetection>();
        _runtime.Objections.Raise("carol", fraud);
        Assert.False(_runtime.Gate.TryBegin<FraudDetection>("carol", ProcessingOperation.Profile, out var denied));
        Assert.Equal(DenialReason.Objection, denied.Reason);
        Assert.Equal("Art. 21(1)", denied.Article);

        _runtime.Time.Advance(TimeSpan.FromHours(1));
        _runtime.Objections.Override("carol", fraud, "Compelling grounds assessment CG-12");
        Assert.True(_runtime.Gate.TryBegin<FraudDetection>("carol", ProcessingOperation.Profile, out _));

        // An objection does not touch a contract purpose.
        Assert.True(_runtime.Gate.TryBegin<Ordering>("carol", ProcessingOperation.Read, out _));
    }

    [Fact]
    public void An_objection_to_direct_marketing_is_absolute()
    {
        var newsletter = _runtime.Catalog.GetPurpose<Newsletter>();
        _runtime.Consents.Give<Newsletter>("dave", "signup form");
        _runtime.Objections.Raise("dave", newsletter);
        Assert.False(_runtime.Gate.TryBegin<Newsletter>("dave", ProcessingOperation.Read, out var denied));
        Assert.Equal(DenialReason.DirectMarketingObjection, denied.Reason);
        Assert.Equal("Art. 21(3)", denied.Article);

        var error = Assert.Throws<InvalidOperationException>(() => _runtime.Objections.Override("dave", newsletter, "CG-1"));
        Assert.Contains("Art. 21(3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restriction_allows_only_storage()
    {
        _runtime.Restrictions.Restrict("erin", RestrictionGround.AccuracyContested);
        Assert.True(_runtime.Gate.TryBegin<Ordering>("erin", ProcessingOperation.Store, out _));
        Assert.False(_runtime.Gate.TryBegin<Ordering>("erin", ProcessingOperation.Read, out var denied));
        Assert.Equal(DenialReason.Restricted, denied.Reason);
        Assert.Equal("Art. 18(2)", denied.Article);

        _runtime.Restrictions.Lift("erin", RestrictionGround.AccuracyContested);
        Assert.True(_runtime.Gate.TryBegin<Ordering>("erin", ProcessingOperation.Read, out _));
    }

    [Fact]
    public void Data_older_than_the_retention_is_refused()
    {
        var collected = _runtime.Time.GetUtcNow().AddYears(-3).AddDays(-1);
        Assert.False(_runtime.Gate.TryBegin<Ordering>("frank", ProcessingOperation.Read, out var expired, new ProcessingContext { CollectedAt = collected }));
        Assert.Equal(DenialReason.RetentionExpired, expired.Reason);
        Assert.Equal("Art. 5(1)(e)", expired.Article);
        Assert.True(_runtime.Gate.TryBegin<Ordering>("frank", ProcessingOperation.Read, out _, new ProcessingContext { CollectedAt = collected.AddDays(2) }));
    }

    [Fact]
    public void Begin_throws_with_the_reason_and_TryBegin_does_not()
    {
        var error = Assert.Throws<ProcessingDeniedException>(() => _runtime.Gate.Begin<Newsletter>("gina", ProcessingOperation.Read));
        Assert.Equal(DenialReason.NoConsent, error.Decision.Reason);
        Assert.Contains("Newsletter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 6(1)(a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_purpose_is_denied_and_recorded()
    {
        Assert.False(_runtime.Gate.TryBegin<NotAPurpose>("hank", ProcessingOperation.Read, out var decision));
        Assert.Equal(DenialReason.UndeclaredPurpose, decision.Reason);
        var line = Assert.Single(_runtime.TrailLines());
        Assert.Contains("\"purpose\":\"LawfulBasis.Tests.Runtime.NotAPurpose\"", line, StringComparison.Ordinal);
        Assert.Contains("\"decision\":\"denied\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_subject_is_a_usage_error_and_nothing_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => _runtime.Gate.Begin<Ordering>("", ProcessingOperation.Read));
        Assert.Contains("subject id is empty", error.Message, StringComparison.Ordinal);
        Assert.Empty(_runtime.TrailLines());
    }

    [Fact]
    public void Every_decision_allowed_or_denied_is_recorded_with_its_site_and_actor()
    {
        _runtime.Gate.TryBegin<Ordering>("ivy", ProcessingOperation.Read, out _, new ProcessingContext { Actor = "support-agent-7" });
        _runtime.Gate.TryBegin<Newsletter>("ivy", ProcessingOperation.Read, out _);
        var lines = _runtime.TrailLines();
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"decision\":\"allowed\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"support-agent-7\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"member\":\"Every_decision_allowed_or_denied_is_recorded_with_its_site_and_actor\",\"file\":\"GateTests.cs\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"categories\":[\"ContactData\",\"NameData\"]", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"decision\":\"denied\",\"reason\":\"NoConsent\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"system\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_for_a_purpose_that_does_not_rely_on_it_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => _runtime.Consents.Give<Ordering>("jack", "form"));
        Assert.Contains("relies on Contract with no explicit-consent condition", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _runtime.Consents.Give<NotAPurpose>("jack", "form"));
    }
}
