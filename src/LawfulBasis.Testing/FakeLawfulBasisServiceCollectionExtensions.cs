using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.Testing;

/// <summary>Registers the LawfulBasis fakes in a test's service collection.</summary>
public static class FakeLawfulBasisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the fakes in place of the real services, whether <c>AddLawfulBasis</c> was called before or is called
    /// after: <see cref="FakeProcessingGate"/> as <see cref="IProcessingGate"/>, <see cref="FakeConsentLedger"/>,
    /// <see cref="FakeObjectionRegister"/>, <see cref="FakeRestrictionRegister"/> and <see cref="FakeLegalHoldRegister"/> as
    /// their interfaces, and
    /// <see cref="FakeAuditTrail"/> as <see cref="IAuditTrail"/>; each also as itself, so a test can script and inspect it
    /// (<c>provider.GetRequiredService&lt;FakeProcessingGate&gt;()</c>). They share one trail and one clock: the
    /// <see cref="TimeProvider"/> already registered, or else a <see cref="FakeTimeProvider"/> registered here (as itself
    /// too, to advance it). No file is read or written.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="catalog">Where purposes are looked up; when null, each purpose type's own assembly is read (once).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLawfulBasisFakes(this IServiceCollection services, ProcessingCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            var clock = new FakeTimeProvider();
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
        }

        services.TryAddSingleton(sp => new FakeAuditTrail(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new FakeProcessingGate(catalog, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FakeAuditTrail>()));
        services.TryAddSingleton(sp => new FakeConsentLedger(catalog, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FakeAuditTrail>()));
        services.TryAddSingleton(sp => new FakeObjectionRegister(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FakeAuditTrail>()));
        services.TryAddSingleton(sp => new FakeRestrictionRegister(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FakeAuditTrail>()));
        services.TryAddSingleton(sp => new FakeLegalHoldRegister(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FakeAuditTrail>()));

        Replace<IAuditTrail, FakeAuditTrail>(services);
        Replace<IProcessingGate, FakeProcessingGate>(services);
        Replace<IConsentLedger, FakeConsentLedger>(services);
        Replace<IObjectionRegister, FakeObjectionRegister>(services);
        Replace<IRestrictionRegister, FakeRestrictionRegister>(services);
        Replace<ILegalHoldRegister, FakeLegalHoldRegister>(services);
        return services;
    }

    /// <summary>Makes <typeparamref name="TService"/> resolve to the fake, replacing a real registration made before (one made after is a TryAdd and loses).</summary>
    private static void Replace<TService, TFake>(IServiceCollection services)
        where TService : class
        where TFake : class, TService
    {
        services.RemoveAll<TService>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<TFake>());
    }
}
