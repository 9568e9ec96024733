namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// The purpose the current code path saves personal data for, when the entity alone cannot say (its data is collected
/// for several purposes): <c>using (ProcessingPurpose.Use&lt;Treatment&gt;()) await db.SaveChangesAsync();</c>. Flows
/// with the async context, like a logging scope.
/// </summary>
public static class ProcessingPurpose
{
    private static readonly AsyncLocal<Scope?> Ambient = new();

    /// <summary>The purpose of the innermost scope, or null.</summary>
    public static Type? Current => Ambient.Value?.Purpose;

    /// <summary>Whether the innermost scope is an erasure run by the rights engine, which records the erasure itself.</summary>
    internal static bool IsRightsErasure => Ambient.Value?.RightsErasure == true;

    /// <summary>Saves in this scope are for <typeparamref name="TPurpose"/>.</summary>
    /// <typeparam name="TPurpose">The declared purpose.</typeparam>
    /// <returns>Dispose to end the scope.</returns>
    public static IDisposable Use<TPurpose>() => Begin(new Scope(typeof(TPurpose), false, Ambient.Value));

    internal static IDisposable BeginRightsErasure() => Begin(new Scope(null, true, Ambient.Value));

    private static Scope Begin(Scope scope)
    {
        Ambient.Value = scope;
        return scope;
    }

    private sealed class Scope(Type? purpose, bool rightsErasure, Scope? outer) : IDisposable
    {
        public Type? Purpose { get; } = purpose;

        public bool RightsErasure { get; } = rightsErasure;

        public void Dispose() => Ambient.Value = outer;
    }
}
