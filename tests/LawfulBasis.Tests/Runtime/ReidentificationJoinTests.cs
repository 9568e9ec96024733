using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// Issue 13, "unlinkable after erasure": the join that re-identified 3 of 3 erased subjects of the sample. The attacker
/// holds copies of the register folder and the trail, and knows the raw ids of the people (e-mail addresses). For each
/// id they look for register records about it, take those records' times, and pick the trail entries with the same
/// times: an entry found so is re-identified (and its pseudonym then names all the person's entries).
/// </summary>
public sealed partial class ReidentificationJoinTests : IDisposable
{
    private static readonly string[] Subjects = ["carol@example.com", "dave@example.com", "erin@example.com"];
    private readonly RuntimeFixture _runtime = new();

    public ReidentificationJoinTests()
    {
        var newsletter = _runtime.Catalog.Purposes.Single(p => p.Name == "Newsletter");
        foreach (var subject in Subjects)
        {
            // Every step at its own second, so a time names one trail entry, as in a quiet production system.
            Step(() => _runtime.Consents.Give<Newsletter>(subject, "signup checkbox", "notice-v4"));
            Step(() => _runtime.Gate.Begin<Newsletter>(subject, ProcessingOperation.Read));
            Step(() => _runtime.Gate.Begin<Ordering>(subject, ProcessingOperation.Read));
            Step(() => _runtime.Objections.Raise(subject, newsletter));
            Step(() => _runtime.Restrictions.Restrict(subject, RestrictionGround.AccuracyContested, newsletter));
            Step(() => _runtime.Restrictions.Lift(subject, RestrictionGround.AccuracyContested, newsletter));
            Step(() => _runtime.Consents.Withdraw<Newsletter>(subject, "unsubscribe link"));
        }
    }

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public async Task Before_erasure_the_join_finds_the_subjects_entries_only_with_the_key_stores_secret()
    {
        await _runtime.Trail.FlushAsync();
        foreach (var subject in Subjects)
        {
            Assert.Empty(LinkedEntries(subject, withKeyStore: false));
            Assert.NotEmpty(LinkedEntries(subject, withKeyStore: true)); // the test's join does find what is there to find
        }
    }

    [Fact]
    public async Task After_erasure_the_join_finds_nothing_with_or_without_the_key_stores_secret()
    {
        foreach (var subject in Subjects)
        {
            var request = _runtime.Requests.Receive(subject, SubjectRequestKind.Erasure);
            _runtime.Requests.VerifyIdentity(request.Id, verified: true);
            _runtime.Time.Advance(TimeSpan.FromSeconds(7));
            Assert.True((await _runtime.Rights.EraseAsync(request.Id)).IsComplete);
        }

        await _runtime.Trail.FlushAsync();
        foreach (var subject in Subjects)
        {
            Assert.Empty(LinkedEntries(subject, withKeyStore: false));
            Assert.Empty(LinkedEntries(subject, withKeyStore: true));

            // The erasure register still answers "erased" (the gate refuses with 451), by the keyed id.
            Assert.False(_runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out var denied));
            Assert.Equal(DenialReason.Erased, denied.Reason);
        }

        // The request ledger keeps the erasure requests readable for the documented period after the day they closed (30
        // days by default); after it, at the ledger's next change, they are keyed and day-precise and the join finds
        // nothing there either.
        Assert.NotEmpty(LinkedEntries(Subjects[0], withKeyStore: false, withLedger: true));
        _runtime.Time.Advance(TimeSpan.FromDays(30));
        _runtime.Requests.Receive("yves@example.com", SubjectRequestKind.Access);
        Assert.NotEmpty(LinkedEntries(Subjects[0], withKeyStore: false, withLedger: true)); // 30 days after closing, the day is not over
        _runtime.Time.Advance(TimeSpan.FromDays(1));
        _runtime.Requests.Receive("zoe@example.com", SubjectRequestKind.Access);
        foreach (var subject in Subjects)
        {
            Assert.Empty(LinkedEntries(subject, withKeyStore: false, withLedger: true));
            Assert.Empty(LinkedEntries(subject, withKeyStore: true, withLedger: true));
            var request = Assert.Single(_runtime.Requests.ForSubject(subject)); // the subject's own history still answers
            Assert.Equal(RequestStatus.Completed, request.Status);
            Assert.Equal(TimeSpan.Zero, request.ClosedAt!.Value.TimeOfDay);
        }

        var ledger = File.ReadAllText(RegisterFile("requests.jsonl"));
        Assert.Contains("zoe@example.com", ledger, StringComparison.Ordinal); // open: readable
        Assert.DoesNotContain("@example.com\"", ledger.Replace("zoe@example.com\"", string.Empty, StringComparison.Ordinal).Replace("yves@example.com\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // Its file is sorted by day and keyed subject, not in the order of the trail's erasure entries.
        var erased = File.ReadAllLines(RegisterFile("erasures.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("subjectId").GetString()!).ToArray();
        Assert.Equal(erased.Order(StringComparer.Ordinal), erased);
        Assert.All(erased, s => Assert.True(RegisterSubjectKey.IsKeyed(s)));
    }

    /// <summary>
    /// The join: register records that name <paramref name="subject"/> (raw, or keyed under the register key when the
    /// attacker also copied the key store, whose secret derives it), then trail entries carrying one of their times.
    /// The request ledger is left out unless asked: it holds raw ids on purpose while a request is open and for a period after.
    /// </summary>
    private List<string> LinkedEntries(string subject, bool withKeyStore, bool withLedger = false)
    {
        var names = new List<string> { subject, JsonSerializer.Serialize(subject)[1..^1] };
        if (withKeyStore)
        {
            var secret = File.ReadAllBytes(Path.Combine(_runtime.Folder, "keys", "store.key"));
            names.Add(RegisterSubjectKey.DerivedFrom(secret).Of(subject));
        }

        var times = new HashSet<DateTimeOffset>();
        foreach (var file in Directory.GetFiles(Path.Combine(_runtime.Folder, "registers"), "*.jsonl").Where(f => withLedger || !f.EndsWith("requests.jsonl", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => names.Any(n => l.Contains(n, StringComparison.Ordinal))))
            {
                times.UnionWith(Times(line));
            }
        }

        return [.. _runtime.TrailLines().Where(entry => Times(entry).Any(times.Contains))];
    }

    private static IEnumerable<DateTimeOffset> Times(string line) =>
        Timestamp().Matches(line).Select(m => DateTimeOffset.Parse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    private string RegisterFile(string name) => Path.Combine(_runtime.Folder, "registers", name);

    private void Step(Action action)
    {
        _runtime.Time.Advance(TimeSpan.FromSeconds(3));
        action();
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Timestamp();
}
