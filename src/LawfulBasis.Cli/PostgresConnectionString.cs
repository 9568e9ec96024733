namespace LawfulBasis.Cli;

/// <summary>The <c>--postgres</c> connection string, checked before anything connects.</summary>
internal static class PostgresConnectionString
{
    /// <summary>
    /// Throws <see cref="ToolUsageException"/> naming the problem when <paramref name="connection"/> is not a connection
    /// string Npgsql reads (an unknown keyword, a pair without '='): otherwise the failure surfaces deep in the driver as
    /// "the given key was not present in the dictionary", which says nothing about what to fix.
    /// </summary>
    public static string Check(string connection)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            return connection;
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or InvalidCastException)
        {
            throw new ToolUsageException($"--postgres: \"{connection}\" is not a valid connection string ({e.Message}). Give Npgsql key=value pairs, for example \"Host=db;Database=shop;Username=auditor\".");
        }
    }
}
