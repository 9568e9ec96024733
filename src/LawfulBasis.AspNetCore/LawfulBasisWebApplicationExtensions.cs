using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LawfulBasis.AspNetCore;

/// <summary>Registers LawfulBasis in a web application, with its options read from configuration.</summary>
public static class LawfulBasisWebApplicationExtensions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "LawfulBasis";

    /// <summary>
    /// Registers LawfulBasis (<see cref="LawfulBasisServiceCollectionExtensions.AddLawfulBasis"/>) with its options read
    /// from the <c>"LawfulBasis"</c> section of the configuration (<c>TrailPath</c>, <c>KeyStorePath</c>,
    /// <c>RegisterPath</c>, <c>FlushMode</c>, <c>QueueCapacity</c>, <c>BatchSize</c>, <c>DefaultActor</c>; relative
    /// paths are under the content root), then from <paramref name="configure"/>, which wins. Also maps a
    /// <see cref="ProcessingDeniedException"/> thrown anywhere in a request to its problem details (403 or 451) once
    /// the application calls <c>app.UseExceptionHandler()</c>.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="configure">Sets what configuration cannot: the assemblies, exemptions; may override paths.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddLawfulBasis(this IHostApplicationBuilder builder, Action<LawfulBasisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var section = builder.Configuration.GetSection(SectionName);
        var root = builder.Environment.ContentRootPath;
        builder.Services.AddLawfulBasis(options =>
        {
            Bind(section, root, options);
            configure(options);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProcessingDeniedExceptionHandler>();
        return builder;
    }

    /// <summary>Copies the settings of a configuration section onto the options; bad values are named with how to fix them.</summary>
    /// <param name="section">The <c>"LawfulBasis"</c> section.</param>
    /// <param name="contentRoot">The folder relative paths are resolved against.</param>
    /// <param name="options">The options.</param>
    public static void Bind(IConfiguration section, string contentRoot, LawfulBasisOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        string? Path(string key) => section[key] is { Length: > 0 } value ? System.IO.Path.GetFullPath(value, contentRoot) : null;

        options.TrailPath = Path(nameof(options.TrailPath)) ?? options.TrailPath;
        options.KeyStorePath = Path(nameof(options.KeyStorePath)) ?? options.KeyStorePath;
        options.RegisterPath = Path(nameof(options.RegisterPath)) ?? options.RegisterPath;
        options.DefaultActor = section[nameof(options.DefaultActor)] is { Length: > 0 } actor ? actor : options.DefaultActor;
        if (section[nameof(options.FlushMode)] is { Length: > 0 } mode)
        {
            options.FlushMode = Enum.TryParse<TrailFlushMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"Configuration {SectionName}:{nameof(options.FlushMode)} is \"{mode}\": use Batched or Durable.");
        }

        options.QueueCapacity = Number(nameof(options.QueueCapacity)) ?? options.QueueCapacity;
        options.BatchSize = Number(nameof(options.BatchSize)) ?? options.BatchSize;

        int? Number(string key) => section[key] switch
        {
            null or "" => null,
            var text when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            var text => throw new InvalidOperationException($"Configuration {SectionName}:{key} is \"{text}\": use a whole number."),
        };
    }
}
