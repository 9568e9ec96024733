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
    public void A_negative_readable_period_for_closed_requests_stops_start_up_with_the_fix()
    {
        using var runtime = new RuntimeFixture(configure: o => o.ClosedRequestsReadableFor = TimeSpan.FromDays(-1), folder: _folder);
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(runtime.StartHost);
        Assert.Contains("ClosedRequestsReadableFor is -1.00:00:00: give how long a closed request keeps the subject's id readable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_zero_period_a_request_is_pseudonymised_when_it_closes_and_an_open_one_stays_readable()
    {
        using (var runtime = new RuntimeFixture(configure: o => o.ClosedRequestsReadableFor = TimeSpan.Zero, folder: _folder))
        {
            var closed = runtime.Requests.Receive("grace@example.com", Rights.SubjectRequestKind.Access);
            runtime.Requests.Refuse(closed.Id, "identity could not be verified");
            runtime.Requests.Receive("henry@example.com", Rights.SubjectRequestKind.Access);
            Assert.Equal(Rights.RequestStatus.Refused, Assert.Single(runtime.Requests.ForSubject("grace@example.com")).Status);
            Assert.Equal("henry@example.com", Assert.Single(runtime.Requests.Open()).SubjectId);
        }

        var ledger = File.ReadAllText(Path.Combine(_folder, "registers", "requests.jsonl"));
        Assert.DoesNotContain("grace", ledger, StringComparison.Ordinal);
        Assert.Contains("henry@example.com", ledger, StringComparison.Ordinal);
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
