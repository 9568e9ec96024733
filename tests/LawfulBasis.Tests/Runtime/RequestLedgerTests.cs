using LawfulBasis.Rights;

namespace LawfulBasis.Tests.Runtime;

public sealed class RequestLedgerTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2027, 1, 31, 2027, 2, 28)]
    [InlineData(2028, 1, 31, 2028, 2, 29)]
    [InlineData(2026, 3, 31, 2026, 4, 30)]
    [InlineData(2026, 12, 15, 2027, 1, 15)]
    public void The_deadline_is_one_calendar_month_after_receipt(int y, int m, int d, int dy, int dm, int dd)
    {
        var request = _runtime.Requests.Receive("alice", SubjectRequestKind.Access, Utc(y, m, d));
        Assert.Equal(Utc(dy, dm, dd), request.Deadline);
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(IdentityVerification.Pending, request.Identity);
    }

    [Fact]
    public void An_extension_of_up_to_two_months_must_be_told_within_the_first_month()
    {
        var request = _runtime.Requests.Receive("bob", SubjectRequestKind.Access, Utc(2027, 1, 31));
        var late = Assert.Throws<InvalidOperationException>(() => _runtime.Requests.Extend(request.Id, 1, "many requests", Utc(2027, 3, 1)));
        Assert.Contains("within one month of receipt (Art. 12(3))", late.Message, StringComparison.Ordinal);

        var extended = _runtime.Requests.Extend(request.Id, 2, "complex: data in four systems", Utc(2027, 2, 10));
        Assert.Equal(Utc(2027, 4, 30), extended.DueAt); // one month, plus two further months
        var tooLong = Assert.Throws<InvalidOperationException>(() => _runtime.Requests.Extend(request.Id, 1, "still more", Utc(2027, 2, 11)));
        Assert.Contains("at most two further months", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_and_soon_due_requests_are_listed()
    {
        var now = _runtime.Time.GetUtcNow();
        var overdue = _runtime.Requests.Receive("carol", SubjectRequestKind.Erasure, now.AddMonths(-2));
        var soon = _runtime.Requests.Receive("dave", SubjectRequestKind.Access, now.AddMonths(-1).AddDays(3));
        var later = _runtime.Requests.Receive("erin", SubjectRequestKind.Access, now);
        var closed = _runtime.Requests.Receive("frank", SubjectRequestKind.Access, now.AddMonths(-3));
        _runtime.Requests.Refuse(closed.Id, "manifestly unfounded: the requester is not a customer");

        Assert.Equal([overdue.Id], _runtime.Requests.Overdue().Select(r => r.Id));
        Assert.Equal([soon.Id], _runtime.Requests.DueWithin(TimeSpan.FromDays(7)).Select(r => r.Id));
        Assert.Equal([overdue.Id, soon.Id, later.Id], _runtime.Requests.Open().Select(r => r.Id));
        Assert.Contains("Art. 77", _runtime.Requests.Get(closed.Id).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_no_cap_on_how_often_a_subject_may_ask()
    {
        for (var i = 0; i < 12; i++)
        {
            _runtime.Requests.Receive("gina", SubjectRequestKind.Access);
        }

        Assert.Equal(12, _runtime.Requests.ForSubject("gina").Count);
    }

    [Fact]
    public void The_ledger_survives_a_restart()
    {
        var folder = Path.Combine(_runtime.Folder, "restart");
        Guid id;
        using (var first = new RuntimeFixture(folder: folder))
        {
            id = first.Requests.Receive("hank", SubjectRequestKind.Access).Id;
            first.Requests.VerifyIdentity(id, verified: true);
        }

        using var second = new RuntimeFixture(folder: folder);
        Assert.Equal(IdentityVerification.Verified, second.Requests.Get(id).Identity);
    }
}
