using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LawfulBasis.EntityFrameworkCore;

/// <summary>Adds one context's model to <see cref="LawfulBasisOptions.ClassificationSources"/>.</summary>
/// <typeparam name="TContext">The context.</typeparam>
internal sealed class ModelClassificationsSetup<TContext>(IServiceProvider services) : IConfigureOptions<LawfulBasisOptions>
    where TContext : DbContext
{
    public void Configure(LawfulBasisOptions options) => options.ClassificationSources.Add(new EntityModelClassifications<TContext>(services));
}
