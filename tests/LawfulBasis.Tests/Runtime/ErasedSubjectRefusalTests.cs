using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// After an erasure, the gate's refusals about the person stay in the trail but name nobody: a pseudonym would need a new
/// key for them, which the erasure destroyed so that nothing links the trail to them again (issue 13).
/// </summary>
public sealed class ErasedSubjectRefusalTests : IDisposable
{
    private const string Erin = "erin@example.com";
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public async Task Refused_decisions_about_an_erased_subject_create_no_key_and_name_nobody()
    {
        _runtime.Gate.Begin<Ordering>(Erin, ProcessingOperation.Read);
        var request = _runtime.Requests.Receive(Erin, SubjectRequestKind.Erasure);
        _runtime.Requests.VerifyIdentity(request.Id, verified: true);
        Assert.True((await _runtime.Rights.EraseAsync(request.Id)).IsComplete);
        await _runtime.Trail.FlushAsync();
        var keys = _runtime.Services.GetRequiredService<IPseudonymKeyStore>();
        Assert.Null(keys.Find(Erin));
        var keyLines = File.ReadAllLines(Path.Combine(_runtime.Folder, "keys", "subject-keys.txt")).Length;
        var before = _runtime.TrailLines().Length;

        Assert.False(_runtime.Gate.TryBegin<Ordering>(Erin, ProcessingOperation.Read, out var erased));
        Assert.Equal(DenialReason.Erased, erased.Reason);
        Assert.False(_runtime.Gate.TryBegin<Newsletter>(Erin, ProcessingOperation.Collect, out _));
        Assert.False(_runtime.Gate.TryBegin<NotAPurpose>(Erin, ProcessingOperation.Read, out var undeclared)); // refused for another reason, still erased
        Assert.Equal(DenialReason.UndeclaredPurpose, undeclared.Reason);
        Assert.Throws<ProcessingDeniedException>(() => _runtime.Gate.Begin<FraudDetection>(Erin, ProcessingOperation.Profile));

        // The free text is still checked against the person, though the entry no longer names them.
        Assert.Throws<ArgumentException>(() => _runtime.Gate.TryBegin<Ordering>(Erin, ProcessingOperation.Read, out _, new ProcessingContext { Actor = "agent for erin@example.com" }));

        var refusals = _runtime.TrailLines()[before..];
        Assert.Equal(4, refusals.Length);
        Assert.All(refusals, line =>
        {
            Assert.Contains("\"decision\":\"denied\"", line, StringComparison.Ordinal);
            Assert.Contains("\"subject\":null", line, StringComparison.Ordinal);
        });
        Assert.Contains("erased on", refusals[0], StringComparison.Ordinal); // the refusal says why, without saying who

        Assert.Null(keys.Find(Erin));
        Assert.Null(_runtime.Trail.PseudonymOf(Erin));
        Assert.Equal(keyLines, File.ReadAllLines(Path.Combine(_runtime.Folder, "keys", "subject-keys.txt")).Length);
        Assert.True(AuditTrailVerifier.Verify(_runtime.TrailPath).IsIntact);

        // Someone never erased is still recorded under their pseudonym when refused.
        Assert.False(_runtime.Gate.TryBegin<Newsletter>("frank@example.com", ProcessingOperation.Collect, out var noConsent));
        Assert.Equal(DenialReason.NoConsent, noConsent.Reason);
        Assert.DoesNotContain("\"subject\":null", _runtime.TrailLines()[^1], StringComparison.Ordinal);
        Assert.NotNull(keys.Find("frank@example.com"));
    }
}
