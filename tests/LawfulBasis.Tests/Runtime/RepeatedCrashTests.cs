using System.Diagnostics;
using LawfulBasis.Audit;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// A Durable writer with signed checkpoints and a witness, killed with SIGKILL twenty times at random moments: every
/// acknowledged event survives, each restart accepts the trail (never shorter than its witness), and the final trail
/// verifies with the public key and the witness.
/// </summary>
public sealed class RepeatedCrashTests : IDisposable
{
    private const int Kills = 20;
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-kills-").FullName;
    private readonly string _witness = Directory.CreateTempSubdirectory("lawfulbasis-witness-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_witness, recursive: true);
    }

    [Fact]
    public void Twenty_SIGKILLs_of_a_durable_signing_writer_lose_no_acknowledged_event()
    {
        var witness = Path.Combine(_witness, "witness.json");
        var trail = Path.Combine(_folder, "audit", "trail.jsonl");
        long acknowledged = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            acknowledged += RunAndKill(witness, acknowledgements: 20 + Random.Shared.Next(60));
            var afterCrash = AuditTrailVerifier.Verify(trail);
            Assert.True(afterCrash.Problem is TrailProblem.None or TrailProblem.TornTail, $"after kill {kill + 1}: {afterCrash.Message}");
        }

        var decisions = File.ReadLines(trail).Count(l => l.Contains("\"event\":\"Decision\"", StringComparison.Ordinal));
        Assert.True(decisions >= acknowledged, $"{acknowledged} events acknowledged over {Kills} kills, {decisions} decisions in the trail");

        // A last clean run signs the tail; then everything verifies, signatures and witness included.
        RunAndKill(witness, acknowledgements: 1, cleanly: true);
        using var publicKey = CheckpointSigner.ReadPublicKey(File.ReadAllText(Path.Combine(_folder, "keys", CheckpointSigner.PublicKeyFile)));
        var final = AuditTrailVerifier.Verify(trail, new TrailVerificationOptions { PublicKey = publicKey, Witness = new FileTrailWitness(witness).ReadLatest() });
        Assert.True(final.IsIntact, final.Message);
        Assert.True(final.Checkpoints > Kills, final.Message);
    }

    /// <summary>Starts the writer, waits for acknowledgements, then kills it (SIGKILL), or closes its input for a clean stop.</summary>
    private long RunAndKill(string witness, int acknowledgements, bool cleanly = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = cleanly };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LawfulBasis.TrailWriter.dll"));
        start.ArgumentList.Add(_folder);
        start.ArgumentList.Add(nameof(TrailFlushMode.Durable));
        start.ArgumentList.Add(witness);
        if (cleanly)
        {
            start.ArgumentList.Add(acknowledgements.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var process = Process.Start(start)!;
        long last = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (last < acknowledgements && DateTime.UtcNow < deadline && process.StandardOutput.ReadLine() is { } line)
        {
            last = long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (cleanly)
        {
            Assert.True(process.WaitForExit(60_000), "the writer did not stop after its last event");
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        }
        else
        {
            process.Kill(); // SIGKILL on Unix: no finalizers, no flush
            process.WaitForExit();
        }

        Assert.True(last >= acknowledgements, $"the writer acknowledged only {last} events: {process.StandardError.ReadToEnd()}");
        return last;
    }
}
