using LawfulBasis.Processing;
using LawfulBasis.Rights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LawfulBasis.Tests.Runtime;

/// <summary>AddLawfulBasis() and AddLawfulBasis(section): options from configuration, validated in their three parts.</summary>
public sealed class ConfigurationRegistrationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lawfulbasis-configuration-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The services with the test assembly's subject data sources (so the catalog is answerable) and a configuration.</summary>
    private ServiceCollection Services(Dictionary<string, string?> settings, bool registerConfiguration = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISubjectDataSource>(new CustomerAccounts());
        services.AddSingleton<ISubjectDataSource>(new Invoices());
        services.AddSingleton<ISubjectDataSource>(new SupportTicketFile(Path.Combine(_root, "tickets.jsonl")));
        services.AddSingleton<ISubjectDataSource>(new MedicalRecords());
        if (registerConfiguration)
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }

        return services;
    }

    private Dictionary<string, string?> Settings(string section = "LawfulBasis") => new()
    {
        [$"{section}:Assemblies:0"] = typeof(Ordering).Assembly.GetName().Name,
        [$"{section}:TrailPath"] = Path.Combine(_root, "audit", "trail.jsonl"),
        [$"{section}:KeyStorePath"] = Path.Combine(_root, "keys"),
        [$"{section}:RegisterPath"] = Path.Combine(_root, "registers"),
        [$"{section}:FlushMode"] = "durable",
        [$"{section}:QueueCapacity"] = "128",
        [$"{section}:DefaultActor"] = "shop-api",
        [$"{section}:AcceptTrailChange"] = "0123456789abcdef",
    };

    [Fact]
    public void With_no_arguments_the_LawfulBasis_section_of_the_registered_configuration_is_bound_and_the_gate_works()
    {
        var services = Services(Settings());
        services.AddLawfulBasis();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var options = provider.GetRequiredService<IOptions<LawfulBasisOptions>>().Value;
        Assert.Equal([typeof(Ordering).Assembly], options.Assemblies);
        Assert.Equal(Path.Combine(_root, "audit", "trail.jsonl"), options.TrailPath);
        Assert.Equal(TrailFlushMode.Durable, options.FlushMode);
        Assert.Equal(128, options.QueueCapacity);
        Assert.Equal("shop-api", options.DefaultActor);
        Assert.Equal("0123456789abcdef", options.AcceptTrailChange); // accepts nothing here: no trail was lost
        Assert.True(provider.GetRequiredService<IProcessingGate>().TryBegin<Ordering>("c-1", ProcessingOperation.Read, out _));
    }

    [Fact]
    public void A_section_binds_relative_paths_under_the_hosts_content_root_and_code_configured_after_it_wins()
    {
        var settings = Settings("Privacy:Gdpr");
        settings["Privacy:Gdpr:TrailPath"] = "data/audit/trail.jsonl";
        settings["Privacy:Gdpr:RegisterPath"] = "data/registers";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = Services([], registerConfiguration: false);
        services.AddSingleton<IHostEnvironment>(new ContentRoot(_root));
        services.AddLawfulBasis(configuration.GetSection("Privacy:Gdpr"));
        services.Configure<LawfulBasisOptions>(o => o.DefaultActor = "from-code");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LawfulBasisOptions>>().Value;
        Assert.Equal(Path.Combine(_root, "data", "audit", "trail.jsonl"), options.TrailPath);
        Assert.Equal(Path.Combine(_root, "data", "registers"), options.RegisterPath);
        Assert.Equal("from-code", options.DefaultActor);
    }

    [Fact]
    public void With_no_arguments_and_no_configuration_registered_the_validation_says_what_is_missing()
    {
        var services = Services([], registerConfiguration: false);
        services.AddLawfulBasis();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("No assembly is named for the catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("LawfulBasis:Assemblies", error.Message, StringComparison.Ordinal);
        Assert.Contains("TrailPath is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FlushMode", "Sometimes", "Configuration LawfulBasis:FlushMode is \"Sometimes\": use Batched or Durable.")]
    [InlineData("FlushMode", "7", "Configuration LawfulBasis:FlushMode is \"7\": use Batched or Durable.")]
    [InlineData("BatchSize", "lots", "Configuration LawfulBasis:BatchSize is \"lots\": use a whole number.")]
    [InlineData("CheckpointPeriod", "a minute", "Configuration LawfulBasis:CheckpointPeriod is \"a minute\": use a duration such as 00:01:00 (hh:mm:ss).")]
    [InlineData("ClosedRequestsReadableFor", "a month", "Configuration LawfulBasis:ClosedRequestsReadableFor is \"a month\": use a duration such as 30.00:00:00 (d.hh:mm:ss).")]
    [InlineData("Assemblies:0", "Acme.Nowhere", "Configuration LawfulBasis:Assemblies names \"Acme.Nowhere\", which cannot be loaded")]
    public void A_setting_that_cannot_be_read_is_named_with_its_value_and_the_fix(string key, string value, string message)
    {
        var settings = Settings();
        settings[$"LawfulBasis:{key}"] = value;
        var services = Services(settings);
        services.AddLawfulBasis();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_ranges_are_checked_by_the_generated_validator()
    {
        var settings = Settings();
        settings["LawfulBasis:QueueCapacity"] = "0";
        settings["LawfulBasis:BatchSize"] = "-1";
        var services = Services(settings);
        services.AddLawfulBasis();
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("QueueCapacity must be at least 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchSize must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_of_the_validation_is_registered_once_however_often_AddLawfulBasis_is_called()
    {
        var services = Services(Settings());
        services.AddLawfulBasis();
        services.AddLawfulBasis(o => o.DefaultActor = "again");
        var validators = services.Where(d => d.ServiceType == typeof(IValidateOptions<LawfulBasisOptions>)).Select(d => d.ImplementationType!.Name).ToList();
        Assert.Equal(
            ["LawfulBasisOptionsAnnotationsValidator", "LawfulBasisOptionsValidator", "LawfulBasisFileSystemValidator", "SubjectRightsValidator"],
            validators);
    }

    private sealed class ContentRoot(string path) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Tests";
        public string ContentRootPath { get; set; } = path;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
