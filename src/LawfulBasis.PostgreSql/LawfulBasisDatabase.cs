using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// The database every PostgreSQL store of one application instance shares: one connection pool, and the schema
/// created or upgraded once, before the first store uses it.
/// </summary>
internal sealed class LawfulBasisDatabase : IDisposable
{
    private readonly Lazy<int> _schema;
    private volatile bool _prepared;

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

    /// <summary>
    /// For readers (the tool): checks that the schema exists and is current, without creating anything — a missing
    /// schema means the wrong database or schema name, not a database to set up.
    /// </summary>
    /// <returns>This database, its schema then counting as prepared.</returns>
    /// <exception cref="InvalidOperationException">The schema is missing or not at <see cref="PostgreSqlSchema.CurrentVersion"/>.</exception>
    public LawfulBasisDatabase RequireSchema()
    {
        int version;
        try
        {
            // Two statements: a query naming a missing table fails as a whole, even in a branch never taken.
            using var exists = DataSource.CreateCommand($"SELECT to_regclass('{Schema}.schema_version') IS NOT NULL");
            using var current = DataSource.CreateCommand($"SELECT coalesce(max(version), 0) FROM {Schema}.schema_version");
            version = (bool)exists.ExecuteScalar()! ? (int)current.ExecuteScalar()! : -1;
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException($"{Description} cannot be read: {e.Message}", e);
        }

        if (version != PostgreSqlSchema.CurrentVersion)
        {
            throw new InvalidOperationException(version < 0
                ? $"{Description} has no LawfulBasis tables: check the database and --schema."
                : version < PostgreSqlSchema.CurrentVersion
                    ? $"{Description} is at schema version {version}; this tool reads version {PostgreSqlSchema.CurrentVersion}: start the application once with this LawfulBasis.PostgreSql (or run PostgreSqlSchema.EnsureCreatedAsync) to upgrade it."
                    : $"{Description} is at schema version {version}; this tool reads version {PostgreSqlSchema.CurrentVersion}: use the tool of the LawfulBasis version that wrote it.");
        }

        _prepared = true; // checked: the stores need not try to create it
        return this;
    }

    /// <summary>Creates or upgrades the schema on first call; later calls return at once.</summary>
    public void EnsureSchema()
    {
        if (!_prepared)
        {
            _ = _schema.Value;
        }
    }

    public void Dispose()
    {
        DataSource.Dispose();
        TrailWriterDataSource.Dispose();
    }
}
