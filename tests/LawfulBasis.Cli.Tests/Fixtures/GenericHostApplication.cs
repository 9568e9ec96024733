using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LawfulBasis.Cli.Tests.Fixtures;

/// <summary>
/// This test assembly as an application whose tool host is written the way a web application's usually is, and the
/// fresh-eyes trial's was: the .NET host's builder given the tool's arguments, the LawfulBasis settings read from
/// appsettings.json in the host's content root (which is the current folder unless <c>--contentRoot</c> says otherwise).
/// It does nothing about a relative <c>--contentRoot</c> (the Clinic's host does): the tool has to. Used as
/// <c>--app LawfulBasis.Cli.Tests.dll</c>.
/// </summary>
public sealed class GenericHostToolHost : ILawfulBasisToolHost
{
    /// <inheritdoc />
    public IServiceProvider CreateServices(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddLawfulBasis();
        builder.Services.Configure<LawfulBasisOptions>(o => o.AddAssemblyOf<AnswerTestRequests>());
        return builder.Build().Services;
    }
}

/// <summary>The one purpose of the application, so that its catalog is valid and only its settings are under test.</summary>
[Purpose("Answer the tool's test requests", LegalBasis.Contract, ContractReference = "Test terms v1", Retention = "P1Y")]
public sealed class AnswerTestRequests;
