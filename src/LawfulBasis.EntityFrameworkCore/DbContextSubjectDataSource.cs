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

    public DbContextSubjectDataSource(IServiceProvider services, string key, string? name, DataProvenance provenance)
    {
        _scopes = services.GetRequiredService<IServiceScopeFactory>();
        // Resolved on first use: start-up validation lists an invalid catalog's problems before anything needs it.
        _catalogOnce = new Lazy<ProcessingCatalog>(services.GetRequiredService<ProcessingCatalog>);
        _key = key;
        Name = name ?? $"{typeof(TEntity).Name} ({typeof(TContext).Name})";
        Provenance = provenance;
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

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        EraseAsync(subjectId, retainedMembers: null, cancellationToken);

    /// <summary>
    /// Clears every personal-data member of the subject's rows except those an Art. 17(3) exception keeps, and deletes
    /// the related personal data that belongs to them; the rows themselves stay, holding only what is retained.
    /// </summary>
    public Task<ErasureOutcome> EraseExceptAsync(string subjectId, IReadOnlySet<string> retainedMembers, CancellationToken cancellationToken) =>
        EraseAsync(subjectId, retainedMembers, cancellationToken);

    private async Task<ErasureOutcome> EraseAsync(string subjectId, IReadOnlySet<string>? retainedMembers, CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        using var erasure = ProcessingPurpose.BeginRightsErasure(); // the rights engine records the erasure itself
        await using var transaction = db.Database.IsRelational()
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;

        var rows = await Query(db, subjectId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        var relatedDeleted = 0;
        var anonymised = 0;
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            foreach (var navigation in BelongingNavigations(entityType))
            {
                foreach (var related in Related(entry, navigation))
                {
                    db.Remove(related);
                    relatedDeleted++;
                }
            }

            if (retainedMembers is not null || await HasOtherSubjectDataAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                anonymised += Anonymise(entry, retainedMembers) ? 1 : 0;
            }
            else
            {
                db.Remove(row);
                deleted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return deleted > 0 ? ErasureOutcome.Erased
            : anonymised + relatedDeleted > 0 ? ErasureOutcome.Anonymised
            : ErasureOutcome.NothingHeld;
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
            && Catalog.DataTypes.FirstOrDefault(t => t.Type == n.TargetEntityType.ClrType) is { SubjectCategory: null, Members.Count: > 0 });

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
            if (Catalog.DataTypes.FirstOrDefault(t => t.Type == navigation.TargetEntityType.ClrType) is not { SubjectCategory: not null })
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
        var personal = Catalog.DataTypes.FirstOrDefault(t => t.Type == entry.Metadata.ClrType);
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
        var classified = Catalog.DataTypes.FirstOrDefault(t => t.Type == entityType.ClrType)?.Members;
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
