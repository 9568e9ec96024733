using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>
/// Issue 13, "unlinkable after erasure", on PostgreSQL: the join that re-identified the sample's erased subjects. The
/// attacker holds a copy of the trail and register schema (and, in the stronger case, of the key schema) and knows the
/// people's raw ids. For each id they take the register rows naming it (every column: the record's times, and a time
/// of insertion if the table had one), and pick the trail entries carrying one of those times. They also use the order
/// PostgreSQL keeps without being asked: the rows' physical position (<c>ctid</c>) and writing transaction (<c>xmin</c>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class ReidentificationJoinTests : IAsyncDisposable
{
    private static readonly string[] Subjects = ["carol@example.com", "dave@example.com", "erin@example.com"];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly string _schema = PostgresServer.NewSchema();
    private readonly PostgresServer _server;
    private readonly Instance _instance;

    public ReidentificationJoinTests(PostgresServer server)
    {
        _server = server;
        _instance = new Instance(server.ConnectionString, _schema, time: _time);
        var newsletter = _instance.Catalog.Purposes.Single(p => p.Name == "Newsletter");
        foreach (var subject in Subjects)
        {
            // Every step at its own second, so a time names one trail entry, as in a quiet production system.
            Step(() => _instance.Consents.Give<Newsletter>(subject, "signup checkbox", "notice-v4"));
            Step(() => _instance.Gate.Begin<Newsletter>(subject, ProcessingOperation.Read));
            Step(() => _instance.Gate.Begin<Ordering>(subject, ProcessingOperation.Read));
            Step(() => _instance.Objections.Raise(subject, newsletter));
            Step(() => _instance.Restrictions.Restrict(subject, RestrictionGround.AccuracyContested, newsletter));
            Step(() => _instance.Restrictions.Lift(subject, RestrictionGround.AccuracyContested, newsletter));
            Step(() => _instance.Consents.Withdraw<Newsletter>(subject, "unsubscribe link"));
        }

        _instance.Trail.FlushAsync().GetAwaiter().GetResult();
    }

    public ValueTask DisposeAsync() => _instance.DisposeAsync();

    [Fact]
    public async Task Before_erasure_the_join_finds_the_subjects_entries_only_with_the_key_schema()
    {
        foreach (var subject in Subjects)
        {
            Assert.Empty(await LinkedEntriesAsync(subject, withKeyStore: false));
            Assert.NotEmpty(await LinkedEntriesAsync(subject, withKeyStore: true)); // the test's join does find what is there to find
        }

        Assert.Equal(0L, await _server.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.records WHERE record::text LIKE '%@example.com%'"));
    }

    [Fact]
    public async Task After_erasure_the_join_finds_nothing_with_or_without_the_key_schema()
    {
        foreach (var subject in Subjects)
        {
            var request = _instance.Requests.Receive(subject, SubjectRequestKind.Erasure);
            _instance.Requests.VerifyIdentity(request.Id, verified: true);
            _time.Advance(TimeSpan.FromSeconds(7));
            Assert.True((await _instance.Rights.EraseAsync(request.Id)).IsComplete);
        }

        await _instance.Trail.FlushAsync();
        foreach (var subject in Subjects)
        {
            Assert.Empty(await LinkedEntriesAsync(subject, withKeyStore: false));
            Assert.Empty(await LinkedEntriesAsync(subject, withKeyStore: true));

            // The erasure register still answers "erased" (the gate refuses with 451), by the keyed id.
            Assert.False(_instance.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out var denied));
            Assert.Equal(DenialReason.Erased, denied.Reason);
        }

        // The erasure rows of a day were written together, in the order of their keyed subjects: neither their position
        // nor their transaction tells which erasure came when (the trail's erasure entries carry the destroyed pseudonyms).
        var erasures = await ErasureRowsAsync();
        Assert.Equal(Subjects.Length, erasures.Count);
        Assert.Equal(erasures.Select(e => e.Subject).Order(StringComparer.Ordinal), erasures.Select(e => e.Subject));
        Assert.Single(erasures.Select(e => e.Xmin).Distinct());
        Assert.All(erasures, e => Assert.True(RegisterSubjectKey.IsKeyed(e.Subject)));
        Assert.All(erasures, e => Assert.Contains("\"at\": \"2026-11-26T00:00:00+00:00\"", e.Record, StringComparison.Ordinal));

        // The ledger keeps the erasure requests readable for the documented period after the day they closed; after it,
        // at the ledger's next change, they are keyed and day-precise and the join finds nothing there either.
        Assert.NotEmpty(await LinkedEntriesAsync(Subjects[0], withKeyStore: false, withLedger: true));
        _time.Advance(TimeSpan.FromDays(31));
        _instance.Requests.Receive("zoe@example.com", SubjectRequestKind.Access);
        foreach (var subject in Subjects)
        {
            Assert.Empty(await LinkedEntriesAsync(subject, withKeyStore: false, withLedger: true));
            Assert.Empty(await LinkedEntriesAsync(subject, withKeyStore: true, withLedger: true));
            var request = Assert.Single(_instance.Requests.ForSubject(subject)); // the subject's own history still answers
            Assert.Equal(RequestStatus.Completed, request.Status);
            Assert.Equal(TimeSpan.Zero, request.ClosedAt!.Value.TimeOfDay);
        }

        Assert.Equal(1L, await _server.ScalarAsync<long>($"SELECT count(*) FROM {_schema}.records WHERE record::text LIKE '%@example.com%'")); // zoe's, open
        Assert.Single(await TextsAsync($"SELECT DISTINCT xmin::text FROM {_schema}.records WHERE register = 'SubjectRequest' AND subject LIKE 'hmac-sha256:%'"));
    }

    /// <summary>
    /// The join: register rows that name <paramref name="subject"/> (raw, or keyed under the register key when the
    /// attacker also copied the key schema, whose secret derives it), then trail entries carrying one of their times.
    /// The request ledger is left out unless asked: it holds raw ids on purpose while a request is open and for a period after.
    /// </summary>
    private async Task<List<string>> LinkedEntriesAsync(string subject, bool withKeyStore, bool withLedger = false)
    {
        var names = new List<string> { subject, JsonSerializer.Serialize(subject)[1..^1] };
        if (withKeyStore)
        {
            var secret = await _server.ScalarAsync<byte[]>($"SELECT secret FROM {_schema}_keys.store_secret WHERE id = 1");
            names.Add(RegisterSubjectKey.DerivedFrom(secret).Of(subject));
        }

        var times = new HashSet<DateTimeOffset>();
        foreach (var row in await TextsAsync($"SELECT row_to_json(r)::text FROM {_schema}.records r" + (withLedger ? string.Empty : " WHERE register <> 'SubjectRequest'")))
        {
            if (names.Any(n => row.Contains(n, StringComparison.Ordinal)))
            {
                times.UnionWith(Times(row));
            }
        }

        return [.. (await TextsAsync($"SELECT entry FROM {_schema}.trail ORDER BY id")).Where(entry => Times(entry).Any(times.Contains))];
    }

    private async Task<List<(string Subject, string Xmin, string Record)>> ErasureRowsAsync()
    {
        var rows = new List<(string, string, string)>();
        await using var dataSource = _server.Connect();
        await using var command = dataSource.CreateCommand($"SELECT subject, xmin::text, record::text FROM {_schema}.records WHERE register = 'ErasureRecord' ORDER BY ctid");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private async Task<List<string>> TextsAsync(string sql)
    {
        var texts = new List<string>();
        await using var dataSource = _server.Connect();
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private static IEnumerable<DateTimeOffset> Times(string text) =>
        Timestamp().Matches(text).Select(m => DateTimeOffset.Parse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    private void Step(Action action)
    {
        _time.Advance(TimeSpan.FromSeconds(3));
        action();
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Timestamp();
}
