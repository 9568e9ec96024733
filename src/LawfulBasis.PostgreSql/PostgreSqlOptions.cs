namespace LawfulBasis.PostgreSql;

/// <summary>Where and how LawfulBasis keeps its trail, keys and registers in PostgreSQL.</summary>
public sealed class PostgreSqlOptions
{
    /// <summary>The Npgsql connection string. Every application instance uses the same database.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The schema holding the trail, its writers and the registers (created if missing). Default <c>lawfulbasis</c>.</summary>
    public string Schema { get; set; } = "lawfulbasis";

    /// <summary>
    /// The schema holding the pseudonym keys, apart from the trail so that it can get stricter grants (whoever reads both
    /// can link the trail to people). Default: the trail's schema followed by <c>_keys</c>.
    /// </summary>
    public string? KeySchema { get; set; }

    /// <summary>
    /// How long the trail writer keeps retrying a batch while the database is unreachable before the trail stops and
    /// processing is refused. Callers wait meanwhile (their events are queued, none is dropped). Default one minute.
    /// </summary>
    public TimeSpan WriteRetryTimeout { get; set; } = TimeSpan.FromMinutes(1);

    internal string KeySchemaOrDefault => KeySchema ?? Schema + "_keys";
}
