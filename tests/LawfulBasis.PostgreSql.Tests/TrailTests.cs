using System.Text.Json;
using LawfulBasis.Audit;
using LawfulBasis.Cli;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LawfulBasis.PostgreSql.Tests;

[Collection(PostgresCollection.Name)]
public sealed class TrailTests(PostgresServer server)
{
    [Fact]
    public async Task Four_writer_processes_append_concurrently_and_every_chain_verifies()
    {
        var schema = PostgresServer.NewSchema();
        await using (var dataSource = server.Connect())
        {
            await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema);
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Instance.RunProcessAsync(server.ConnectionString, schema, "write", "5000")));

        Assert.All(runs, r => Assert.True(r.Exit == 0, r.Output));
        Assert.Equal(20_000L, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.trail"));
        Assert.Equal(4L, await server.ScalarAsync<long>($"SELECT count(DISTINCT writer) FROM {schema}.trail"));
        var verification = await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema);
        Assert.True(verification.IsIntact, verification.Message);
        Assert.Equal(20_000, verification.EntriesVerified);
        Assert.Equal("20000 entries from 4 writers verified; every chain is intact.", verification.Message);
    }

    [Fact]
    public async Task Tampering_with_a_row_as_a_superuser_is_detected_and_named()
    {
        var schema = PostgresServer.NewSchema();
        await using (var instance = new Instance(server.ConnectionString, schema))
        {
            for (var i = 0; i < 10; i++)
            {
                instance.Gate.Begin<Ordering>($"customer-{i}", ProcessingOperation.Read);
            }

            await instance.Trail.FlushAsync();
        }

        var fifth = await server.ScalarAsync<long>($"SELECT id FROM {schema}.trail ORDER BY id OFFSET 4 LIMIT 1");
        await server.ExecuteAsync($"ALTER TABLE {schema}.trail DISABLE TRIGGER append_only");

        await server.ExecuteAsync($"""UPDATE {schema}.trail SET entry = replace(entry, '"Read"', '"Erase"') WHERE id = {fifth}""");
        var modified = await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema);
        Assert.Equal(TrailProblem.Modified, modified.Problem);
        Assert.Equal(fifth, modified.Line);
        Assert.Equal(4, modified.EntriesVerified);
        var cli = Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema);
        Assert.Equal(ExitCodes.Problem, cli.Exit);
        Assert.StartsWith($"BROKEN at row {fifth}: Modified. Row {fifth} (writer ", cli.Output, StringComparison.Ordinal);

        await server.ExecuteAsync($"""UPDATE {schema}.trail SET entry = replace(entry, '"Erase"', '"Read"') WHERE id = {fifth}""");
        Assert.Equal(ExitCodes.Success, Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema).Exit);

        // Re-pointing the indexed pseudonym would make access requests miss the entry: detected too.
        await server.ExecuteAsync($"UPDATE {schema}.trail SET subject = repeat('0', 32) WHERE id = {fifth}");
        var repointed = await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema);
        Assert.True(repointed.Problem == TrailProblem.Modified, repointed.Message);
        Assert.True(repointed.Message.Contains("has a subject column that differs from its chained entry", StringComparison.Ordinal), repointed.Message);

        await server.ExecuteAsync($"DELETE FROM {schema}.trail WHERE id = {fifth}");
        var deleted = await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema);
        Assert.Equal(TrailProblem.OutOfSequence, deleted.Problem);
        Assert.Contains("1 entry was deleted before it", deleted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_role_can_append_but_never_update_or_delete_the_trail()
    {
        var schema = PostgresServer.NewSchema();
        var (_, asApplication) = await CreateApplicationRoleAsync(schema, "app");

        // With only those grants, an instance starts, gates, records consent and erases.
        await using (var instance = new Instance(asApplication, schema))
        {
            instance.Consents.Give<Newsletter>("dora", "sign-up form");
            instance.Gate.Begin<Newsletter>("dora", ProcessingOperation.Read);
            var request = instance.Requests.Receive("dora", Rights.SubjectRequestKind.Erasure);
            instance.Requests.VerifyIdentity(request.Id, verified: true);
            Assert.True((await instance.Rights.EraseAsync(request.Id)).IsComplete);
        }

        await using var application = NpgsqlDataSource.Create(asApplication);
        foreach (var change in new[] { $"UPDATE {schema}.trail SET seq = seq", $"DELETE FROM {schema}.trail", $"UPDATE {schema}.records SET seq = seq", $"TRUNCATE {schema}.trail", $"TRUNCATE {schema}.records" })
        {
            await using var command = application.CreateCommand(change);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        // The role may delete register rows (an erasure does), but the trigger keeps an erasure record, a legal hold,
        // and the consent, objection and restriction records of a subject not erased.
        await using (var command = application.CreateCommand($"DELETE FROM {schema}.records"))
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("a subject's erasure record may be rewritten, not removed", refused.MessageText, StringComparison.Ordinal);
        }

        // Even the owner is stopped by the trigger (a superuser must disable it on purpose, as the tampering test does).
        var byOwner = await Assert.ThrowsAsync<PostgresException>(() => server.ExecuteAsync($"UPDATE {schema}.trail SET seq = seq"));
        Assert.Contains("is append-only: UPDATE is refused", byOwner.MessageText, StringComparison.Ordinal);
        Assert.True((await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema)).IsIntact);
    }

    [Fact]
    public async Task A_subjects_history_is_found_through_the_pseudonym_index_among_a_million_rows()
    {
        var schema = PostgresServer.NewSchema();
        await using (var dataSource = server.Connect())
        {
            await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema);
        }

        // A million rows of other subjects (100,000 pseudonyms, ten entries each), as years of a busy shop would leave.
        await server.ExecuteAsync($"""
            INSERT INTO {schema}.trail_writers (writer, host, process_id) VALUES ('00000000-0000-0000-0000-000000000001', 'bulk', 0);
            INSERT INTO {schema}.trail (writer, seq, subject, entry)
                SELECT '00000000-0000-0000-0000-000000000001', g, md5((g % 100000)::text), 'not chained: only the index is under test' FROM generate_series(1, 1000000) g;
            ANALYZE {schema}.trail;
            """);

        await using var instance = new Instance(server.ConnectionString, schema);
        for (var i = 0; i < 3; i++)
        {
            instance.Gate.Begin<Ordering>("erin", ProcessingOperation.Read);
        }

        var history = await instance.Trail.HistoryAsync("erin");
        Assert.Equal(3, history.Count);
        Assert.All(history, h => Assert.Equal("Decision", h.Event));

        var plan = await server.ScalarAsync<string>(
            $"EXPLAIN (FORMAT JSON) SELECT entry FROM {schema}.trail WHERE subject = '{instance.Trail.PseudonymOf("erin")}' ORDER BY id");
        using var json = JsonDocument.Parse(plan);
        Assert.Contains("\"Index Name\": \"trail_by_subject\"", json.RootElement.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killing_every_connection_mid_batch_loses_no_acknowledged_event_and_everything_recovers()
    {
        var schema = PostgresServer.NewSchema();
        var logs = new CapturedLogs();
        const int Events = 6000;
        await using (var instance = new Instance(server.ConnectionString, schema, logs: logs))
        {
            // Started (schema, writer registered) before the connections start dying: start-up failures are not retried.
            instance.Gate.Begin<Ordering>("warm-up", ProcessingOperation.Read);
            var writing = Task.Run(() =>
            {
                for (var i = 0; i < Events; i++)
                {
                    instance.Gate.Begin<Ordering>($"customer-{i % 300}", ProcessingOperation.Read);
                }
            });

            var killed = 0L;
            while (!writing.IsCompleted)
            {
                // Every LawfulBasis connection: the trail writer's, the registers' and key store's pool, the key listener.
                killed += await server.ScalarAsync<long>(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE 'lawfulbasis%' AND pid <> pg_backend_pid()");
                await Task.Delay(150);
            }

            await writing;
            await instance.Trail.FlushAsync(); // acknowledged: every event recorded so far is stored
            Assert.True(killed > 0, "no writer connection was terminated; the test proved nothing");
        }

        Assert.Equal(Events + 1L, await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.trail"));
        Assert.True((await PostgreSqlTrailVerifier.VerifyAsync(server.ConnectionString, schema)).IsIntact);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("failed; retrying in", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Message.Contains("succeeded again on attempt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_stays_away_stops_the_trail_with_a_clear_error()
    {
        var schema = PostgresServer.NewSchema();
        var (role, asRole) = await CreateApplicationRoleAsync(schema, "gone");
        await using var instance = new Instance(asRole, schema, TrailFlushMode.Batched, retryFor: TimeSpan.FromSeconds(2));
        instance.Gate.Begin<Ordering>("fred", ProcessingOperation.Read);
        await instance.Trail.FlushAsync();

        // The writer's connection dies and it may not log in again.
        await server.ExecuteAsync($"ALTER ROLE {role} NOLOGIN");
        await server.ExecuteAsync(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}' AND application_name = '{LawfulBasisDatabase.TrailWriterApplicationName}'");
        var failed = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            instance.Gate.Begin<Ordering>("fred", ProcessingOperation.Read);
            await instance.Trail.FlushAsync();
        });
        Assert.Matches("Writing audit entries [0-9]+–[0-9]+ of writer [-0-9a-f]+ failed: PostgreSQL .* could not be reached for [0-9]+ s", failed.ToString());
        await server.ExecuteAsync($"ALTER ROLE {role} LOGIN");
    }

    /// <summary>Creates the schema (as superuser) and a login role with only the append-only grants; returns its connection string.</summary>
    private async Task<(string Role, string ConnectionString)> CreateApplicationRoleAsync(string schema, string prefix)
    {
        var role = $"{prefix}_{schema}";
        await using (var dataSource = server.Connect())
        {
            await PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema);
        }

        await server.ExecuteAsync($"CREATE ROLE {role} LOGIN");
        await server.ExecuteAsync(PostgreSqlSchema.AppendOnlyGrants(role, schema));
        return (role, new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = role }.ConnectionString);
    }
}
