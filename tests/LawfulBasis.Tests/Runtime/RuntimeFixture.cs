using LawfulBasis.Audit;
using LawfulBasis.Processing;
using LawfulBasis.Registers;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LawfulBasis.Tests.Runtime;

// Purposes and data the runtime tests process. They live in the test assembly, which is also what the catalog reads.
[Purpose("Take and ship orders", LegalBasis.Contract, Retention = "P3Y", Categories = [typeof(ContactDataAttribute)])]
public sealed class Ordering;

[Purpose("Send the newsletter", LegalBasis.Consent, DirectMarketing = true, Retention = "P2Y")]
public sealed class Newsletter;

[Purpose("Detect fraud", LegalBasis.LegitimateInterests, AssessmentReference = "LIA-7", Retention = "P13M")]
public sealed class FraudDetection;

[Purpose("Suggest allergy-safe products", LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent, Categories = [typeof(HealthDataAttribute)])]
public sealed class AllergyAdvice;

public sealed class NotAPurpose;

/// <summary>A LawfulBasis service provider over a fresh temporary folder, with a controllable clock.</summary>
public sealed class RuntimeFixture : IDisposable
{
    private readonly ServiceProvider _services;

    private readonly bool _ownsFolder;

    /// <summary>Creates the runtime; over <paramref name="folder"/> (kept on dispose) when given, else over a new temporary folder.</summary>
    public RuntimeFixture(
        TrailFlushMode mode = TrailFlushMode.Batched, Action<LawfulBasisOptions>? configure = null, string? folder = null, Action<IServiceCollection>? addServices = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("lawfulbasis-runtime-").FullName;
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        Accounts = new CustomerAccounts();
        InvoiceStore = new Invoices();
        Tickets = new SupportTicketFile(Path.Combine(Folder, "app-data", "tickets.jsonl"));
        services.AddSingleton<ISubjectDataSource>(Accounts);
        services.AddSingleton<ISubjectDataSource>(InvoiceStore);
        services.AddSingleton<ISubjectDataSource>(Tickets);
        services.AddSingleton<ISubjectDataSource>(new MedicalRecords());
        addServices?.Invoke(services);
        services.AddLawfulBasis(options =>
        {
            options.AddAssemblyOf<Ordering>();
            options.TrailPath = TrailPath;
            options.KeyStorePath = Path.Combine(Folder, "keys");
            options.RegisterPath = Path.Combine(Folder, "registers");
            options.FlushMode = mode;
            configure?.Invoke(options);
        });
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; }
    public CustomerAccounts Accounts { get; }
    public Invoices InvoiceStore { get; }
    public SupportTicketFile Tickets { get; }
    public IRequestLedger Requests => _services.GetRequiredService<IRequestLedger>();
    public ISubjectRights Rights => _services.GetRequiredService<ISubjectRights>();
    public string TrailPath => Path.Combine(Folder, "audit", "trail.jsonl");
    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _services;
    public IProcessingGate Gate => _services.GetRequiredService<IProcessingGate>();
    public IConsentLedger Consents => _services.GetRequiredService<IConsentLedger>();
    public IObjectionRegister Objections => _services.GetRequiredService<IObjectionRegister>();
    public IRestrictionRegister Restrictions => _services.GetRequiredService<IRestrictionRegister>();
    public ILegalHoldRegister Holds => _services.GetRequiredService<ILegalHoldRegister>();
    public IAuditTrail Trail => _services.GetRequiredService<IAuditTrail>();
    public ProcessingCatalog Catalog => _services.GetRequiredService<ProcessingCatalog>();

    public void StartHost() => _services.GetRequiredService<IStartupValidator>().Validate();

    public string[] TrailLines()
    {
        Trail.FlushAsync().GetAwaiter().GetResult();
        return File.ReadAllLines(TrailPath);
    }

    public void Dispose()
    {
        _services.Dispose();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
