using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using LawfulBasis.Rights;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>Two instances behind a load balancer must agree at once on consent, erasure and a subject's history.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RegisterTests(PostgresServer server)
{
    [Fact]
    public async Task Consent_given_or_withdrawn_on_one_instance_applies_on_the_other_at_once()
    {
        var schema = PostgresServer.NewSchema();
        await using var a = new Instance(server.ConnectionString, schema);
        await using var b = new Instance(server.ConnectionString, schema);

        Assert.False(b.Gate.TryBegin<Newsletter>("gina", ProcessingOperation.Read, out var before));
        Assert.Equal(DenialReason.NoConsent, before.Reason);

        a.Consents.Give<Newsletter>("gina", "sign-up form", "notice-v3");
        Assert.True(b.Gate.TryBegin<Newsletter>("gina", ProcessingOperation.Read, out _));

        a.Consents.Withdraw<Newsletter>("gina", "unsubscribe link");
        Assert.False(b.Gate.TryBegin<Newsletter>("gina", ProcessingOperation.Read, out var after));
        Assert.Equal(DenialReason.ConsentWithdrawn, after.Reason);
        Assert.Equal(2, b.Consents.History("gina").Count);
    }

    [Fact]
    public async Task Two_instances_recording_for_one_subject_at_once_lose_nothing_and_keep_each_instances_order()
    {
        var schema = PostgresServer.NewSchema();
        await using var a = new Instance(server.ConnectionString, schema);
        await using var b = new Instance(server.ConnectionString, schema);

        // Records are numbered per subject (no table-wide order): two appends taking the same number, one numbers again.
        await Task.WhenAll(
            Task.Run(() => { for (var i = 0; i < 40; i++) { a.Consents.Give<Newsletter>("iris", $"form a{i}"); } }),
            Task.Run(() => { for (var i = 0; i < 40; i++) { b.Consents.Give<Newsletter>("iris", $"form b{i}"); } }));

        var history = a.Consents.History("iris");
        Assert.Equal(80, history.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"form a{i}"), history.Select(r => r.Mechanism).Where(m => m.StartsWith("form a", StringComparison.Ordinal)));
        Assert.All(history, r => Assert.Equal("iris", r.SubjectId));
        Assert.Equal(80L, await server.ScalarAsync<long>($"SELECT count(DISTINCT seq) FROM {schema}.records WHERE register = 'ConsentRecord'"));
    }

    [Fact]
    public async Task Access_on_one_instance_finds_the_history_both_wrote_and_erasure_shreds_the_shared_key()
    {
        var schema = PostgresServer.NewSchema();
        await using var a = new Instance(server.ConnectionString, schema);
        await using var b = new Instance(server.ConnectionString, schema);
        a.Gate.Begin<Ordering>("hugo", ProcessingOperation.Collect);
        await a.Trail.FlushAsync(); // two writers race to the database: the history is asserted in the order they committed
        b.Gate.Begin<Ordering>("hugo", ProcessingOperation.Read);
        await b.Trail.FlushAsync();
        Assert.Equal(a.Trail.PseudonymOf("hugo"), b.Trail.PseudonymOf("hugo")); // one key per subject, shared

        var access = a.Requests.Receive("hugo", SubjectRequestKind.Access);
        a.Requests.VerifyIdentity(access.Id, verified: true);
        var report = await a.Rights.AccessAsync(access.Id);
        Assert.Equal(["Collect", "Read"], report.History.Where(h => h.Event == "Decision").Select(h => h.Operation));
        Assert.Equal(RequestStatus.Completed, b.Requests.Get(access.Id).Status);

        var erasure = b.Requests.Receive("hugo", SubjectRequestKind.Erasure);
        b.Requests.VerifyIdentity(erasure.Id, verified: true);
        var receipt = await b.Rights.EraseAsync(erasure.Id);
        Assert.NotNull(receipt.ShreddedPseudonym);

        Assert.Null(a.Trail.PseudonymOf("hugo"));
        Assert.Equal(0L, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}_keys.subject_keys"));
        Assert.False(a.Gate.TryBegin<Ordering>("hugo", ProcessingOperation.Read, out var denied));
        Assert.Equal(DenialReason.Erased, denied.Reason);
        await a.Trail.FlushAsync();
        Assert.True((await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema)).IsIntact);
    }
}
