using LawfulBasis.PostgreSql;
using Npgsql;

namespace LawfulBasis.Benchmarks;

/// <summary>The PostgreSQL server the database benchmarks use: LAWFULBASIS_POSTGRES, as the tests use it.</summary>
internal static class PostgreSqlServer
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("LAWFULBASIS_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("Set LAWFULBASIS_POSTGRES first, for example: eval \"$(bash .ci/postgres.sh start)\"");

    /// <summary>A fresh schema, created.</summary>
    public static string NewSchema()
    {
        var schema = $"bench_{Guid.NewGuid():N}"[..20];
        using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        PostgreSqlSchema.EnsureCreatedAsync(dataSource, schema).GetAwaiter().GetResult();
        return schema;
    }

    public static void Drop(string schema)
    {
        using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        using var command = dataSource.CreateCommand($"DROP SCHEMA {schema} CASCADE; DROP SCHEMA {schema}_keys CASCADE");
        command.ExecuteNonQuery();
    }

    public static void Execute(string sql)
    {
        using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }
}
