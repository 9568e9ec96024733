using Npgsql;

namespace LawfulBasis.PostgreSql;

/// <summary>
/// Creates or upgrades LawfulBasis's tables, idempotently and safely when several instances start at once: every
/// instance takes the same transaction-scoped advisory lock, reads the recorded version and applies only the missing
/// migrations. Run it ahead of deployment with a privileged role, and grant the application role only what
/// <see cref="AppendOnlyGrants"/> gives.
/// </summary>
public static class PostgreSqlSchema
{
    /// <summary>The schema version this package creates and understands.</summary>
    public const int CurrentVersion = 1;

    private sealed record Migration(int Version, string Description, string Sql);

    private static Migration[] Migrations(string s, string k) =>
    [
        new(1, "audit trail with one hash chain per writer; registers; pseudonym keys", $$"""
            CREATE TABLE {{s}}.trail_writers (
                writer uuid PRIMARY KEY,
                started_at timestamptz NOT NULL DEFAULT now(),
                host text NOT NULL,
                process_id integer NOT NULL);
            CREATE TABLE {{s}}.trail (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                writer uuid NOT NULL REFERENCES {{s}}.trail_writers (writer),
                seq bigint NOT NULL,
                subject text,
                entry text NOT NULL,
                UNIQUE (writer, seq));
            CREATE INDEX trail_by_subject ON {{s}}.trail (subject) WHERE subject IS NOT NULL;
            CREATE TABLE {{s}}.records (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                register text NOT NULL,
                subject text NOT NULL,
                record jsonb NOT NULL,
                recorded_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX records_by_subject ON {{s}}.records (subject, id);
            CREATE FUNCTION {{s}}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'LawfulBasis table %.% is append-only: % is refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP;
            END $$;
            CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {{s}}.trail FOR EACH STATEMENT EXECUTE FUNCTION {{s}}.refuse_change();
            CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {{s}}.trail_writers FOR EACH STATEMENT EXECUTE FUNCTION {{s}}.refuse_change();
            CREATE TRIGGER append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {{s}}.records FOR EACH STATEMENT EXECUTE FUNCTION {{s}}.refuse_change();
            CREATE SCHEMA IF NOT EXISTS {{k}};
            CREATE TABLE {{k}}.store_secret (id integer PRIMARY KEY CHECK (id = 1), secret bytea NOT NULL);
            CREATE TABLE {{k}}.subject_keys (lookup bytea PRIMARY KEY, secret bytea NOT NULL);
            """),
    ];

    /// <summary>Creates the schemas and tables, or upgrades them to <see cref="CurrentVersion"/>; does nothing when they are current.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The trail and register schema.</param>
    /// <param name="keySchema">The pseudonym key schema; default <paramref name="schema"/> + <c>_keys</c>.</param>
    /// <param name="cancellationToken">Cancels the work (the transaction rolls back).</param>
    /// <returns>The version the database was at before (0 when it was empty).</returns>
    /// <exception cref="InvalidOperationException">The database holds a newer schema than this package knows.</exception>
    public static async Task<int> EnsureCreatedAsync(NpgsqlDataSource dataSource, string schema = "lawfulbasis", string? keySchema = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var s = SqlNames.Checked(schema, nameof(PostgreSqlOptions.Schema));
        var k = SqlNames.Checked(keySchema ?? schema + "_keys", nameof(PostgreSqlOptions.KeySchema));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // One instance migrates; the others wait here, then find the work done. An up-to-date schema needs no DDL, so
        // an application role without CREATE rights starts fine once a privileged role has migrated.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('lawfulbasis schema ' || @schema))", cancellationToken, ("schema", s)).ConfigureAwait(false);
        await using (var current = new NpgsqlCommand($"SELECT CASE WHEN to_regclass('{s}.schema_version') IS NULL THEN 0 ELSE 1 END", connection))
        {
            if ((int)(await current.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 1)
            {
                await using var version = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {s}.schema_version", connection);
                if ((int)(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == CurrentVersion)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return CurrentVersion;
                }
            }
        }

        await ExecuteAsync(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {s};
            CREATE TABLE IF NOT EXISTS {s}.schema_version (
                version integer PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken).ConfigureAwait(false);

        await using var read = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {s}.schema_version", connection);
        var before = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (before > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"Schema {s} is at version {before}, newer than this LawfulBasis.PostgreSql knows ({CurrentVersion}): upgrade the package on this instance.");
        }

        foreach (var migration in Migrations(s, k).Where(m => m.Version > before))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"INSERT INTO {s}.schema_version (version, description) VALUES (@version, @description)", cancellationToken,
                ("version", migration.Version), ("description", migration.Description)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return before;
    }

    /// <summary>
    /// The SQL that gives an application role exactly what LawfulBasis needs: it may read and append to the trail and
    /// the registers but never UPDATE, DELETE or TRUNCATE them, and it may create, read and delete pseudonym keys
    /// (deleting a key is how erasure crypto-shreds a subject). Run it as the schema's owner.
    /// </summary>
    /// <param name="role">The application's role.</param>
    /// <param name="schema">The trail and register schema.</param>
    /// <param name="keySchema">The key schema; default <paramref name="schema"/> + <c>_keys</c>.</param>
    /// <returns>The SQL script.</returns>
    public static string AppendOnlyGrants(string role, string schema = "lawfulbasis", string? keySchema = null)
    {
        var r = SqlNames.Checked(role, nameof(role));
        var s = SqlNames.Checked(schema, nameof(PostgreSqlOptions.Schema));
        var k = SqlNames.Checked(keySchema ?? schema + "_keys", nameof(PostgreSqlOptions.KeySchema));
        return $"""
            REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r};
            REVOKE ALL ON ALL TABLES IN SCHEMA {k} FROM {r};
            GRANT USAGE ON SCHEMA {s}, {k} TO {r};
            GRANT SELECT ON {s}.schema_version TO {r};
            GRANT SELECT, INSERT ON {s}.trail, {s}.trail_writers, {s}.records TO {r};
            GRANT SELECT, INSERT, DELETE ON {k}.subject_keys TO {r};
            GRANT SELECT, INSERT ON {k}.store_secret TO {r};
            """;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
