using System.Diagnostics;
using Npgsql;

namespace LawfulBasis.PostgreSql.Tests;

/// <summary>
/// The server the tests run against: the one named by LAWFULBASIS_POSTGRES (CI starts it), otherwise a throwaway
/// cluster this fixture starts with .ci/postgres.sh and stops at the end. Each test works in its own schema.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _ownCluster;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("LAWFULBASIS_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        _ownCluster = Path.Combine(Path.GetTempPath(), $"lawfulbasis-pg-{Environment.ProcessId}");
        var (exit, output) = Script("start", _ownCluster);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("export LAWFULBASIS_POSTGRES=", StringComparison.Ordinal));
        if (exit != 0 || line is null)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL: set LAWFULBASIS_POSTGRES to a superuser connection string, or install it (apt-get install postgresql) so .ci/postgres.sh can start a throwaway cluster. It said:\n{output}");
        }

        ConnectionString = line["export LAWFULBASIS_POSTGRES=".Length..].Trim('\'');
    }

    /// <summary>A superuser connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>A fresh schema name, so tests neither see nor wait for each other.</summary>
    public static string NewSchema() => $"t_{Guid.NewGuid():N}"[..20];

    public NpgsqlDataSource Connect() => NpgsqlDataSource.Create(ConnectionString);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = Connect();
        await using var command = Setup(dataSource, sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Connect();
        await using var command = Setup(dataSource, sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A test's own statement (bulk data, tampering), with room for a busy machine: inserting a million rows can take
    /// longer than Npgsql's default 30 s when the test suite shares two cores with builds.
    /// </summary>
    private static NpgsqlCommand Setup(NpgsqlDataSource dataSource, string sql)
    {
        var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        return command;
    }

    public void Dispose()
    {
        if (_ownCluster is not null)
        {
            Script("stop", _ownCluster);
        }
    }

    private static (int Exit, string Output) Script(string action, string folder)
    {
        var script = Path.Combine(RepositoryRoot(), ".ci", "postgres.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(action);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LawfulBasis.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("LawfulBasis.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
