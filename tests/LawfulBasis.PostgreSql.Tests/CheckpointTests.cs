using System.Security.Cryptography;
using LawfulBasis.Audit;
using LawfulBasis.Cli;
using LawfulBasis.PostgreSql.Writer;
using LawfulBasis.Processing;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>
/// Per-writer signed checkpoints in PostgreSQL: each writer signs its start and its clean shutdown, so a registered
/// writer whose rows were all deleted, or whose tail was cut, fails <c>verify --postgres --public-key</c>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CheckpointTests(PostgresServer server) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public void Dispose() => _key.Dispose();

    [Fact]
    public async Task A_writer_with_its_rows_deleted_or_its_tail_cut_fails_verification_with_the_public_key()
    {
        var schema = PostgresServer.NewSchema();
        for (var writer = 0; writer < 2; writer++)
        {
            await using var instance = new Instance(server.ConnectionString, schema, signingKey: _key);
            for (var i = 0; i < 10; i++)
            {
                instance.Gate.Begin<Ordering>($"customer-{i}", ProcessingOperation.Read);
            }

            await instance.Trail.FlushAsync();
        }

        var publicKey = Path.Combine(Path.GetTempPath(), $"lawfulbasis-pg-{Guid.NewGuid():N}.pub.pem");
        await File.WriteAllTextAsync(publicKey, _key.ExportSubjectPublicKeyInfoPem());
        try
        {
            var intact = Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema, "--public-key", publicKey);
            Assert.True(intact.Exit == ExitCodes.Success, intact.Output + intact.Error);
            Assert.Contains("24 entries from 2 writers verified; every chain is intact. 4 signed checkpoints verified.", intact.Output, StringComparison.Ordinal);

            var writers = await server.ScalarAsync<long>($"SELECT count(*) FROM {schema}.trail_writers");
            Assert.Equal(2, writers);
            await server.ExecuteAsync($"ALTER TABLE {schema}.trail DISABLE TRIGGER append_only");

            // The last two rows of the second writer: its shutdown checkpoint and its last decision.
            await server.ExecuteAsync($"DELETE FROM {schema}.trail WHERE id IN (SELECT id FROM {schema}.trail ORDER BY id DESC LIMIT 2)");
            var cut = Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema, "--public-key", publicKey);
            Assert.Equal(ExitCodes.Problem, cut.Exit);
            Assert.Contains("UnsignedTail", cut.Output, StringComparison.Ordinal);
            Assert.Contains("the last 9 entries follow its last signed checkpoint (entry 1)", cut.Output, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema).Exit); // the chain alone cannot tell

            // Every row of the first writer.
            await server.ExecuteAsync($"DELETE FROM {schema}.trail WHERE writer = (SELECT writer FROM {schema}.trail ORDER BY id LIMIT 1)");
            var gone = Tool.Run("verify", "--postgres", server.ConnectionString, "--schema", schema, "--public-key", publicKey);
            Assert.Equal(ExitCodes.Problem, gone.Exit);
            Assert.Contains("is registered in trail_writers but has no entry", gone.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(publicKey);
        }
    }
}
