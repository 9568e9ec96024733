using System.Globalization;
using System.Linq.Expressions;
using LawfulBasis.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// Answers access and erasure requests for one entity type from a <see cref="DbContext"/>: the rows whose subject key
/// is the data subject, with their owned types and the related personal data that belongs to them.
/// </summary>
/// <remarks>
/// Relationships followed: owned types (always part of their owner); navigations to entity types that hold personal
/// data and are not themselves <c>[DataSubject]</c> types (they belong to this subject: returned on access, deleted on
/// erasure). Not followed: navigations to other <c>[DataSubject]</c> types, which have their own source and their own
/// Art. 17(3) decision. So that such a dependent is never deleted by a cascade, a row that still has one is anonymised
/// (its personal-data members cleared) instead of deleted. Everything else keeps EF Core's configured delete behaviour.
/// Personal-data members are the catalog's, which include the model's own classifications (shadow properties and
/// <c>HasPersonalData</c>), so access copies them and erasure clears them like attribute-classified members.
/// The belonging types are the source's <see cref="ISubjectDataSource.RelatedDataTypes"/>: the erasure plan decides each
/// on its own members, so a related row an Art. 17(3) exception keeps is cleared except what is kept (or kept whole), and
/// the subject's row it hangs on is then cleared rather than deleted. Erasure reports the rows per type (one level of
/// navigations; rows further down go by EF Core's configured cascade and are not counted).
/// </remarks>
/// <typeparam name="TContext">The context.</typeparam>
/// <typeparam name="TEntity">The <c>[DataSubject]</c> entity type.</typeparam>
internal sealed class DbContextSubjectDataSource<TContext, TEntity> : ISubjectDataSource
    where TContext : DbContext
    where TEntity : class
{
    private readonly IServiceScopeFactory _scopes;
    private readonly Lazy<ProcessingCatalog> _catalogOnce;
    private readonly string _key;
    private readonly Lazy<IReadOnlyList<Type>> _relatedOnce;

    public DbContextSubjectDataSource(IServiceProvider services, string key, string? name, DataProvenance provenance)
    {
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        // Resolved on first use: start-up validation lists an invalid catalog's problems before anything needs it.
        _catalogOnce = new Lazy<ProcessingCatalog>(services.GetRequiredService<ProcessingCatalog>);
        _key = key;
        Name = name ?? $"{typeof(TEntity).Name} ({typeof(TContext).Name})";
        Provenance = provenance;
        _relatedOnce = new Lazy<IReadOnlyList<Type>>(() =>
        {
            // The model, not the database: planning an erasure reads nothing.
            using var scope = _scopes.CreateScope();
            var entityType = scope.ServiceProvider.GetRequiredService<TContext>().Model.FindEntityType(typeof(TEntity));
            return entityType is null ? [] : [.. BelongingNavigations(entityType).Select(n => n.TargetEntityType.ClrType).Distinct()];
        });
    }

    public Type DataType => typeof(TEntity);

    private ProcessingCatalog Catalog => _catalogOnce.Value;

    public string Name { get; }

    public DataProvenance Provenance { get; }

    public async Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Tracked (in this short-lived scope) so shadow properties, which have no CLR member, can be read from their entries.
        var rows = await Query(db, subjectId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        return [.. rows.Select(row => (object)Copy(db, entityType, row, depth: 0))];
    }

    /// <summary>The types of the related personal data erased with the subject's rows (read from the model once).</summary>
    public IReadOnlyList<Type> RelatedDataTypes => _relatedOnce.Value;

    public async Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        (await EraseAsync(subjectId, retainedMembers: null, related: [], cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>
    /// Clears every personal-data member of the subject's rows except those an Art. 17(3) exception keeps, and deletes
    /// the related personal data that belongs to them; the rows themselves stay, holding only what is retained.
    /// </summary>
    public async Task<ErasureOutcome> EraseExceptAsync(string subjectId, IReadOnlySet<string> retainedMembers, CancellationToken cancellationToken) =>
        (await EraseAsync(subjectId, retainedMembers, related: [], cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>
    /// Carries out the plan's step: the subject's rows erased, or cleared except the retained members; each related row
    /// as its type's step in <see cref="ErasureStep.Related"/> says (deleted, cleared except what an exception keeps, or
    /// kept). Reports the rows per type.
    /// </summary>
    public Task<SourceErasure> EraseAsync(string subjectId, ErasureStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Decision switch
        {
            ErasureDecision.Erase => EraseAsync(subjectId, retainedMembers: null, step.Related ?? [], cancellationToken),
            ErasureDecision.EraseExceptRetained => EraseAsync(subjectId, (step.RetainedMembers ?? []).ToHashSet(StringComparer.Ordinal), step.Related ?? [], cancellationToken),
            _ => throw new ArgumentException($"The step for \"{step.Source}\" retains {step.DataType} ({step.Article}): there is nothing to erase.", nameof(step)),
        };
    }

    private async Task<SourceErasure> EraseAsync(string subjectId, IReadOnlySet<string>? retainedMembers, IReadOnlyList<ErasureStep> related, CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        using var erasure = ProcessingPurpose.BeginRightsErasure(); // the rights engine records the erasure itself
        await using var transaction = db.Database.IsRelational()
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;

        var rows = await Query(db, subjectId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<Type, (int Erased, int Anonymised, int Kept)>();
        void Add(Type type, int erased = 0, int anonymised = 0, int kept = 0)
        {
            var (e, a, k) = counts.GetValueOrDefault(type);
            counts[type] = (e + erased, a + anonymised, k + kept);
        }

        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            var relatedStay = false;
            foreach (var navigation in BelongingNavigations(entityType))
            {
                var type = navigation.TargetEntityType.ClrType;
                // The plan decided each related type on its own members; a type it did not list is erased, as it belongs to the subject.
                var planned = related.FirstOrDefault(r => r.DataType == type.Name);
                foreach (var dependent in Related(entry, navigation))
                {
                    switch (planned?.Decision ?? ErasureDecision.Erase)
                    {
                        case ErasureDecision.Erase:
                            db.Remove(dependent);
                            Add(type, erased: 1);
                            break;
                        case ErasureDecision.EraseExceptRetained:
                            var cleared = Anonymise(db.Entry(dependent), (planned!.RetainedMembers ?? []).ToHashSet(StringComparer.Ordinal));
                            Add(type, anonymised: cleared ? 1 : 0, kept: cleared ? 0 : 1);
                            relatedStay = true;
                            break;
                        default:
                            Add(type, kept: 1);
                            relatedStay = true;
                            break;
                    }
                }
            }

            // A row whose related data stays, or that rows of another data subject depend on, is cleared rather than
            // deleted: deleting it would cascade into data kept under Art. 17(3).
            if (retainedMembers is not null || relatedStay || await HasOtherSubjectDataAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                var cleared = Anonymise(entry, retainedMembers);
                Add(typeof(TEntity), anonymised: cleared ? 1 : 0, kept: cleared ? 0 : 1);
            }
            else
            {
                db.Remove(row);
                Add(typeof(TEntity), erased: 1);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var own = counts.GetValueOrDefault(typeof(TEntity));
        var changedRelated = counts.Where(c => c.Key != typeof(TEntity)).Sum(c => c.Value.Erased + c.Value.Anonymised);
        var outcome = own.Erased > 0 ? ErasureOutcome.Erased
            : own.Anonymised + changedRelated > 0 ? ErasureOutcome.Anonymised
            : ErasureOutcome.NothingHeld;
        return new SourceErasure(outcome, [.. counts.Select(c => new ErasedRecords(c.Key, c.Value.Erased, c.Value.Anonymised, c.Value.Kept))]);
    }

    /// <summary>The subject's rows, with the related personal data that belongs to them.</summary>
    private IQueryable<TEntity> Query(TContext db, string subjectId)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of {typeof(TContext).Name}: add a DbSet<{typeof(TEntity).Name}> or configure it in OnModelCreating.");
        var property = entityType.FindProperty(_key)
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no mapped property `{_key}` to find a data subject by.");
        var key = ConvertKey(subjectId, property.ClrType);
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var access = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], entity, Expression.Constant(_key));
        var predicate = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(access, Expression.Constant(key, property.ClrType)), entity);
        var query = db.Set<TEntity>().Where(predicate);
        foreach (var navigation in BelongingNavigations(entityType))
        {
            query = query.Include(navigation.Name);
        }

        return query;
    }

    private static object? ConvertKey(string subjectId, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return target == typeof(string) ? subjectId
                : target == typeof(Guid) ? Guid.Parse(subjectId, CultureInfo.InvariantCulture)
                : Convert.ChangeType(subjectId, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"\"{subjectId}\" is not a {target.Name}, the type of {typeof(TEntity).Name}'s subject key.", nameof(subjectId), e);
        }
    }

    /// <summary>Navigations to entity types that hold personal data and are not data subjects of their own.</summary>
    private IEnumerable<INavigation> BelongingNavigations(IEntityType entityType) =>
        entityType.GetNavigations().Where(n => !n.TargetEntityType.IsOwned() && !n.IsOnDependent
            && Catalog.FindDataType(n.TargetEntityType.ClrType) is { SubjectCategory: null, Members.Count: > 0 });

    private static List<object> Related(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, INavigation navigation)
    {
        var value = entry.Navigation(navigation.Name).CurrentValue;
        return value switch
        {
            null => [],
            System.Collections.IEnumerable many when navigation.IsCollection => many.Cast<object>().ToList(),
            _ => [value],
        };
    }

    /// <summary>Whether rows of another data-subject type depend on this row (deleting it would cascade into data with its own erasure decision).</summary>
    private async Task<bool> HasOtherSubjectDataAsync(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, CancellationToken cancellationToken)
    {
        foreach (var navigation in entry.Metadata.GetNavigations().Where(n => !n.IsOnDependent && !n.TargetEntityType.IsOwned()))
        {
            if (Catalog.FindDataType(navigation.TargetEntityType.ClrType) is not { SubjectCategory: not null })
            {
                continue;
            }

            var related = navigation.IsCollection
                ? entry.Collection(navigation.Name).Query().Cast<object>()
                : entry.Reference(navigation.Name).Query().Cast<object>();
            if (await related.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Clears the row's personal-data members (and those of its owned types), except the retained ones; false when they
    /// were already clear.
    /// </summary>
    private bool Anonymise(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, IReadOnlySet<string>? retainedMembers)
    {
        var changed = false;
        var personal = Catalog.FindDataType(entry.Metadata.ClrType);
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsKey() || metadata.IsForeignKey() || personal?.Members.Any(m => m.Name == metadata.Name) != true
                || retainedMembers?.Contains(metadata.Name) == true)
            {
                continue;
            }

            var cleared = metadata.IsNullable ? null
                : metadata.ClrType == typeof(string) ? string.Empty
                : metadata.ClrType.IsValueType ? Activator.CreateInstance(metadata.ClrType) : null;
            if (!Equals(property.CurrentValue, cleared))
            {
                property.CurrentValue = cleared;
                changed = true;
            }
        }

        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
        {
            changed |= Anonymise(owned.TargetEntry!, retainedMembers);
        }

        return changed;
    }

    /// <summary>A JSON-friendly copy: scalar members, owned types and belonging related rows (never back-references).</summary>
    private Dictionary<string, object?> Copy(DbContext db, IEntityType entityType, object row, int depth)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal) { ["$type"] = entityType.ClrType.Name };
        var classified = Catalog.FindDataType(entityType.ClrType)?.Members;
        foreach (var property in entityType.GetProperties())
        {
            if (property.PropertyInfo is { } member)
            {
                copy[property.Name] = member.GetValue(row);
            }
            else if (classified?.Any(m => m.Name == property.Name) == true)
            {
                // A classified shadow property is stored personal data too (keys and foreign keys in the shadows are not).
                copy[property.Name] = db.Entry(row).Property(property.Name).CurrentValue;
            }
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.PropertyInfo is not null))
        {
            var target = navigation.TargetEntityType;
            var belongs = target.IsOwned() || BelongingNavigations(entityType).Contains(navigation);
            if (!belongs || depth > 2)
            {
                continue;
            }

            var value = navigation.PropertyInfo!.GetValue(row);
            copy[navigation.Name] = value switch
            {
                null => null,
                System.Collections.IEnumerable many when navigation.IsCollection => many.Cast<object>().Select(r => Copy(db, target, r, depth + 1)).ToList(),
                _ => Copy(db, target, value, depth + 1),
            };
        }

        return copy;
    }
}
