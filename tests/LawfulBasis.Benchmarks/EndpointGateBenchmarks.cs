using BenchmarkDotNet.Attributes;
using LawfulBasis.AspNetCore;
using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// What <c>RequirePurpose&lt;P&gt;(subject: "id")</c> adds to an allowed request: the same endpoint's request delegate
/// with and without the gate wrapped around it, and the gate call alone for comparison. Target: at most 1 µs added and
/// no allocation beyond the gate's own (which is none). The HTTP context is reused, as Kestrel pools it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 200_000)]
public class EndpointGateBenchmarks
{
    private static readonly RequestDelegate Handler = context =>
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return Task.CompletedTask;
    };

    private BenchmarkRuntime _runtime = null!;
    private RequestDelegate _gated = null!;
    private RequestDelegate _gatedWithStub = null!;
    private DefaultHttpContext _context = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new BenchmarkRuntime(queueCapacity: 1 << 23);
        foreach (var subject in BenchmarkRuntime.Subjects)
        {
            _runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _); // every subject's key exists
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
        // A MapGet endpoint: one method, so the operation is fixed when the endpoint is built, as RequirePurpose does.
        _gated = new EndpointGate<Ordering>(_runtime.Gate, SubjectSource.FromRoute("id"), ProcessingOperation.Read, "HTTP: GET /customers/{id}", "Program.cs", 12).Wrap(Handler);
        _runtime.Gate.TryBegin<Ordering>(BenchmarkRuntime.Subjects[0], ProcessingOperation.Read, out var allowed);
        _gatedWithStub = new EndpointGate<Ordering>(new AllowingGate(allowed), SubjectSource.FromRoute("id"), ProcessingOperation.Read, "HTTP: GET /customers/{id}", "Program.cs", 12).Wrap(Handler);
        _context = new DefaultHttpContext();
        _context.Request.Method = HttpMethods.Get;
        _context.Request.RouteValues["id"] = BenchmarkRuntime.Subjects[0];
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark(Baseline = true, Description = "endpoint without the gate")]
    public Task Ungated()
    {
        _context.Request.RouteValues["id"] = NextSubject();
        return Handler(_context);
    }

    [Benchmark(Description = "endpoint with RequirePurpose (allowed)")]
    public Task Gated()
    {
        _context.Request.RouteValues["id"] = NextSubject();
        return _gated(_context);
    }

    [Benchmark(Description = "the gate call alone")]
    public bool GateOnly() => _runtime.Gate.TryBegin<Ordering>(NextSubject(), ProcessingOperation.Read, out _);

    /// <summary>The gate call alone with the endpoint's code site: the trail's line is then as long as the gated endpoint's.</summary>
    [Benchmark(Description = "the gate call alone, with the code site")]
    public bool GateWithSite() =>
        _runtime.Gate.TryBegin<Ordering>(NextSubject(), ProcessingOperation.Read, out _, default, "HTTP: GET /customers/{id}", "Program.cs", 12);

    /// <summary>
    /// The filter's own cost, without the gate's (and without the trail writer competing for the CPU): the same wrapper
    /// around a gate that answers a ready decision. Compare with the endpoint without the gate.
    /// </summary>
    [Benchmark(Description = "endpoint with RequirePurpose, gate answered instantly")]
    public Task GatedWithStub()
    {
        _context.Request.RouteValues["id"] = NextSubject();
        return _gatedWithStub(_context);
    }

    private string NextSubject()
    {
        var subjects = BenchmarkRuntime.Subjects;
        return subjects[_next++ % subjects.Length];
    }

    /// <summary>A gate that allows at once with a decision made beforehand: isolates what the endpoint filter adds.</summary>
    private sealed class AllowingGate(ProcessingDecision allowed) : IProcessingGate
    {
        public ProcessingDecision Begin<TPurpose>(string subjectId, ProcessingOperation operation, ProcessingContext context = default, string member = "", string file = "", int line = 0) => allowed;

        public bool TryBegin<TPurpose>(string subjectId, ProcessingOperation operation, out ProcessingDecision decision, ProcessingContext context = default, string member = "", string file = "", int line = 0)
        {
            decision = allowed;
            return true;
        }
    }
}
