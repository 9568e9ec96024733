using LawfulBasis.Notice;

namespace LawfulBasis.Tests.Runtime;

public sealed class NoticeVersionTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void A_consent_receipt_names_the_exact_notice_it_was_given_under()
    {
        var notice = PrivacyNotice.For(_runtime.Catalog, "customer");
        var receipt = _runtime.Consents.Give<Newsletter>("alice", "signup form", notice.Version);
        Assert.Equal(notice.Version, receipt.NoticeVersion);
        Assert.StartsWith("sha256:", _runtime.Consents.History("alice").Single().NoticeVersion, StringComparison.Ordinal);
    }
}
