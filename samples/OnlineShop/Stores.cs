using System.Text.Json;
using LawfulBasis.Rights;

namespace OnlineShop;

/// <summary>
/// The shop's stores: one JSON Lines file each in the shop's data folder, standing in for its database. Each one tells
/// LawfulBasis how to find and erase what it holds about a customer, so access and erasure requests reach every copy.
/// </summary>
public abstract class ShopStore<T>(string folder, string name, DataProvenance provenance, Func<T, Guid> subjectOf) : ISubjectDataSource
    where T : notnull
{
    private readonly string _path = Path.Combine(Directory.CreateDirectory(folder).FullName, typeof(T).Name.ToLowerInvariant() + "s.jsonl");
    private readonly Lock _gate = new();

    public Type DataType => typeof(T);
    public string Name => name;
    public DataProvenance Provenance => provenance;

    public void Add(T record)
    {
        lock (_gate)
        {
            File.AppendAllLines(_path, [JsonSerializer.Serialize(record)]);
        }
    }

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<object>>([.. Read().Where(r => Is(r, subjectId)).Cast<object>()]);
        }
    }

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Erase(subjectId) > 0 ? ErasureOutcome.Erased : ErasureOutcome.NothingHeld);

    // The receipt's proof: how many records went (counts only). A store with related data would list its types too.
    public Task<SourceErasure> EraseAsync(string subjectId, ErasureStep step, CancellationToken cancellationToken)
    {
        var erased = Erase(subjectId);
        return Task.FromResult(erased > 0
            ? new SourceErasure(ErasureOutcome.Erased, [new ErasedRecords(typeof(T), erased, anonymised: 0)])
            : new SourceErasure(ErasureOutcome.NothingHeld, []));
    }

    private int Erase(string subjectId)
    {
        lock (_gate)
        {
            var all = Read();
            var kept = all.Where(r => !Is(r, subjectId)).ToArray();
            if (kept.Length == all.Count)
            {
                return 0;
            }

            File.WriteAllLines(_path + ".tmp", kept.Select(r => JsonSerializer.Serialize(r)));
            File.Move(_path + ".tmp", _path, overwrite: true);
            return all.Count - kept.Length;
        }
    }

    private List<T> Read() => File.Exists(_path) ? [.. File.ReadLines(_path).Select(l => JsonSerializer.Deserialize<T>(l)!)] : [];

    private bool Is(T record, string subjectId) => Guid.TryParse(subjectId, out var id) && subjectOf(record) == id;
}

public sealed class CustomerStore(string folder) : ShopStore<Customer>(folder, "Customer accounts", DataProvenance.ProvidedBySubject, c => c.Id);

public sealed class InvoiceStore(string folder) : ShopStore<Invoice>(folder, "Invoices", DataProvenance.Derived, i => i.CustomerId), ISubjectDataSource
{
    /// <summary>Accounting records are kept ten years from the invoice date, not from the erasure request (Art. 17(3)(b)).</summary>
    DateTimeOffset? ISubjectDataSource.RetentionStartOf(object record) => ((Invoice)record).IssuedOn;
}

public sealed class CheckoutStore(string folder) : ShopStore<CheckoutAttempt>(folder, "Checkout attempts", DataProvenance.ObservedFromSubject, c => c.CustomerId);
