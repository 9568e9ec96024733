using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Records the methods the JIT compiles while it is enabled (the runtime's own MethodJittingStarted events), grouped by
/// where their code comes from: which tells a cold build's JIT work of the analyzers apart from the compiler's.
/// </summary>
internal sealed class JitRecorder : EventListener
{
    private const int MethodJittingStarted = 145;
    private readonly ConcurrentQueue<(string Type, string Method, long IlSize)> _jitted = new();
    private volatile bool _recording;

    /// <summary>Starts recording.</summary>
    public void Start() => _recording = true;

    /// <summary>Stops recording and prints the methods compiled, by origin, and the largest of the analyzers' own.</summary>
    public void StopAndPrint(string what)
    {
        _recording = false;
        var all = _jitted.ToArray();
        Console.WriteLine($"{what}: {all.Length} methods JIT-compiled, {all.Sum(m => m.IlSize) / 1024} KB of IL, by origin:");
        foreach (var group in all.GroupBy(m => Origin(m.Type)).OrderByDescending(g => g.Sum(m => m.IlSize)))
        {
            Console.WriteLine($"  {group.Key,-40} {group.Count(),6} methods {group.Sum(m => m.IlSize) / 1024,6} KB IL");
        }

        Console.WriteLine("  largest LawfulBasis methods:");
        foreach (var method in all.Where(m => m.Type.StartsWith("LawfulBasis", StringComparison.Ordinal)).OrderByDescending(m => m.IlSize).Take(12))
        {
            Console.WriteLine($"    {method.IlSize,6} B  {method.Type}.{method.Method}");
        }
    }

    private static string Origin(string type) =>
        type.StartsWith("LawfulBasis", StringComparison.Ordinal) ? "LawfulBasis analyzers"
        : type.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Roslyn"
        : type.StartsWith("System.Linq", StringComparison.Ordinal) ? "System.Linq (instantiations)"
        : type.StartsWith("System.Collections", StringComparison.Ordinal) ? "System.Collections (instantiations)"
        : "other";

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventId != MethodJittingStarted || eventData.Payload is not { } payload)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        string Text(string name) => payload[names.IndexOf(name)]?.ToString() ?? "";
        _jitted.Enqueue((Text("MethodNamespace"), Text("MethodName"), Convert.ToInt64(payload[names.IndexOf("MethodILSize")], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
