using System.Diagnostics;
using LawfulBasis.Audit;
using LawfulBasis.Processing;

namespace LawfulBasis.Tests.Runtime;

public sealed class CrashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_writer_killed_mid_stream_in_durable_mode_loses_no_acknowledged_event_and_the_chain_resumes()
    {
        var acknowledged = RunAndKill(TrailFlushMode.Durable, acknowledgements: 300);
        var trail = Path.Combine(_folder, "audit", "trail.jsonl");

        var afterCrash = AuditTrailVerifier.Verify(trail);
        Assert.True(afterCrash.Problem is TrailProblem.None or TrailProblem.TornTail, afterCrash.Message);
        Assert.True(afterCrash.EntriesVerified >= acknowledged, $"{acknowledged} acknowledged, {afterCrash.EntriesVerified} in the trail");

        // A restarted writer continues the chain from the last intact entry.
        using (var restarted = new RuntimeFixture(folder: _folder))
        {
            restarted.Gate.Begin<Ordering>("after-restart", ProcessingOperation.Read);
            await restarted.Trail.FlushAsync();
        }

        var resumed = AuditTrailVerifier.Verify(trail);
        Assert.True(resumed.IsIntact, resumed.Message);
        Assert.True(resumed.EntriesVerified > afterCrash.EntriesVerified);
    }

    [Fact]
    public async Task A_writer_killed_in_batched_mode_leaves_a_verifiable_prefix_that_a_restart_continues()
    {
        // Batched mode may lose the last unflushed batch, but never the chain.
        RunAndKill(TrailFlushMode.Batched, acknowledgements: 5000);
        var trail = Path.Combine(_folder, "audit", "trail.jsonl");
        var afterCrash = AuditTrailVerifier.Verify(trail);
        Assert.True(afterCrash.Problem is TrailProblem.None or TrailProblem.TornTail, afterCrash.Message);

        using (var restarted = new RuntimeFixture(folder: _folder))
        {
            restarted.Gate.Begin<Ordering>("after-restart", ProcessingOperation.Read);
            await restarted.Trail.FlushAsync();
        }

        var resumed = AuditTrailVerifier.Verify(trail);
        Assert.True(resumed.IsIntact, resumed.Message);
        Assert.Equal(afterCrash.EntriesVerified + (afterCrash.Problem == TrailProblem.TornTail ? 2 : 1), resumed.EntriesVerified);
    }

    /// <summary>Starts the writer process, waits for some acknowledgements, kills it with SIGKILL, returns the last one seen.</summary>
    private long RunAndKill(TrailFlushMode mode, int acknowledgements)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "LawfulBasis.TrailWriter.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(_folder);
        start.ArgumentList.Add(mode.ToString());
        using var process = Process.Start(start)!;
        long last = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (last < acknowledgements && DateTime.UtcNow < deadline && process.StandardOutput.ReadLine() is { } line)
        {
            last = long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
        }

        process.Kill(); // SIGKILL on Unix: no finalizers, no flush
        process.WaitForExit();
        Assert.True(last >= acknowledgements, $"the writer acknowledged only {last} events: {process.StandardError.ReadToEnd()}");
        return last;
    }
}
