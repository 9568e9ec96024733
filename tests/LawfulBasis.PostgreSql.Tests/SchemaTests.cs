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
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => PostgreSqlSchema.AppendOnlyGrants("app", "x; DROP TABLE y"));
        Assert.Contains("is not a plain PostgreSQL identifier", refused.Message, StringComparison.Ordinal);
    }
}
