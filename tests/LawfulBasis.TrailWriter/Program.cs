using LawfulBasis;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;

// Usage: LawfulBasis.TrailWriter <folder> <Batched|Durable>
// Writes gate decisions forever; after each Begin returns it prints "ack <n>", so the parent knows which events
// were acknowledged when it kills this process.
var folder = args[0];
var services = new ServiceCollection();
services.AddLawfulBasis(options =>
{
    options.AddAssemblyOf<CrashTesting>();
    options.TrailPath = Path.Combine(folder, "audit", "trail.jsonl");
    options.KeyStorePath = Path.Combine(folder, "keys");
    options.RegisterPath = Path.Combine(folder, "registers");
    options.FlushMode = Enum.Parse<TrailFlushMode>(args[1]);
});
using var provider = services.BuildServiceProvider();
var gate = provider.GetRequiredService<IProcessingGate>();
var output = Console.Out;
for (var n = 1; ; n++)
{
    gate.Begin<CrashTesting>($"subject-{n % 10}", ProcessingOperation.Read);
    output.WriteLine($"ack {n}");
    output.Flush();
}

/// <summary>The purpose the crash test processes for.</summary>
[Purpose("Exercise the trail until the process is killed", LegalBasis.Contract)]
internal sealed class CrashTesting;
