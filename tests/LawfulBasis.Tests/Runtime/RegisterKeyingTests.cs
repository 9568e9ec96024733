using System.Text.Json;
using LawfulBasis.Registers;

namespace LawfulBasis.Tests.Runtime;

public sealed class RegisterKeyingTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-keying-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_register_written_with_raw_ids_is_rewritten_keyed_when_opened_and_still_answers_by_the_raw_id()
    {
        var registers = Directory.CreateDirectory(Path.Combine(_folder, "registers")).FullName;
        var old = new ConsentRecord("frank@example.com", typeof(Newsletter).FullName!, ConsentAction.Given,
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "notice-v3", "signup checkbox", false);
        File.WriteAllText(Path.Combine(registers, "consents.jsonl"), JsonSerializer.Serialize(old, Web) + "\n");

        using (var runtime = new RuntimeFixture(folder: _folder))
        {
            var history = runtime.Consents.History("frank@example.com");
            Assert.Equal(old, Assert.Single(history));
            runtime.Consents.Give<Newsletter>("frank@example.com", "settings page");
            Assert.Equal(2, runtime.Consents.History("frank@example.com").Count);
            Assert.Empty(runtime.Consents.History("someone-else@example.com"));
        }

        var text = File.ReadAllText(Path.Combine(registers, "consents.jsonl"));
        Assert.DoesNotContain("frank", text, StringComparison.Ordinal);
        var subjects = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("subjectId").GetString()!).ToArray();
        Assert.Equal(2, subjects.Length);
        Assert.All(subjects, s => Assert.True(RegisterSubjectKey.IsKeyed(s), s));
        Assert.Single(subjects.Distinct());

        // Reopened: the keyed file answers by the raw id.
        using var reopened = new RuntimeFixture(folder: _folder);
        Assert.Equal(2, reopened.Consents.History("frank@example.com").Count);
        Assert.All(reopened.Consents.History("frank@example.com"), r => Assert.Equal("frank@example.com", r.SubjectId));
    }

    [Fact]
    public void Registers_written_before_keying_lose_the_records_of_subjects_erased_before_the_upgrade_as_an_erasure_now_removes_them()
    {
        var registers = Directory.CreateDirectory(Path.Combine(_folder, "registers")).FullName;
        var newsletter = typeof(Newsletter).FullName!;
        var fraud = typeof(FraudDetection).FullName!;
        var march = new DateTimeOffset(2026, 3, 4, 10, 11, 12, TimeSpan.Zero);
        void Write<T>(string file, params T[] records) => File.WriteAllLines(Path.Combine(registers, file), records.Select(r => JsonSerializer.Serialize(r, RecordJson.Options)));

        // olga was erased with nothing retained, pia with her fraud-detection data retained (Art. 17(3)); quinn was not erased.
        Write("consents.jsonl",
            new ConsentRecord("olga@example.com", newsletter, ConsentAction.Given, march.AddDays(-9), "notice-v3", "signup checkbox", false),
            new ConsentRecord("pia@example.com", newsletter, ConsentAction.Given, march.AddDays(-8), "notice-v3", "signup checkbox", false),
            new ConsentRecord("quinn@example.com", newsletter, ConsentAction.Given, march.AddDays(-7), "notice-v3", "signup checkbox", false));
        Write("objections.jsonl",
            new ObjectionRecord("olga@example.com", newsletter, ObjectionAction.Raised, march.AddDays(-6), null),
            new ObjectionRecord("pia@example.com", fraud, ObjectionAction.Raised, march.AddDays(-5), null),
            new ObjectionRecord("pia@example.com", null, ObjectionAction.Raised, march.AddDays(-4), null));
        Write("restrictions.jsonl", new RestrictionRecord("olga@example.com", true, RestrictionGround.AccuracyContested, march.AddDays(-3), newsletter));
        Write("erasures.jsonl",
            new Rights.ErasureRecord("olga@example.com", march, []),
            new Rights.ErasureRecord("pia@example.com", march.AddHours(-1), [fraud]));

        using (var runtime = new RuntimeFixture(folder: _folder))
        {
            // The consent register upgrades first here; the erasure register, opened by the gate, trims it afterwards.
            Assert.Single(runtime.Consents.History("quinn@example.com"));
            Assert.False(runtime.Gate.TryBegin<Ordering>("olga@example.com", Processing.ProcessingOperation.Read, out var denied));
            Assert.Equal(Processing.DenialReason.Erased, denied.Reason);
            Assert.Empty(runtime.Consents.History("olga@example.com"));
            Assert.Empty(runtime.Consents.History("pia@example.com"));
            Assert.Equal(2, runtime.Objections.History("pia@example.com").Count);
            Assert.Empty(runtime.Objections.History("olga@example.com"));
        }

        var key = RegisterSubjectKey.DerivedFrom(File.ReadAllBytes(Path.Combine(_folder, "keys", "store.key")));
        string[] Subjects(string file) => [.. File.ReadAllLines(Path.Combine(registers, file)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("subjectId").GetString()!)];
        Assert.Equal([key.Of("quinn@example.com")], Subjects("consents.jsonl"));
        Assert.Equal([key.Of("pia@example.com"), key.Of("pia@example.com")], Subjects("objections.jsonl"));
        Assert.Empty(Subjects("restrictions.jsonl"));

        // The erasure register as it is now kept: the day only, sorted by day and keyed subject, no raw id.
        var erasures = File.ReadAllLines(Path.Combine(registers, "erasures.jsonl")).Select(l => JsonSerializer.Deserialize<Rights.ErasureRecord>(l, RecordJson.Options)!).ToArray();
        Assert.All(erasures, e => Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), e.At));
        Assert.Equal(new[] { key.Of("olga@example.com"), key.Of("pia@example.com") }.Order(StringComparer.Ordinal), erasures.Select(e => e.SubjectId));
        Assert.DoesNotContain("@example.com", string.Concat(Directory.GetFiles(registers, "*.jsonl").Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_the_previous_version_keyed_without_trimming_are_trimmed_by_the_keyed_subject_of_their_erasures()
    {
        using (var first = new RuntimeFixture(folder: _folder))
        {
            first.Consents.Give<Newsletter>("sam@example.com", "signup checkbox"); // creates the key store
        }

        var registers = Directory.CreateDirectory(Path.Combine(_folder, "registers")).FullName;
        var key = RegisterSubjectKey.DerivedFrom(File.ReadAllBytes(Path.Combine(_folder, "keys", "store.key")));
        var newsletter = typeof(Newsletter).FullName!;
        var march = new DateTimeOffset(2026, 3, 4, 10, 11, 12, TimeSpan.Zero);
        void Write<T>(string file, params T[] records) => File.WriteAllLines(Path.Combine(registers, file), records.Select(r => JsonSerializer.Serialize(r, RecordJson.Options)));

        // As the previous version's upgrade left them: keyed, but the erased subject's consent kept and the erasure's time of day too.
        Write("consents.jsonl",
            new ConsentRecord(key.Of("rita@example.com"), newsletter, ConsentAction.Given, march.AddDays(-9), "notice-v3", "signup checkbox", false),
            new ConsentRecord(key.Of("sam@example.com"), newsletter, ConsentAction.Given, march.AddDays(-8), "notice-v3", "signup checkbox", false));
        Write("erasures.jsonl", new Rights.ErasureRecord(key.Of("rita@example.com"), march, []));

        using (var runtime = new RuntimeFixture(folder: _folder))
        {
            Assert.False(runtime.Gate.TryBegin<Ordering>("rita@example.com", Processing.ProcessingOperation.Read, out var denied));
            Assert.Equal(Processing.DenialReason.Erased, denied.Reason);
            Assert.Empty(runtime.Consents.History("rita@example.com"));
            Assert.Single(runtime.Consents.History("sam@example.com"));
        }

        var erasure = JsonSerializer.Deserialize<Rights.ErasureRecord>(Assert.Single(File.ReadAllLines(Path.Combine(registers, "erasures.jsonl"))), RecordJson.Options)!;
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), erasure.At);
        Assert.DoesNotContain(key.Of("rita@example.com"), File.ReadAllText(Path.Combine(registers, "consents.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_readable_period_for_closed_requests_stops_start_up_with_the_fix()
    {
        using var runtime = new RuntimeFixture(configure: o => o.ClosedRequestsReadableFor = TimeSpan.FromDays(-1), folder: _folder);
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(runtime.StartHost);
        Assert.Contains("ClosedRequestsReadableFor is -1.00:00:00: give how long a closed request keeps the subject's id readable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_zero_period_a_request_is_pseudonymised_when_the_day_it_closed_ends_and_an_open_one_stays_readable()
    {
        using (var runtime = new RuntimeFixture(configure: o => o.ClosedRequestsReadableFor = TimeSpan.Zero, folder: _folder))
        {
            var closed = runtime.Requests.Receive("grace@example.com", Rights.SubjectRequestKind.Access);
            runtime.Requests.Refuse(closed.Id, "identity could not be verified");
            runtime.Requests.Receive("henry@example.com", Rights.SubjectRequestKind.Access);
            Assert.Contains("grace", File.ReadAllText(Path.Combine(_folder, "registers", "requests.jsonl")), StringComparison.Ordinal); // the day is not over

            // Whole days fall due together: the moment of the rewrite tells no more than the day the record keeps.
            runtime.Time.Advance(TimeSpan.FromDays(1) - runtime.Time.GetUtcNow().TimeOfDay);
            runtime.Requests.VerifyIdentity(runtime.Requests.Open().Single().Id, verified: true);
            Assert.Equal(Rights.RequestStatus.Refused, Assert.Single(runtime.Requests.ForSubject("grace@example.com")).Status);
            Assert.Equal("henry@example.com", Assert.Single(runtime.Requests.Open()).SubjectId);
        }

        var ledger = File.ReadAllText(Path.Combine(_folder, "registers", "requests.jsonl"));
        Assert.DoesNotContain("grace", ledger, StringComparison.Ordinal);
        Assert.Contains("henry@example.com", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_ids_are_random_and_an_older_time_ordered_id_loses_its_time_of_day_when_pseudonymised_but_is_still_found()
    {
        var registers = Directory.CreateDirectory(Path.Combine(_folder, "registers")).FullName;
        var received = new DateTimeOffset(2026, 9, 1, 14, 23, 5, 120, TimeSpan.Zero);
        var old = new Rights.SubjectRequest(Guid.CreateVersion7(received), "ida@example.com", Rights.SubjectRequestKind.Access, received, received.AddMonths(1),
            Rights.IdentityVerification.Verified, null, Rights.RequestStatus.Completed, "Access report sent.", received.AddDays(2), []);
        File.WriteAllText(Path.Combine(registers, "requests.jsonl"), JsonSerializer.Serialize(old, RecordJson.Options) + "\n");

        using (var runtime = new RuntimeFixture(folder: _folder)) // 26 November: the request closed in September is past its period
        {
            Assert.Equal(4, runtime.Requests.Receive("jack@example.com", Rights.SubjectRequestKind.Access).Id.Version);

            var found = runtime.Requests.Get(old.Id);
            Assert.Equal(Rights.RequestPseudonymisation.WithoutTimeOfDay(old.Id), found.Id);
            Assert.NotEqual(old.Id, found.Id);
            Assert.Equal(old.Id.ToString()[13..], found.Id.ToString()[13..]); // the random part and the version stay
            Assert.Equal(Guid.CreateVersion7(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)).ToString()[..13], found.Id.ToString()[..13]);
            Assert.Equal("Access report sent.", found.Outcome);
        }

        var ledger = File.ReadAllText(Path.Combine(registers, "requests.jsonl"));
        Assert.DoesNotContain(old.Id.ToString(), ledger, StringComparison.Ordinal);
        Assert.DoesNotContain("ida@", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyed_subjects_depend_on_the_register_key()
    {
        var one = new RegisterSubjectKey(new byte[32]).Of("frank@example.com");
        var other = new RegisterSubjectKey(Enumerable.Repeat((byte)1, 32).ToArray()).Of("frank@example.com");
        Assert.NotEqual(one, other);
        Assert.True(RegisterSubjectKey.IsKeyed(one));
        Assert.False(RegisterSubjectKey.IsKeyed("frank@example.com"));
    }
}
