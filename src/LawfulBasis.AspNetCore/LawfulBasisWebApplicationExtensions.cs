using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LawfulBasis.AspNetCore;

/// <summary>Registers LawfulBasis in a web application, with its options read from configuration.</summary>
public static class LawfulBasisWebApplicationExtensions
{
    /// <summary>The configuration section the options are read from (<see cref="LawfulBasisConfiguration.SectionName"/>).</summary>
    public const string SectionName = LawfulBasisConfiguration.SectionName;

    /// <summary>
    /// Registers LawfulBasis with its options read from the <c>"LawfulBasis"</c> section of the configuration
    /// (<see cref="LawfulBasisServiceCollectionExtensions.AddLawfulBasis(IServiceCollection, IConfigurationSection)"/>:
    /// the settings listed on <see cref="LawfulBasisConfiguration"/>; relative paths are under the content root), then
    /// from <paramref name="configure"/>, which wins. Also maps a <see cref="ProcessingDeniedException"/> thrown anywhere
    /// in a request to its problem details (403 or 451) once the application calls <c>app.UseExceptionHandler()</c>.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="configure">Sets what configuration cannot: the assemblies, exemptions; may override paths.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddLawfulBasis(this IHostApplicationBuilder builder, Action<LawfulBasisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddLawfulBasis(builder.Configuration.GetSection(SectionName));
        builder.Services.Configure(configure);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProcessingDeniedExceptionHandler>();
        return builder;
    }

    /// <summary>Copies the settings of a configuration section onto the options; bad values are named with how to fix them.</summary>
    /// <param name="section">The <c>"LawfulBasis"</c> section.</param>
    /// <param name="contentRoot">The folder relative paths are resolved against.</param>
    /// <param name="options">The options.</param>
    /// <remarks>The same as <see cref="LawfulBasisConfiguration.Bind"/>, which it calls.</remarks>
    public static void Bind(IConfiguration section, string contentRoot, LawfulBasisOptions options) =>
        LawfulBasisConfiguration.Bind(section, contentRoot, options);
}
