using System.Linq.Expressions;
using System.Reflection;
using LawfulBasis.Processing;
using LawfulBasis.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>Registers EF Core entities as subject data sources, and gates <c>SaveChanges</c>.</summary>
public static class LawfulBasisEntityFrameworkCoreExtensions
{
    /// <summary>
    /// Answers access and erasure requests for <typeparamref name="TEntity"/> from <typeparamref name="TContext"/>:
    /// <c>services.AddSubjectDataSource&lt;ClinicDb, Patient&gt;(p =&gt; p.Id)</c>, or without the selector when a
    /// member carries <c>[SubjectId]</c>. Access returns the subject's rows with their owned types and the related
    /// personal data that belongs to them; erasure deletes them in one transaction, or anonymises a row that other
    /// data subjects' data still depends on. Running it twice changes nothing more.
    /// </summary>
    /// <typeparam name="TContext">The context (registered with <c>AddDbContext</c>).</typeparam>
    /// <typeparam name="TEntity">The <c>[DataSubject]</c> entity type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="subjectId">The member that holds the subject's identifier; by default the one carrying <c>[SubjectId]</c>.</param>
    /// <param name="name">The source's name in access reports and receipts; by default "Entity (Context)".</param>
    /// <param name="provenance">Where the data comes from (decides portability).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSubjectDataSource<TContext, TEntity>(
        this IServiceCollection services,
        Expression<Func<TEntity, object?>>? subjectId = null,
        string? name = null,
        DataProvenance provenance = DataProvenance.ProvidedBySubject)
        where TContext : DbContext
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(services);
        var key = subjectId is null ? SubjectIdOf(typeof(TEntity)) : MemberOf(subjectId);
        services.AddSingleton<ISubjectDataSource>(sp => new DbContextSubjectDataSource<TContext, TEntity>(sp, key, name, provenance));
        return services.AddModelClassifications<TContext>();
    }

    /// <summary>
    /// Adds the classifications of <typeparamref name="TContext"/>'s EF Core model to the catalog: properties classified
    /// with <see cref="PersonalDataPropertyBuilderExtensions.HasPersonalData{TCategory}"/> and
    /// <see cref="PersonalDataPropertyBuilderExtensions.ProcessedFor{TPurpose}"/> (shadow properties included), and
    /// category attributes on entity members outside the catalog's assemblies. Called by
    /// <c>AddSubjectDataSource&lt;TContext, TEntity&gt;</c>; call it yourself for a context that answers no request.
    /// The model is read once, when the catalog is built (at start-up validation).
    /// </summary>
    /// <typeparam name="TContext">The context (registered with <c>AddDbContext</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddModelClassifications<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        // One per context however often it is called (TryAddEnumerable compares the implementation type).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<LawfulBasisOptions>, ModelClassificationsSetup<TContext>>());
        return services;
    }

    /// <summary>
    /// Gates every <c>SaveChanges</c> of this context: each added, modified or deleted <c>[DataSubject]</c> entity is
    /// decided and recorded (Store, Update, Erase) by the processing gate, and the save is refused with a
    /// <c>ProcessingDeniedException</c> when the gate denies (an erased or restricted subject, a withdrawn consent).
    /// Use inside <c>AddDbContext((sp, options) =&gt; options.UseSqlite(...).UseLawfulBasis(sp))</c>.
    /// </summary>
    /// <param name="options">The context options.</param>
    /// <param name="services">The application's services (with <c>AddLawfulBasis</c>).</param>
    /// <returns>The options.</returns>
    public static DbContextOptionsBuilder UseLawfulBasis(this DbContextOptionsBuilder options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        return options.AddInterceptors(services.GetRequiredService<ProcessingGateInterceptor>());
    }

    /// <summary>Registers the <c>SaveChanges</c> gate used by <see cref="UseLawfulBasis"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLawfulBasisSaveChangesGate(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Resolves the gate on first save, not when the context's options are built: reading the model for the catalog
        // builds those options, and the gate needs the catalog.
        services.TryAddSingleton(sp => new ProcessingGateInterceptor(
            new Lazy<IProcessingGate>(sp.GetRequiredService<IProcessingGate>), new Lazy<ProcessingCatalog>(sp.GetRequiredService<ProcessingCatalog>)));
        return services;
    }

    private static string SubjectIdOf(Type entity) =>
        entity.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => p.IsDefined(typeof(SubjectIdAttribute), inherit: true))?.Name
        ?? throw new InvalidOperationException(
            $"{entity.Name} has no member marked [SubjectId]: mark the member that identifies the data subject, or name it: AddSubjectDataSource<TContext, {entity.Name}>(e => e.Id).");

    private static string MemberOf<TEntity>(Expression<Func<TEntity, object?>> selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
        return body is MemberExpression { Member: PropertyInfo property } member && member.Expression is ParameterExpression
            ? property.Name
            : throw new ArgumentException($"The subject id selector must name one property of {typeof(TEntity).Name}, like e => e.Id; got {selector}.", nameof(selector));
    }
}
