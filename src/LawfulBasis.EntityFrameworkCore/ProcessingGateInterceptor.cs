using System.Collections.Concurrent;
using LawfulBasis.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// Decides and records, through the gate, every change to a <c>[DataSubject]</c> entity before it is saved: an added
/// row is a Store, a modified one an Update, a deleted one an Erase, for the purpose the code path names
/// (<see cref="ProcessingPurpose.Use{TPurpose}"/>) or, when it names none, the one purpose the changed members are
/// collected for. A denial throws <see cref="ProcessingDeniedException"/> before anything reaches the database.
/// Erasures run by the rights engine are not decided again (the engine records them).
/// </summary>
public sealed class ProcessingGateInterceptor : SaveChangesInterceptor
{
    private readonly Lazy<IProcessingGate> _gate;
    private readonly Lazy<ProcessingCatalog> _catalog;
    private readonly ConcurrentDictionary<Type, PurposeCall> _calls = new();

    /// <summary>Creates the interceptor.</summary>
    /// <param name="gate">The processing gate.</param>
    /// <param name="catalog">The catalog, to find data-subject types and the purposes of their members.</param>
    public ProcessingGateInterceptor(IProcessingGate gate, ProcessingCatalog catalog)
        : this(new Lazy<IProcessingGate>(gate), new Lazy<ProcessingCatalog>(catalog))
    {
    }

    /// <summary>Creates the interceptor with the gate and catalog resolved on first save.</summary>
    internal ProcessingGateInterceptor(Lazy<IProcessingGate> gate, Lazy<ProcessingCatalog> catalog)
    {
        _gate = gate;
        _catalog = catalog;
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Decide(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Decide(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Decide(DbContext? context)
    {
        if (context is null || ProcessingPurpose.IsRightsErasure)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || _catalog.Value.DataTypes.FirstOrDefault(t => t.Type == entry.Metadata.ClrType) is not { SubjectCategory: not null, SubjectIdMember: { } key } type)
            {
                continue;
            }

            var property = entry.Property(key);
            var subject = (entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue)?.ToString();
            if (string.IsNullOrEmpty(subject))
            {
                throw new InvalidOperationException($"A {type.Name} is being saved with no {key}: set the data subject's identifier before saving.");
            }

            var operation = entry.State switch
            {
                EntityState.Added => ProcessingOperation.Store,
                EntityState.Modified => ProcessingOperation.Update,
                _ => ProcessingOperation.Erase,
            };
            var purpose = ProcessingPurpose.Current ?? PurposeOf(type, entry);
            _calls.GetOrAdd(purpose, static p => (PurposeCall)Activator.CreateInstance(typeof(PurposeCall<>).MakeGenericType(p))!)
                .Begin(_gate.Value, subject, operation, $"SaveChanges {type.Name}");
        }
    }

    /// <summary>The one purpose the changed members are collected for; several or none is a mistake the code must fix.</summary>
    private static Type PurposeOf(PersonalDataType type, EntityEntry entry)
    {
        var changed = entry.State == EntityState.Modified
            ? entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal)
            : null;
        var purposes = type.Members.Where(m => changed is null || changed.Contains(m.Name)).SelectMany(m => m.Purposes)
            .Concat(type.Purposes).Select(p => p.Type).Distinct().ToArray();
        return purposes.Length == 1
            ? purposes[0]
            : throw new InvalidOperationException(purposes.Length == 0
                ? $"Saving {type.Name}: its changed members are bound to no purpose, so the save has no lawful basis. Bind them with [ProcessingFor<P>], or name the purpose: using (ProcessingPurpose.Use<P>()) {{ ... SaveChanges ... }}."
                : $"Saving {type.Name} touches data collected for {string.Join(", ", purposes.Select(p => p.Name))}: name the purpose this save serves with using (ProcessingPurpose.Use<P>()) {{ ... SaveChanges ... }}.");
    }

    private abstract class PurposeCall
    {
        public abstract void Begin(IProcessingGate gate, string subject, ProcessingOperation operation, string site);
    }

    private sealed class PurposeCall<TPurpose> : PurposeCall
    {
        public override void Begin(IProcessingGate gate, string subject, ProcessingOperation operation, string site) =>
            gate.Begin<TPurpose>(subject, operation, default, site, string.Empty, 0);
    }
}
