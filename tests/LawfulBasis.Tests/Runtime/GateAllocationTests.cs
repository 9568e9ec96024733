using LawfulBasis.Processing;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// The caller's side of an allowed decision allocates nothing once a subject is known (GateBenchmarks measures the
/// same with BenchmarkDotNet; this catches a regression in every test run, e.g. a closure a register lookup allocates).
/// </summary>
public sealed class GateAllocationTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    [Fact]
    public void An_allowed_decision_on_a_known_subject_allocates_nothing_with_keyed_registers()
    {
        var gate = _runtime.Gate;
        var subjects = Enumerable.Range(0, 64).Select(i => $"customer-{i}@example.com").ToArray();
        _runtime.Consents.Give<Newsletter>(subjects[0], "signup form checkbox", "notice-v3"); // one subject with records
        foreach (var subject in subjects)
        {
            gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _);   // keyed ids and keys exist, as in a warm service
            gate.TryBegin<Newsletter>(subject, ProcessingOperation.Read, out _);
        }

        const int Calls = 20_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Less than a byte per call on average: nothing per decision (a stray allocation is 24 bytes or more).
        Assert.True(allocated < Calls, $"{Calls} allowed decisions allocated {allocated} bytes on the caller's thread");
        Assert.True(gate.TryBegin<Newsletter>(subjects[0], ProcessingOperation.Read, out _));
    }
}
