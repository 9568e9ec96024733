using System.Collections.Concurrent;
using FaceSearch.Lawful;
using LawfulBasis;
using LawfulBasis.Processing;
using LawfulBasis.Rights;
using Microsoft.Extensions.DependencyInjection;

// The seed case corrected. It builds with no LawfulBasis warning, and it can answer access and erasure.
var data = Directory.CreateTempSubdirectory("face-search-").FullName;
var templates = new FaceTemplates();
var services = new ServiceCollection();
services.AddSingleton<ISubjectDataSource>(templates);
services.AddLawfulBasis(options =>
{
    options.AddAssemblyOf<FaceUnlock>();
    options.TrailPath = Path.Combine(data, "audit", "trail.jsonl");
    options.KeyStorePath = Path.Combine(data, "keys");
    options.RegisterPath = Path.Combine(data, "registers");
});

await using (var provider = services.BuildServiceProvider())
{
    var gate = provider.GetRequiredService<IProcessingGate>();
    var consents = provider.GetRequiredService<LawfulBasis.Registers.IConsentLedger>();
    var requests = provider.GetRequiredService<IRequestLedger>();
    var rights = provider.GetRequiredService<ISubjectRights>();
    const string account = "account-7";

    var refused = gate.TryBegin<FaceUnlock>(account, ProcessingOperation.Collect, out var before);
    Console.WriteLine($"enrol without consent: {(refused ? "allowed" : "refused")} — {before}");

    consents.Give<FaceUnlock>(account, "enrolment screen: separate, explicit statement", "face-unlock-notice-v2", isExplicit: true);
    gate.Begin<FaceUnlock>(account, ProcessingOperation.Collect);
    templates.Enrol(new FaceTemplate { AccountId = account, PhotoReference = "enrolment/7.jpg", Embedding = [0.1f, 0.2f, 0.3f] });
    Console.WriteLine("enrolled with explicit consent (Art. 9(2)(a))");

    var access = requests.Receive(account, SubjectRequestKind.Access);
    requests.VerifyIdentity(access.Id, verified: true);
    var report = await rights.AccessAsync(access.Id);
    Console.WriteLine($"access request answered: {report.Sources.Sum(s => s.Records.Count)} template(s), {report.History.Count} history entries, due by {access.DueAt:yyyy-MM-dd}");

    var erasure = requests.Receive(account, SubjectRequestKind.Erasure);
    requests.VerifyIdentity(erasure.Id, verified: true);
    var receipt = await rights.EraseAsync(erasure.Id);
    Console.WriteLine($"erasure: {string.Join("; ", receipt.Steps.Select(s => $"{s.Source}: {s.Outcome}"))}; complete: {receipt.IsComplete}");
}

Directory.Delete(data, recursive: true);

/// <summary>The template store; it answers access and erasure requests for <see cref="FaceTemplate"/>.</summary>
internal sealed class FaceTemplates : ISubjectDataSource
{
    private readonly ConcurrentDictionary<string, FaceTemplate> _templates = new();

    public Type DataType => typeof(FaceTemplate);
    public string Name => "Face templates";
    public DataProvenance Provenance => DataProvenance.ProvidedBySubject;

    public void Enrol(FaceTemplate template) => _templates[template.AccountId] = template;

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(_templates.TryGetValue(subjectId, out var template) ? [template] : []);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult(_templates.TryRemove(subjectId, out _) ? ErasureOutcome.Erased : ErasureOutcome.NothingHeld);
}
