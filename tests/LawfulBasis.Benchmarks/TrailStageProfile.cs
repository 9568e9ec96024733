using LawfulBasis.Audit;
using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Benchmarks;

/// <summary>
/// Where the trail's time goes, stage by stage, each alone on one thread (not a benchmark): the caller's decision and
/// enqueue, and the writer's pseudonym lookup, canonical encoding, chaining and file write. Each figure is the fastest
/// of several rounds in CPU ns per event (this thread's CPU time, so other processes' load counts less than in
/// wall-clock time).
/// </summary>
internal static class TrailStageProfile
{
    private const int Events = 200_000;
    private const int Rounds = 7;

    public static void Run()
    {
        var subjects = BenchmarkRuntime.Subjects;
        var records = new AuditRecord[subjects.Length];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = TrailWriters.Decision(subjects[i]);
        }

        // The caller: a decision and its enqueue, with a queue large enough that the writer never pushes back.
        using (var runtime = new BenchmarkRuntime(queueCapacity: 1 << 22))
        {
            foreach (var subject in subjects)
            {
                runtime.Gate.TryBegin<Ordering>(subject, ProcessingOperation.Read, out _);
            }

            runtime.Trail.FlushAsync().GetAwaiter().GetResult();
            var erasures = runtime.Services.GetRequiredService<LawfulBasis.Registers.ErasureRegister>();
            var restrictions = runtime.Services.GetRequiredService<LawfulBasis.Registers.RestrictionRegister>();
            var ordering = runtime.Services.GetRequiredService<PurposeIndex>().Require(typeof(Ordering)).Declaration!;
            Report("caller: erasure + restriction lookups", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    var subject = subjects[i % subjects.Length];
                    using (LawfulBasis.Registers.RegisterReadScope.Begin(subject))
                    {
                        erasures.Find(subject);
                        restrictions.IsRestricted(subject, ordering);
                    }
                }
            });
            Report("caller: the same lookups, one subject", () =>
            {
                var subject = subjects[17];
                for (var i = 0; i < Events; i++)
                {
                    using (LawfulBasis.Registers.RegisterReadScope.Begin(subject))
                    {
                        erasures.Find(subject);
                        restrictions.IsRestricted(subject, ordering);
                    }
                }
            });
            var index = runtime.Services.GetRequiredService<PurposeIndex>();
            Report("caller: purpose + time + activity + counter", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    index.Find(typeof(Ordering));
                    TimeProvider.System.GetUtcNow();
                    _ = System.Diagnostics.Activity.Current;
                    LawfulBasisTelemetry.Allowed.Add(1, new KeyValuePair<string, object?>("purpose", "Ordering"));
                }
            });
            var recorder = runtime.Services.GetRequiredService<IAuditRecorder>();
            Report("caller: enqueue alone", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    recorder.Record(records[i % records.Length]);
                }
            }, () => runtime.Trail.FlushAsync().GetAwaiter().GetResult());
            Report("caller: decision + enqueue", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    runtime.Gate.TryBegin<Ordering>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
                }
            }, () => runtime.Trail.FlushAsync().GetAwaiter().GetResult());
        }

        var folder = Directory.CreateTempSubdirectory("lawfulbasis-stages-").FullName;
        try
        {
            using var keys = new FileKeyStore(Path.Combine(folder, "keys"));
            var pseudonyms = new PseudonymCache(keys);
            var byRecord = new byte[subjects.Length][];
            for (var i = 0; i < subjects.Length; i++)
            {
                byRecord[i] = pseudonyms.Of(subjects[i]);
            }

            Report("writer: pseudonym (cached)", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    pseudonyms.Of(subjects[i % subjects.Length]);
                }
            });

            var round = 0;
            Report("writer: pseudonym of a new subject (key made), per 20 events", () =>
            {
                using var fresh = new FileKeyStore(Path.Combine(folder, $"fresh-keys-{round++}"));
                var cache = new PseudonymCache(fresh);
                for (var i = 0; i < Events / 20; i++)
                {
                    cache.Of(subjects[i % subjects.Length] + "/" + (i / subjects.Length));
                }

                fresh.Flush();
            });
            var registerKey = LawfulBasis.Registers.RegisterSubjectKey.DerivedFrom(new byte[32]);
            Report("caller: keyed id of a new subject, per 20 events", () =>
            {
                for (var i = 0; i < Events / 20; i++)
                {
                    registerKey.Of(subjects[i % subjects.Length] + "/" + round + "/" + (i / subjects.Length));
                }

                round++;
            });

            using var encoder = new TrailEncoder();
            Report("writer: canonical encode", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    encoder.Event(records[i % records.Length], i + 1, byRecord[i % records.Length]);
                }
            });

            var line = encoder.Event(records[0], 1, byRecord[0]).ToArray();
            Console.WriteLine($"  (a line is {line.Length + TrailFormat.HashSuffixLength + 1} bytes)");
            using var chain = new TrailChainer(0, new byte[TrailFormat.HashLength]);
            Report("writer: chain (SHA-256 + copy)", () =>
            {
                for (var i = 0; i < Events; i++)
                {
                    chain.Append(line);
                    if ((i & 4095) == 4095)
                    {
                        chain.ClearBatch();
                    }
                }

                chain.ClearBatch();
            });

            var batch = new byte[4096 * (line.Length + TrailFormat.HashSuffixLength + 1)];
            Array.Fill(batch, (byte)'x');
            Report("writer: file write (4096-event batches)", () =>
            {
                using var sink = new FileTrailSink(Path.Combine(folder, "trail.jsonl"), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
                sink.Open();
                for (var i = 0; i < Events; i += 4096)
                {
                    sink.Write(batch, durable: false);
                }
            }, () => File.Delete(Path.Combine(folder, "trail.jsonl")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(string stage, Action run, Action? after = null)
    {
        var best = double.MaxValue;
        var allocated = 0L;
        for (var round = 0; round < Rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuNanoseconds();
            run();
            var elapsed = (ThreadCpuNanoseconds() - cpu) / (double)Events;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            after?.Invoke();
            best = Math.Min(best, elapsed);
        }

        Console.WriteLine($"{stage,-42} {best,8:N0} CPU ns/event  ({allocated / (double)Events:N1} B/event on this thread)");
    }

    /// <summary>This thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>).</summary>
    private static long ThreadCpuNanoseconds()
    {
        if (ClockGetTime(3, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed; this profile needs Linux.");
        }

        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
