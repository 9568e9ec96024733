using System.Collections.Concurrent;
using System.Text.Json;
using LawfulBasis.Rights;

namespace LawfulBasis.Tests.Runtime;

[Purpose("Keep accounting records", LegalBasis.LegalObligation, LegalReference = "Code de commerce, art. L123-22", Retention = "P10Y")]
public sealed class Bookkeeping;

[Purpose("Answer support tickets", LegalBasis.Contract, Retention = "P1Y", Recipients = ["Helpdesk provider"])]
[Transfer("US", TransferSafeguard.StandardContractualClauses, Recipient = "Helpdesk provider", Reference = "SCC 2021/914 module 3")]
public sealed class Support;

[Purpose("Treat patients", LegalBasis.Contract, Condition = SpecialCategoryCondition.HealthOrSocialCare,
    LegalReference = "Code de la santé publique, art. L1111-8", Retention = "P20Y")]
public sealed class Treatment;

[DataSubject("patient")]
[ProcessingFor<Treatment>]
public sealed record MedicalRecord([property: SubjectId] string PatientId, [property: HealthData] string Diagnosis);

/// <summary>Medical records in memory.</summary>
public sealed class MedicalRecords : ISubjectDataSource
{
    public Type DataType => typeof(MedicalRecord);
    public string Name => "Medical records";
    public DataProvenance Provenance => DataProvenance.Derived;

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<object>>([]);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) => Task.FromResult(ErasureOutcome.NothingHeld);
}

[DataSubject("customer")]
public sealed record CustomerAccount(
    [property: SubjectId] string CustomerId,
    [property: NameData, ProcessingFor<Ordering>] string Name,
    [property: ContactData, ProcessingFor<Ordering>, ProcessingFor<Newsletter>] string Email);

[DataSubject("customer")]
[ProcessingFor<Bookkeeping>]
public sealed record InvoiceRecord([property: SubjectId] string CustomerId, string Number, [property: FinancialData] string Iban, decimal Total);

[DataSubject("customer")]
[ProcessingFor<Support>]
public sealed record SupportTicket([property: SubjectId] string CustomerId, string Number, [property: ContentData] string Text);

/// <summary>Customer accounts in memory; can be told to fail its next erasure.</summary>
public sealed class CustomerAccounts : ISubjectDataSource
{
    private readonly ConcurrentDictionary<string, CustomerAccount> _accounts = new();

    public Type DataType => typeof(CustomerAccount);
    public string Name => "Customer accounts";
    public DataProvenance Provenance => DataProvenance.ProvidedBySubject;
    public bool FailNextErase { get; set; }

    public void Add(CustomerAccount account) => _accounts[account.CustomerId] = account;

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(_accounts.TryGetValue(subjectId, out var account) ? [account] : []);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken)
    {
        if (FailNextErase)
        {
            FailNextErase = false;
            throw new IOException("the accounts database is unreachable");
        }

        return Task.FromResult(_accounts.TryRemove(subjectId, out _) ? ErasureOutcome.Erased : ErasureOutcome.NothingHeld);
    }
}

/// <summary>Invoices in memory.</summary>
public sealed class Invoices : ISubjectDataSource
{
    private readonly ConcurrentBag<InvoiceRecord> _invoices = [];

    public Type DataType => typeof(InvoiceRecord);
    public string Name => "Invoices";
    public DataProvenance Provenance => DataProvenance.Derived;
    public int EraseCalls { get; private set; }

    public void Add(InvoiceRecord invoice) => _invoices.Add(invoice);

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>([.. _invoices.Where(i => i.CustomerId == subjectId)]);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken)
    {
        EraseCalls++;
        throw new InvalidOperationException("Invoices must be retained; erasure should never reach this source.");
    }
}

/// <summary>Support tickets in a JSON Lines file: a real store on disk.</summary>
public sealed class SupportTicketFile(string path) : ISubjectDataSource
{
    public Type DataType => typeof(SupportTicket);
    public string Name => "Support tickets (file)";
    public DataProvenance Provenance => DataProvenance.ProvidedBySubject;

    public void Add(SupportTicket ticket)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, JsonSerializer.Serialize(ticket) + "\n");
    }

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>([.. Read().Where(t => t.CustomerId == subjectId)]);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken)
    {
        var all = Read();
        var kept = all.Where(t => t.CustomerId != subjectId).ToArray();
        if (kept.Length == all.Length)
        {
            return Task.FromResult(ErasureOutcome.NothingHeld);
        }

        var temporary = path + ".tmp";
        File.WriteAllLines(temporary, kept.Select(t => JsonSerializer.Serialize(t)));
        File.Move(temporary, path, overwrite: true);
        return Task.FromResult(ErasureOutcome.Erased);
    }

    private SupportTicket[] Read() =>
        File.Exists(path) ? [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<SupportTicket>(l)!)] : [];
}
