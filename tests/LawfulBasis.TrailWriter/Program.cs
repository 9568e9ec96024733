using LawfulBasis;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;

// Usage: LawfulBasis.TrailWriter <folder> <Batched|Durable> [<witness file>]
// With a witness file, the writer signs checkpoints (every 50 entries) and publishes them to it. With a count after
// it, the writer stops cleanly after that many events (its last checkpoint signed at shutdown).
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
    if (args.Length > 2)
    {
        options.SignCheckpoints = true;
        options.CheckpointEveryEntries = 50;
        options.CheckpointWitnessPath = args[2];
    }
});
using var provider = services.BuildServiceProvider();
var gate = provider.GetRequiredService<IProcessingGate>();
var output = Console.Out;
var stopAfter = args.Length > 3 ? long.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue;
for (var n = 1; n <= stopAfter; n++)
{
    gate.Begin<CrashTesting>($"subject-{n % 10}", ProcessingOperation.Read);
    output.WriteLine($"ack {n}");
    output.Flush();
}

/// <summary>The purpose the crash test processes for.</summary>
[Purpose("Exercise the trail until the process is killed", LegalBasis.Contract)]
internal sealed class CrashTesting;
