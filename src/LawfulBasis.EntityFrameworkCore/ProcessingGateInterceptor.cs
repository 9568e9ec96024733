using System.Collections.Concurrent;
using LawfulBasis.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// Decides and records, through the gate, every change to a <c>[DataSubject]</c> entity, and to an entity of personal
/// data that belongs to one through a foreign key (decided for that subject), before it is saved: an added
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
                || _catalog.Value.FindDataType(entry.Metadata.ClrType) is not { } type)
            {
                continue;
            }

            // A data subject's own row, or a row of personal data that belongs to one (an order's shipping address, an
            // allergy note): the latter is decided for the subject its foreign key names.
            List<string> subjects = type is { SubjectCategory: not null, SubjectIdMember: { } key } ? [SubjectOf(entry, type, key)]
                : type is { SubjectCategory: null, Members.Count: > 0 } ? OwnersOf(entry)
                : [];
            if (subjects.Count == 0)
            {
                continue;
            }

            var operation = entry.State switch
            {
                EntityState.Added => ProcessingOperation.Store,
                EntityState.Modified => ProcessingOperation.Update,
                _ => ProcessingOperation.Erase,
            };
            var purpose = ProcessingPurpose.Current;
            if (purpose is null)
            {
                var touched = TouchedMembers(type, entry);
                if (touched.Count == 0 && entry.State == EntityState.Modified && type.Purposes.Count == 0)
                {
                    continue; // only unclassified columns changed (a counter, a timestamp): no personal data is processed
                }

                purpose = PurposeOf(type, entry, touched);
            }

            var call = _calls.GetOrAdd(purpose, static p => (PurposeCall)Activator.CreateInstance(typeof(PurposeCall<>).MakeGenericType(p))!);
            foreach (var subject in subjects)
            {
                call.Begin(_gate.Value, subject, operation, $"SaveChanges {type.Name}");
            }
        }
    }

    private static string SubjectOf(EntityEntry entry, PersonalDataType type, string key)
    {
        var subject = SavedValueOf(entry.Property(key), entry.State);
        return string.IsNullOrEmpty(subject)
            ? throw new InvalidOperationException($"A {type.Name} is being saved with no {key}: set the data subject's identifier before saving.")
            : subject;
    }

    /// <summary>A key's value as this save sees it: a deleted row's last stored value, otherwise the one being written.</summary>
    private static string? SavedValueOf(PropertyEntry property, EntityState state) =>
        (state == EntityState.Deleted ? property.OriginalValue : property.CurrentValue)?.ToString();

    /// <summary>
    /// The data subjects a row of personal data belongs to: the values of its foreign keys to a <c>[DataSubject]</c>
    /// type's subject key. A key EF Core has not assigned yet (its principal is added in the same save, and decided
    /// itself) names no one.
    /// </summary>
    private List<string> OwnersOf(EntityEntry entry)
    {
        var owners = new List<string>();
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            if (foreignKey.Properties is not [var column] || foreignKey.PrincipalKey.Properties is not [var principalKey]
                || _catalog.Value.FindDataType(foreignKey.PrincipalEntityType.ClrType) is not { SubjectCategory: not null, SubjectIdMember: { } key }
                || principalKey.Name != key)
            {
                continue;
            }

            var property = entry.Property(column.Name);
            var owner = SavedValueOf(property, entry.State);
            if (!property.IsTemporary && !string.IsNullOrEmpty(owner) && !owners.Contains(owner))
            {
                owners.Add(owner);
            }
        }

        return owners;
    }

    /// <summary>
    /// The classified members this save processes: the modified ones of an updated row; the ones given a value in an
    /// added row (a member left null or empty is not collected), or all of them when none is; all of a deleted row's.
    /// </summary>
    private static List<PersonalDataMember> TouchedMembers(PersonalDataType type, EntityEntry entry) => entry.State switch
    {
        EntityState.Modified => [.. type.Members.Where(m => entry.Metadata.FindProperty(m.Name) is not null && entry.Property(m.Name).IsModified)],
        EntityState.Added when type.Members.Where(m => HasValue(entry, m.Name)).ToList() is { Count: > 0 } given => given,
        _ => [.. type.Members],
    };

    /// <summary>Whether an added row holds a value for the member (an unmapped member counts as holding one).</summary>
    private static bool HasValue(EntityEntry entry, string member)
    {
        var value = entry.Metadata.FindProperty(member) is not null ? entry.Property(member).CurrentValue
            : entry.Metadata.FindNavigation(member) is not null ? entry.Navigation(member).CurrentValue
            : entry.Metadata.FindSkipNavigation(member) is not null ? entry.Navigation(member).CurrentValue
            : true;
        return value switch
        {
            null => false,
            string text => text.Length > 0,
            System.Collections.IEnumerable many => many.GetEnumerator().MoveNext(),
            _ when value.GetType().IsValueType => !value.Equals(Activator.CreateInstance(value.GetType())),
            _ => true,
        };
    }

    /// <summary>The one purpose the touched members are collected for; several or none is a mistake the code must fix.</summary>
    private static Type PurposeOf(PersonalDataType type, EntityEntry entry, List<PersonalDataMember> touched)
    {
        var purposes = touched.SelectMany(m => m.Purposes).Concat(type.Purposes).Select(p => p.Type).Distinct()
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        if (purposes.Length == 1)
        {
            return purposes[0];
        }

        var what = touched.Count == 0 ? $"a {entry.State.ToString().ToLowerInvariant()} {type.Name}" : $"{type.Name}.{string.Join(", ", touched.Select(m => m.Name))} ({entry.State.ToString().ToLowerInvariant()})";
        var scope = $"using (ProcessingPurpose.Use<{(purposes.Length == 0 ? "P" : purposes[0].Name)}>()) {{ ... SaveChanges ... }} (LawfulBasis.EntityFrameworkCore)";
        throw new InvalidOperationException(purposes.Length == 0
            ? $"Saving {what}: no purpose is bound to this data, so the save has no lawful basis. Bind the members with [ProcessingFor<P>] (or ProcessedFor<P>() in the EF Core model), or name the purpose: {scope}."
            : $"Saving {what}: this data is collected for {string.Join(", ", purposes.Select(p => p.Name))}, so the gate cannot tell which purpose this save serves. Name it around the save, for example {scope}; [ProcessingFor<P>] on the calling method is not seen here.");
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
