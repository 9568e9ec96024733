using LawfulBasis.Processing;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.Testing.Tests;

public class FakeProcessingGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unscripted_it_allows_a_declared_purpose_with_its_basis_and_records_who_asked()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new FakeProcessingGate(timeProvider: clock);

        var decision = gate.Begin<Ordering>("c-1", ProcessingOperation.Read, new ProcessingContext { Actor = "clerk" });

        Assert.True(decision.IsAllowed);
        Assert.Equal("Art. 6(1)(b)", decision.Article);
        Assert.Equal(nameof(Ordering), decision.Purpose!.Name);
        var call = Assert.Single(gate.Calls);
        Assert.Equal((typeof(Ordering), "c-1", ProcessingOperation.Read, "clerk", Start), (call.PurposeType, call.SubjectId, call.Operation, call.Context.Actor, call.Time));
        Assert.Equal(nameof(Unscripted_it_allows_a_declared_purpose_with_its_basis_and_records_who_asked), call.Member);
        Assert.EndsWith("FakeProcessingGateTests.cs", call.File, StringComparison.Ordinal);
        Assert.False(call.Threw);
    }

    [Fact]
    public void A_type_that_is_not_a_declared_purpose_is_denied_as_the_real_gate_denies_it()
    {
        var gate = new FakeProcessingGate();
        Assert.False(gate.TryBegin<NotAPurpose>("c-1", ProcessingOperation.Read, out var decision));
        Assert.Equal(DenialReason.UndeclaredPurpose, decision.Reason);
        Assert.Equal("Art. 6(1)", decision.Article);
    }

    [Fact]
    public void A_scripted_denial_applies_to_its_purpose_and_subject_only_and_Begin_throws_it()
    {
        var gate = new FakeProcessingGate().Deny<Newsletter>(DenialReason.ConsentWithdrawn, subjectId: "c-1");

        var denied = Assert.Throws<ProcessingDeniedException>(() => gate.Begin<Newsletter>("c-1", ProcessingOperation.Profile));
        Assert.Equal(DenialReason.ConsentWithdrawn, denied.Decision.Reason);
        Assert.Equal("Art. 7(3)", denied.Decision.Article);
        Assert.True(gate.TryBegin<Newsletter>("c-2", ProcessingOperation.Profile, out _));
        Assert.True(gate.TryBegin<Ordering>("c-1", ProcessingOperation.Profile, out _));
        Assert.Equal([true, false, false], gate.Calls.Select(c => c.Threw));
        Assert.Equal(2, gate.CallsFor("c-1").Count);
        Assert.Equal(2, gate.CallsFor<Newsletter>().Count);
    }

    [Fact]
    public void The_newest_script_wins_and_an_operation_can_be_scripted_alone()
    {
        var gate = new FakeProcessingGate()
            .DenyAll(DenialReason.Restricted, subjectId: "c-1")
            .Allow<Ordering>("c-1", ProcessingOperation.Store);

        Assert.True(gate.TryBegin<Ordering>("c-1", ProcessingOperation.Store, out _));
        Assert.False(gate.TryBegin<Ordering>("c-1", ProcessingOperation.Read, out var read));
        Assert.Equal((DenialReason.Restricted, "Art. 18(2)"), (read.Reason, read.Article));

        gate.AllowAll("c-1");
        Assert.True(gate.TryBegin<Ordering>("c-1", ProcessingOperation.Read, out _));

        gate.ClearCalls();
        Assert.Empty(gate.Calls);
        Assert.Null(gate.LastCall);
    }

    [Fact]
    public void A_custom_explanation_is_returned_and_a_denial_without_a_reason_is_refused()
    {
        var gate = new FakeProcessingGate().Deny<FraudDetection>(DenialReason.Objection, explanation: "objected on 2026-11-01");
        Assert.False(gate.TryBegin<FraudDetection>("c-9", ProcessingOperation.Profile, out var decision));
        Assert.Equal("objected on 2026-11-01", decision.Explanation);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => gate.Deny<Ordering>(DenialReason.None));
        Assert.Contains("to allow, call Allow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_trail_every_decision_is_recorded_there_as_the_real_gate_records_it()
    {
        var trail = new FakeAuditTrail();
        var gate = new FakeProcessingGate(trail: trail).Deny<Newsletter>(DenialReason.NoConsent);

        gate.TryBegin<Ordering>("c-1", ProcessingOperation.Read, out _);
        gate.TryBegin<Newsletter>("c-1", ProcessingOperation.Profile, out _);

        Assert.Equal(
            [("Decision", "Ordering", "Read", "Allowed"), ("Decision", "Newsletter", "Profile", "NoConsent")],
            trail.EntriesFor("c-1").Select(e => (e.Event, e.Purpose, e.Operation, e.Decision)));
    }
}
