using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>
/// The classifications of one context's EF Core model: every entity and owned type's properties, shadow properties
/// included, with the categories and purposes given fluently (<see cref="PersonalDataPropertyBuilderExtensions"/>) or
/// by attributes on the mapped CLR member (which covers entity types from assemblies outside the catalog's).
/// </summary>
/// <typeparam name="TContext">The context, resolved from the application's services to read its model.</typeparam>
internal sealed class EntityModelClassifications<TContext>(IServiceProvider services) : IClassificationSource
    where TContext : DbContext
{
    public string Name => $"The EF Core model of {typeof(TContext).Name}";

    public IEnumerable<MemberClassification> ReadClassifications()
    {
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        IModel model;
        try
        {
            // The design-time model keeps every annotation; the read-optimised runtime model need not.
            model = context.GetService<IDesignTimeModel>().Model;
        }
        catch (InvalidOperationException)
        {
            // A compiled model (dotnet ef dbcontext optimize) has no design-time model: its runtime model is all there is.
            model = context.Model;
        }

        var found = new List<MemberClassification>();
        foreach (var entityType in model.GetEntityTypes().Where(e => !e.HasSharedClrType))
        {
            foreach (var property in entityType.GetDeclaredProperties())
            {
                var categories = Types(property, ModelAnnotations.Categories);
                var purposes = Types(property, ModelAnnotations.Purposes);
                if (property.PropertyInfo is { } member && member.GetCustomAttributes<DataClassificationAttribute>(inherit: true).ToArray() is { Length: > 0 } attributes)
                {
                    // Read here too for entity types outside the catalog's assemblies (a library's); merged, so never twice.
                    categories = [.. categories, .. attributes.Select(a => a.GetType())];
                    purposes = [.. purposes, .. member.GetCustomAttributes<ProcessingForAttribute>(inherit: true).Select(a => a.Purpose)];
                }

                if (categories.Length > 0 || purposes.Length > 0)
                {
                    found.Add(new MemberClassification(entityType.ClrType, property.Name, categories, purposes));
                }
            }
        }

        return found;
    }

    private static Type[] Types(IReadOnlyProperty property, string annotation) => property.FindAnnotation(annotation)?.Value as Type[] ?? [];
}
