using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LawfulBasis;

/// <summary>
/// Applies a configuration section to <see cref="LawfulBasisOptions"/> when the options are first read: the section
/// given to <c>AddLawfulBasis(section)</c>, or the <c>"LawfulBasis"</c> section of the registered
/// <see cref="IConfiguration"/> for <c>AddLawfulBasis()</c> (nothing when no configuration is registered). Relative paths
/// are resolved against the host's content root, or the current directory outside a host.
/// </summary>
internal sealed class LawfulBasisConfigurationBinding(IServiceProvider services, IConfiguration? section) : IConfigureOptions<LawfulBasisOptions>
{
    /// <inheritdoc />
    public void Configure(LawfulBasisOptions options)
    {
        var source = section ?? services.GetService<IConfiguration>()?.GetSection(LawfulBasisConfiguration.SectionName);
        if (source is null)
        {
            return;
        }

        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        LawfulBasisConfiguration.Bind(source, contentRoot, options);
    }
}
