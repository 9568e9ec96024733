using System.Diagnostics;
using System.Runtime.InteropServices;
using LawfulBasis.Audit;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawfulBasis.Tests.Runtime;

/// <summary>One writer per file store: a second writer, in another process or this one, is refused at start-up.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_second_process_on_a_live_trail_is_refused_naming_the_holder_and_loses_nothing_of_the_first()
    {
        using var first = StartWriter();
        var acknowledged = WaitForAcknowledgements(first, 200);

        using var second = StartWriter();
        var secondError = second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("is in use by another process", await secondError, StringComparison.Ordinal);
        Assert.Contains($"process {first.Id} ", await secondError, StringComparison.Ordinal);

        // The first writer carried on undisturbed: every event it acknowledged is in an intact chain.
        acknowledged = WaitForAcknowledgements(first, acknowledged + 200);
        first.Kill();
        first.WaitForExit();
        var trail = AuditTrailVerifier.Verify(Path.Combine(_folder, "audit", "trail.jsonl"));
        Assert.True(trail.Problem is TrailProblem.None or TrailProblem.TornTail, trail.Message);
        Assert.True(trail.EntriesVerified >= acknowledged, $"{acknowledged} acknowledged, {trail.EntriesVerified} in the trail");
    }

    [Fact]
    public void A_second_writer_in_the_same_process_is_refused_until_the_first_is_closed()
    {
        var trailPath = Path.Combine(_folder, "audit", "trail.jsonl");
        using (var keys = new FileKeyStore(Path.Combine(_folder, "keys")))
        {
            Assert.Throws<StoreInUseException>(() => new FileKeyStore(Path.Combine(_folder, "keys")));
            using (var trail = new AuditTrail(trailPath, TrailFlushMode.Durable, 16, 16, keys, TimeProvider.System, NullLogger<AuditTrail>.Instance))
            {
                var refused = Assert.Throws<StoreInUseException>(() => new FileTrailSink(trailPath, TimeProvider.System, NullLogger.Instance));
                Assert.Equal(trailPath, refused.StorePath);
                Assert.Contains($"process {Environment.ProcessId} ", refused.Holder, StringComparison.Ordinal);
            }

            // Closed: the next writer opens it.
            using var next = new FileTrailSink(trailPath, TimeProvider.System, NullLogger.Instance);
        }

        var register = Path.Combine(_folder, "registers", "consents.jsonl");
        using (new JsonLinesRecordStore<ConsentRecord>(register))
        {
            Assert.Throws<StoreInUseException>(() => new JsonLinesRecordStore<ConsentRecord>(register));
            using var reader = new JsonLinesRecordStore<ConsentRecord>(register, forWriting: false); // readers take no lock
            Assert.Throws<InvalidOperationException>(() => reader.Append(new ConsentRecord("alice", "Newsletter", ConsentAction.Given, DateTimeOffset.UnixEpoch, null, "form", false)));
        }
    }

    [Fact]
    public void Key_files_are_0600_and_the_key_folder_0700_whatever_the_umask()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var previous = UMask(0); // the most permissive umask: files would be 0666, folders 0777
        try
        {
            var folder = Path.Combine(_folder, "keys");
            using (var keys = new FileKeyStore(folder))
            {
                keys.GetOrCreate("alice");
                keys.Flush();
                keys.GetOrCreate("bob");
                keys.Delete("alice"); // rewrites the key file
            }

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            foreach (var file in new[] { "store.key", "subject-keys.txt" })
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, file)));
            }
        }
        finally
        {
            _ = UMask(previous);
        }
    }

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint UMask(uint mask);

    private Process StartWriter()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LawfulBasis.TrailWriter.dll"));
        start.ArgumentList.Add(_folder);
        start.ArgumentList.Add(nameof(TrailFlushMode.Durable));
        return Process.Start(start)!;
    }

    private static long WaitForAcknowledgements(Process writer, long count)
    {
        long last = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (last < count && DateTime.UtcNow < deadline && writer.StandardOutput.ReadLine() is { } line)
        {
            last = long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(last >= count, $"the writer acknowledged only {last} events");
        return last;
    }
}
