using LawfulBasis.Cli;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using LawfulBasis.Rights;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>The DPO's commands against a database that several instances share.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ToolTests(PostgresServer server)
{
    [Fact]
    public async Task Requests_lists_the_shared_ledger_and_exits_1_when_one_is_overdue()
    {
        var schema = PostgresServer.NewSchema();
        await using (var instance = new Instance(server.ConnectionString, schema))
        {
            instance.Gate.Begin<Ordering>("ivan", ProcessingOperation.Collect);
            instance.Requests.Receive("ivan", SubjectRequestKind.Access, DateTimeOffset.UtcNow.AddDays(-3));
            instance.Requests.Receive("jane", SubjectRequestKind.Erasure, DateTimeOffset.UtcNow.AddMonths(-2));
        }

        var (exit, output, _) = Tool.Run("requests", "--postgres", server.ConnectionString, "--schema", schema);
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.StartsWith("2 open requests, 1 overdue.", output, StringComparison.Ordinal);
        Assert.Contains("OVERDUE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_from_before_registers_were_keyed_is_not_read_and_the_tool_says_how_to_upgrade_it()
    {
        var schema = PostgresServer.NewSchema();
        await using (var dataSource = server.Connect())
        {
            await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema, null, upTo: 1, default);
        }

        var (exit, _, error) = Tool.Run("requests", "--postgres", server.ConnectionString, "--schema", schema);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is at schema version 1; this tool reads version 2: start the application once with this LawfulBasis.PostgreSql", error, StringComparison.Ordinal);
        Assert.Equal(1, await server.ScalarAsync<int>($"SELECT max(version) FROM {schema}.schema_version")); // the tool changes nothing
    }

    [Fact]
    public async Task A_schema_without_LawfulBasis_tables_is_a_usage_error_and_is_not_created()
    {
        var schema = PostgresServer.NewSchema();
        var (exit, _, error) = Tool.Run("requests", "--postgres", server.ConnectionString, "--schema", schema);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("has no LawfulBasis tables: check the database and --schema.", error, StringComparison.Ordinal);
        Assert.Equal(0L, await server.ScalarAsync<long>($"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'"));

        var verify = Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema);
        Assert.Equal(ExitCodes.Usage, verify.Exit);
        Assert.Contains("cannot be read", verify.Error, StringComparison.Ordinal);
    }
}
