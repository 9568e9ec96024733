using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// The database every PostgreSQL store of one application instance shares: one connection pool, and the schema
/// created or upgraded once, before the first store uses it.
/// </summary>
internal sealed class LawfulBasisDatabase : IDisposable
{
    private readonly Lazy<int> _schema;

    public LawfulBasisDatabase(PostgreSqlOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("PostgreSqlOptions.ConnectionString is empty: pass the database's Npgsql connection string to AddLawfulBasisPostgreSql.");
        }

        Options = options;
        Schema = SqlNames.Checked(options.Schema, nameof(PostgreSqlOptions.Schema));
        KeySchema = SqlNames.Checked(options.KeySchemaOrDefault, nameof(PostgreSqlOptions.KeySchema));
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        builder.ApplicationName ??= "lawfulbasis";
        if (builder.MaxAutoPrepare == 0)
        {
            // The gate asks the registers the same few questions on every decision: prepared once per connection,
            // they skip parsing and planning.
            builder.MaxAutoPrepare = 16;
        }

        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}, schema {Schema}";
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);

        // The trail writer's own connection is told apart (in pg_stat_activity) from the registers' pool.
        builder.ApplicationName = TrailWriterApplicationName;
        TrailWriterDataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _schema = new(() =>
        {
            try
            {
                return PostgreSqlSchema.EnsureCreatedAsync(DataSource, Schema, KeySchema).GetAwaiter().GetResult();
            }
            catch (NpgsqlException e)
            {
                throw new InvalidOperationException(
                    $"LawfulBasis cannot prepare its tables in {Description}: {e.Message} Check the connection string, that the server is up, and that the role may create schemas (or run PostgreSqlSchema.EnsureCreatedAsync once with a role that may).", e);
            }
        });
    }

    /// <summary>The application_name of trail writer connections.</summary>
    public const string TrailWriterApplicationName = "lawfulbasis trail writer";

    public PostgreSqlOptions Options { get; }

    public string Schema { get; }

    public string KeySchema { get; }

    /// <summary>Host, port, database and schema, for messages (never the password).</summary>
    public string Description { get; }

    public NpgsqlDataSource DataSource { get; }

    public NpgsqlDataSource TrailWriterDataSource { get; }

    /// <summary>Creates or upgrades the schema on first call; later calls return at once.</summary>
    public void EnsureSchema() => _ = _schema.Value;

    public void Dispose()
    {
        DataSource.Dispose();
        TrailWriterDataSource.Dispose();
    }
}
