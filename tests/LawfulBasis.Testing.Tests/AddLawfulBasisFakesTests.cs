using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.Testing.Tests;

public class AddLawfulBasisFakesTests
{
    [Fact]
    public void The_interfaces_resolve_to_the_fakes_sharing_one_trail_and_one_fake_clock()
    {
        using var provider = new ServiceCollection().AddLawfulBasisFakes().BuildServiceProvider();

        var gate = Assert.IsType<FakeProcessingGate>(provider.GetRequiredService<IProcessingGate>());
        Assert.Same(gate, provider.GetRequiredService<FakeProcessingGate>());
        Assert.IsType<FakeConsentLedger>(provider.GetRequiredService<IConsentLedger>());
        Assert.IsType<FakeObjectionRegister>(provider.GetRequiredService<IObjectionRegister>());
        Assert.IsType<FakeRestrictionRegister>(provider.GetRequiredService<IRestrictionRegister>());
        Assert.IsType<FakeLegalHoldRegister>(provider.GetRequiredService<ILegalHoldRegister>());
        var trail = Assert.IsType<FakeAuditTrail>(provider.GetRequiredService<IAuditTrail>());
        var clock = provider.GetRequiredService<FakeTimeProvider>();
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());

        clock.Advance(TimeSpan.FromHours(1));
        provider.GetRequiredService<IConsentLedger>().Give<Newsletter>("c-1", "form");
        gate.TryBegin<Newsletter>("c-1", ProcessingOperation.Profile, out _);
        Assert.Equal(["ConsentGiven", "Decision"], trail.EntriesFor("c-1").Select(e => e.Event));
        Assert.All(trail.Entries, e => Assert.Equal(clock.GetUtcNow(), e.Time));
    }

    [Fact]
    public void The_fakes_replace_AddLawfulBasis_whichever_comes_first_and_keep_a_registered_clock()
    {
        var system = TimeProvider.System;
        var before = new ServiceCollection().AddSingleton(system);
        before.AddLawfulBasis(o => o.AddAssemblyOf<Ordering>());
        before.AddLawfulBasisFakes();
        var after = new ServiceCollection().AddSingleton(system);
        after.AddLawfulBasisFakes();
        after.AddLawfulBasis(o => o.AddAssemblyOf<Ordering>());

        foreach (var services in new[] { before, after })
        {
            using var provider = services.BuildServiceProvider();
            Assert.IsType<FakeProcessingGate>(provider.GetRequiredService<IProcessingGate>());
            Assert.IsType<FakeAuditTrail>(provider.GetRequiredService<IAuditTrail>());
            Assert.IsType<FakeConsentLedger>(provider.GetRequiredService<IConsentLedger>());
            Assert.IsType<FakeLegalHoldRegister>(provider.GetRequiredService<ILegalHoldRegister>());
            Assert.Same(system, provider.GetRequiredService<TimeProvider>());
            Assert.Null(provider.GetService<FakeTimeProvider>());
        }
    }
}
