using System.Reflection;
using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// <see cref="ITrailSink"/> is a public extension point: an assembly with no access to LawfulBasis's internals (compiled
/// here, so no InternalsVisibleTo applies) can implement it, and the writer chains into it what it would into a file.
/// </summary>
public sealed class TrailSinkTests : IDisposable
{
    private const string MemorySink = """
        using System.Collections.Generic;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using LawfulBasis.Audit;
        using LawfulBasis.Rights;

        public sealed class MemorySink : ITrailSink
        {
            public List<string> Batches { get; } = new();
            public List<bool> Durable { get; } = new();
            public bool Disposed { get; private set; }
            public string Location => "memory";
            public TrailStart Open() => new(0, new byte[32], null);
            public void Write(ReadOnlySpan<byte> lines, bool durable) { Batches.Add(Encoding.UTF8.GetString(lines)); Durable.Add(durable); }
            public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string pseudonym, CancellationToken cancellationToken) =>
                Task.FromResult<IReadOnlyList<HistoryEntry>>(new List<HistoryEntry>());
            public void Dispose() => Disposed = true;
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-sink-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_sink_outside_the_library_receives_a_chain_that_verifies_and_is_disposed_with_the_trail()
    {
        var assembly = DeclarationCompiler.Compile(MemorySink, "ThirdPartyTrailSink");
        Assert.DoesNotContain(typeof(ITrailSink).Assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>(),
            a => a.AssemblyName.StartsWith("ThirdPartyTrailSink", StringComparison.Ordinal));
        var sinkType = assembly.GetType("MemorySink")!;
        var sink = (ITrailSink)Activator.CreateInstance(sinkType)!;
        var purpose = new PurposeIndex(ProcessingCatalog.FromAssemblies(typeof(Ordering).Assembly)).Require(typeof(Ordering));
        using var keys = new FileKeyStore(Path.Combine(_folder, "keys"));

        using (var trail = new AuditTrail(sink, TrailFlushMode.Batched, 64, 16, keys, TimeProvider.System, NullLogger<AuditTrail>.Instance))
        {
            trail.Record(new AuditRecord(DateTimeOffset.UtcNow, AuditEventKind.Decision, purpose, ProcessingOperation.Read, DenialReason.None,
                "allowed", "Art. 6(1)(b)", "test", null, null, 0, default, "customer-1"));
            await trail.FlushAsync();
        }

        var batches = (List<string>)sinkType.GetProperty("Batches")!.GetValue(sink)!;
        var durable = (List<bool>)sinkType.GetProperty("Durable")!.GetValue(sink)!;
        Assert.True((bool)sinkType.GetProperty("Disposed")!.GetValue(sink)!);
        Assert.Contains(true, durable); // the flush asked for a durable batch

        var lines = string.Concat(batches);
        Assert.Contains("\"seq\":1,", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("customer-1", lines, StringComparison.Ordinal); // pseudonymised by the writer, not the sink
        using var stored = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(lines));
        var verification = AuditTrailVerifier.Verify(stored);
        Assert.True(verification.IsIntact, verification.Message);
        Assert.Equal(1, verification.EntriesVerified);
    }
}
