using System.Text.Json;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;

namespace LawfulBasis.PostgreSql.Tests;

[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresServer server)
{
    [Fact]
    public async Task Creating_the_schema_twice_changes_nothing_the_second_time()
    {
        var schema = PostgresServer.NewSchema();
        await using var dataSource = server.Connect();
        Assert.Equal(0, await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema));
        Assert.Equal(PostgreSqlSchema.CurrentVersion, await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema));
        Assert.Equal((long)PostgreSqlSchema.CurrentVersion, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.schema_version"));
    }

    [Fact]
    public async Task Two_instances_starting_at_once_create_the_schema_once()
    {
        var schema = PostgresServer.NewSchema();
        var runs = await Task.WhenAll(
            Instance.RunProcessAsync(server.ConnectionString, schema, "schema"),
            Instance.RunProcessAsync(server.ConnectionString, schema, "schema"));

        Assert.All(runs, r => Assert.True(r.Exit == 0, r.Output));
        // One found an empty database and migrated; the other waited on the advisory lock and found the work done.
        Assert.Equal(["version before: 0", "version before: 2"], runs.Select(r => r.Output.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal((long)PostgreSqlSchema.CurrentVersion, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.schema_version"));
    }

    [Fact]
    public async Task A_newer_schema_than_the_package_knows_is_refused()
    {
        var schema = PostgresServer.NewSchema();
        await using var dataSource = server.Connect();
        await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema);
        await server.ExecuteAsync($"INSERT INTO {schema}.schema_version (version, description) VALUES (99, 'from the future')");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema));
        Assert.Contains("version 99, newer than this LawfulBasis.PostgreSql knows (2)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_1_schema_is_upgraded_keyed_with_an_erased_subjects_records_dropped_and_erasures_cut_to_the_day()
    {
        var schema = PostgresServer.NewSchema();
        await using (var dataSource = server.Connect())
        {
            await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema, null, upTo: 1, default);
        }

        // Rows as version 1 wrote them: raw ids, an identity column in the order of insertion, the time of insertion.
        var at = new DateTimeOffset(2026, 10, 5, 13, 14, 15, 500, TimeSpan.Zero);
        var newsletter = typeof(Newsletter).FullName!;
        await InsertVersion1Async(schema, new ConsentRecord("kim@example.com", newsletter, ConsentAction.Given, at, "notice-v3", "signup checkbox", false));
        await InsertVersion1Async(schema, new ConsentRecord("lea@example.com", newsletter, ConsentAction.Given, at.AddSeconds(1), "notice-v3", "signup checkbox", false));
        await InsertVersion1Async(schema, new ObjectionRecord("lea@example.com", newsletter, ObjectionAction.Raised, at.AddSeconds(2), null));
        await InsertVersion1Async(schema, new ErasureRecord("lea@example.com", at.AddSeconds(3), []));
        await InsertVersion1Async(schema, new SubjectRequest(Guid.NewGuid(), "kim@example.com", SubjectRequestKind.Access, at, at.AddMonths(1),
            IdentityVerification.Pending, null, RequestStatus.Open, null, null, []));

        await using (var instance = new Instance(server.ConnectionString, schema))
        {
            Assert.True(instance.Gate.TryBegin<Newsletter>("kim@example.com", ProcessingOperation.Read, out _)); // the consent, found by the raw id
            Assert.False(instance.Gate.TryBegin<Ordering>("lea@example.com", ProcessingOperation.Read, out var denied));
            Assert.Equal(DenialReason.Erased, denied.Reason);
            Assert.Equal("kim@example.com", Assert.Single(instance.Requests.Open()).SubjectId); // open: readable
        }

        Assert.Equal(2, await server.ScalarAsync<int>($"SELECT max(version) FROM {schema}.schema_version"));
        Assert.True(await server.ScalarAsync<bool>($"SELECT to_regclass('{schema}.records_v1') IS NULL"));
        Assert.Equal(0L, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.records WHERE register <> 'SubjectRequest' AND (subject NOT LIKE 'hmac-sha256:%' OR record::text LIKE '%@example.com%')"));
        Assert.Equal(1L, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.records WHERE register IN ('ConsentRecord', 'ObjectionRecord')")); // kim's; lea's were dropped
        Assert.Equal("2026-10-05T00:00:00+00:00", await server.ScalarAsync<string>($"SELECT record->>'at' FROM {schema}.records WHERE register = 'ErasureRecord'"));
    }

    private Task InsertVersion1Async<T>(string schema, T record)
        where T : ISubjectRecord =>
        server.ExecuteAsync($"INSERT INTO {schema}.records (register, subject, record) VALUES ('{typeof(T).Name}', '{record.SubjectId}', '{JsonSerializer.Serialize(record, RecordJson.Options)}')");

    [Fact]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => PostgreSqlSchema.AppendOnlyGrants("app", "x; DROP TABLE y"));
        Assert.Contains("is not a plain PostgreSQL identifier", refused.Message, StringComparison.Ordinal);
    }
}
