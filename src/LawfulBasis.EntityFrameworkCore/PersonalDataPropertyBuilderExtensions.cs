using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Compliance.Classification;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// Classifies personal data in the EF Core model, for what cannot carry attributes: a shadow property, an entity of a
/// library the team does not own, a column another system writes. Stored as model annotations; the catalog reads them
/// (through <c>AddSubjectDataSource&lt;TContext, TEntity&gt;</c> or <c>AddModelClassifications&lt;TContext&gt;</c>) like
/// the category attributes, so the record, access reports and erasure cover them.
/// </summary>
/// <example>
/// <code>
/// modelBuilder.Entity&lt;Patient&gt;().Property&lt;DateOnly?&gt;("DateOfBirth")
///     .HasPersonalData&lt;DemographicDataAttribute&gt;().ProcessedFor&lt;Appointments&gt;();
/// </code>
/// </example>
public static class PersonalDataPropertyBuilderExtensions
{
    /// <summary>
    /// The property holds personal data of <typeparamref name="TCategory"/>, as <c>[ContactData]</c> on a member would say.
    /// Repeatable: each call adds a category.
    /// </summary>
    /// <typeparam name="TCategory">The category attribute type, for example <c>HealthDataAttribute</c>.</typeparam>
    /// <param name="property">The property.</param>
    /// <returns>The property, for chaining.</returns>
    public static PropertyBuilder HasPersonalData<TCategory>(this PropertyBuilder property)
        where TCategory : DataClassificationAttribute, new()
    {
        ArgumentNullException.ThrowIfNull(property);
        return Add(property, ModelAnnotations.Categories, typeof(TCategory));
    }

    /// <summary>
    /// The property's data is collected for, and may be used for, <typeparamref name="TPurpose"/>, as
    /// <c>[ProcessingFor&lt;TPurpose&gt;]</c> on a member would say. Repeatable: each call adds a purpose.
    /// </summary>
    /// <typeparam name="TPurpose">A type carrying <c>[Purpose]</c>.</typeparam>
    /// <param name="property">The property.</param>
    /// <returns>The property, for chaining.</returns>
    public static PropertyBuilder ProcessedFor<TPurpose>(this PropertyBuilder property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return Add(property, ModelAnnotations.Purposes, typeof(TPurpose));
    }

    private static PropertyBuilder Add(PropertyBuilder property, string annotation, Type type)
    {
        var current = property.Metadata.FindAnnotation(annotation)?.Value as Type[] ?? [];
        return current.Contains(type) ? property : property.HasAnnotation(annotation, (Type[])[.. current, type]);
    }
}
