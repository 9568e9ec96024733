using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Tests.Runtime;

/// <summary>AddSubjectDataSource&lt;T&gt;() shares the application's instance of T, and refuses a second registration.</summary>
public sealed class SubjectDataSourceRegistrationTests
{
    [Fact]
    public void The_source_is_the_instance_the_application_registered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<CustomerAccounts>();
        services.AddSubjectDataSource<CustomerAccounts>();
        using var provider = services.BuildServiceProvider();

        var application = provider.GetRequiredService<CustomerAccounts>();

        Assert.Same(application, Assert.Single(provider.GetServices<ISubjectDataSource>()));
    }

    [Fact]
    public void The_source_is_created_once_when_the_application_did_not_register_it()
    {
        var services = new ServiceCollection();
        services.AddSubjectDataSource<Invoices>();
        using var provider = services.BuildServiceProvider();

        var first = Assert.Single(provider.GetServices<ISubjectDataSource>());

        Assert.IsType<Invoices>(first);
        Assert.Same(first, Assert.Single(provider.GetServices<ISubjectDataSource>()));
    }

    [Fact]
    public void Registering_a_source_twice_is_refused_with_the_fix()
    {
        var services = new ServiceCollection();
        services.AddSubjectDataSource<Invoices>();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddSubjectDataSource<Invoices>());

        Assert.Contains("Invoices is registered as a subject data source twice", error.Message);
        Assert.Contains("AddSubjectDataSource<Invoices>() once", error.Message);
    }

    [Fact]
    public void A_source_registered_by_hand_and_again_with_AddSubjectDataSource_is_refused()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISubjectDataSource, Invoices>();

        Assert.Throws<InvalidOperationException>(() => services.AddSubjectDataSource<Invoices>());
    }
}
