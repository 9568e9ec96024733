using System.Collections.Concurrent;
using LawfulBasis.Rights;

namespace OnlineShop;

/// <summary>
/// The shop's stores, in memory for the sample. Each one tells LawfulBasis how to find and erase what it holds about a
/// customer, so access and erasure requests reach every copy.
/// </summary>
public abstract class InMemoryStore<T>(string name, DataProvenance provenance, Func<T, Guid> subjectOf) : ISubjectDataSource
    where T : notnull
{
    private readonly ConcurrentDictionary<Guid, List<T>> _records = new();

    public Type DataType => typeof(T);
    public string Name => name;
    public DataProvenance Provenance => provenance;

    public void Add(T record) => _records.GetOrAdd(subjectOf(record), _ => []).Add(record);

    public Task<IReadOnlyList<object>> FindAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<object>>(Guid.TryParse(subjectId, out var id) && _records.TryGetValue(id, out var found) ? [.. found.Cast<object>()] : []);

    public Task<ErasureOutcome> EraseAsync(string subjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Guid.TryParse(subjectId, out var id) && _records.TryRemove(id, out _) ? ErasureOutcome.Erased : ErasureOutcome.NothingHeld);
}

public sealed class CustomerStore() : InMemoryStore<Customer>("Customer accounts", DataProvenance.ProvidedBySubject, c => c.Id);

public sealed class InvoiceStore() : InMemoryStore<Invoice>("Invoices", DataProvenance.Derived, i => i.CustomerId);

public sealed class CheckoutStore() : InMemoryStore<CheckoutAttempt>("Checkout attempts", DataProvenance.ObservedFromSubject, c => c.CustomerId);
