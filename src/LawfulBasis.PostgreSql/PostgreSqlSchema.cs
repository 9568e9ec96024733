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
    public const int CurrentVersion = 2;

    /// <summary>A step: its DDL, then (for a step that rewrites data, which SQL alone cannot key) a data step in the same transaction.</summary>
    private sealed record Migration(int Version, string Description, string Sql, Func<NpgsqlConnection, string, string, CancellationToken, Task>? Data = null);

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
        new(2, "registers name subjects by a keyed hash, keep no insertion order or time, and lose an erased subject's records", $$"""
            ALTER TABLE {{s}}.records RENAME TO records_v1;
            ALTER TABLE {{s}}.records_v1 RENAME CONSTRAINT records_pkey TO records_v1_pkey;
            ALTER INDEX {{s}}.records_by_subject RENAME TO records_v1_by_subject;
            CREATE TABLE {{s}}.records (
                subject text NOT NULL,
                register text NOT NULL,
                seq integer NOT NULL,
                record jsonb NOT NULL,
                PRIMARY KEY (subject, register, seq));
            CREATE INDEX records_by_register ON {{s}}.records (register, subject, seq);
            CREATE TRIGGER append_only BEFORE UPDATE OR TRUNCATE ON {{s}}.records FOR EACH STATEMENT EXECUTE FUNCTION {{s}}.refuse_change();
            CREATE FUNCTION {{s}}.guard_record_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.register IN ('ErasureRecord', 'SubjectRequest') THEN
                    RETURN OLD;
                END IF;
                IF OLD.register IN ('ConsentRecord', 'ObjectionRecord', 'RestrictionRecord')
                   AND EXISTS (SELECT 1 FROM {{s}}.records WHERE subject = OLD.subject AND register = 'ErasureRecord') THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'LawfulBasis table %.% keeps its % rows: only an erased subject''s consent, objection and restriction records are deleted', TG_TABLE_SCHEMA, TG_TABLE_NAME, OLD.register;
            END $$;
            CREATE TRIGGER guard_delete BEFORE DELETE ON {{s}}.records FOR EACH ROW EXECUTE FUNCTION {{s}}.guard_record_delete();
            CREATE FUNCTION {{s}}.erasure_stays() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM {{s}}.records WHERE subject = OLD.subject AND register = 'ErasureRecord') THEN
                    RAISE EXCEPTION 'LawfulBasis table %.%: a subject''s erasure record may be rewritten, not removed', TG_TABLE_SCHEMA, TG_TABLE_NAME;
                END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER erasure_stays AFTER DELETE ON {{s}}.records DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN (OLD.register = 'ErasureRecord') EXECUTE FUNCTION {{s}}.erasure_stays();
            """, RegisterKeying.MigrateAsync),
    ];

    /// <summary>Creates the schemas and tables, or upgrades them to <see cref="CurrentVersion"/>; does nothing when they are current.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The trail and register schema.</param>
    /// <param name="keySchema">The pseudonym key schema; default <paramref name="schema"/> + <c>_keys</c>.</param>
    /// <param name="cancellationToken">Cancels the work (the transaction rolls back).</param>
    /// <returns>The version the database was at before (0 when it was empty).</returns>
    /// <exception cref="InvalidOperationException">The database holds a newer schema than this package knows.</exception>
    public static Task<int> EnsureCreatedAsync(NpgsqlDataSource dataSource, string schema = "lawfulbasis", string? keySchema = null, CancellationToken cancellationToken = default) =>
        EnsureCreatedAsync(dataSource, schema, keySchema, CurrentVersion, cancellationToken);

    /// <summary>Creates or upgrades the schema up to <paramref name="upTo"/> (tests build an older schema to upgrade).</summary>
    internal static async Task<int> EnsureCreatedAsync(NpgsqlDataSource dataSource, string schema, string? keySchema, int upTo, CancellationToken cancellationToken)
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

        foreach (var migration in Migrations(s, k).Where(m => m.Version > before && m.Version <= upTo))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            if (migration.Data is { } data)
            {
                await data(connection, s, k, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, $"INSERT INTO {s}.schema_version (version, description) VALUES (@version, @description)", cancellationToken,
                ("version", migration.Version), ("description", migration.Description)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return before;
    }

    /// <summary>
    /// The SQL that gives an application role exactly what LawfulBasis needs: it may read and append to the trail but
    /// never UPDATE, DELETE or TRUNCATE it; it may read, append to and delete from the registers (an erasure removes the
    /// subject's records no retained purpose needs and rewrites the erasure register's day; the request ledger rewrites
    /// closed requests keyed), never UPDATE or TRUNCATE them, and a trigger refuses any other deletion; and it may
    /// create, read and delete pseudonym keys (deleting a key is how erasure crypto-shreds a subject). Run it as the
    /// schema's owner.
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
            GRANT SELECT, INSERT ON {s}.trail, {s}.trail_writers TO {r};
            GRANT SELECT, INSERT, DELETE ON {s}.records TO {r};
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
