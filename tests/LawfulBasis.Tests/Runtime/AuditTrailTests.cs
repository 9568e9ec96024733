using System.Text;
using LawfulBasis.Audit;
using LawfulBasis.Processing;

namespace LawfulBasis.Tests.Runtime;

public sealed class AuditTrailTests : IDisposable
{
    private readonly RuntimeFixture _runtime = new();

    public void Dispose() => _runtime.Dispose();

    private string WriteTrail(int events)
    {
        for (var i = 0; i < events; i++)
        {
            _runtime.Gate.TryBegin<Ordering>($"customer-{i % 3}", ProcessingOperation.Read, out _);
        }

        _runtime.Trail.FlushAsync().GetAwaiter().GetResult();
        var copy = Path.Combine(_runtime.Folder, $"copy-{Guid.NewGuid():N}.jsonl");
        File.Copy(_runtime.TrailPath, copy);
        return copy;
    }

    [Fact]
    public void An_untouched_trail_verifies_with_its_count()
    {
        var trail = WriteTrail(10);
        var result = AuditTrailVerifier.Verify(trail);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(10, result.EntriesVerified);
        Assert.Equal("10 entries verified; the chain is intact.", result.Message);
    }

    [Fact]
    public void Flipping_one_byte_is_detected_on_that_line()
    {
        var trail = WriteTrail(10);
        var bytes = File.ReadAllBytes(trail);
        var lineStarts = LineStarts(bytes);
        var target = lineStarts[4] + 40; // inside line 5
        bytes[target] = (byte)(bytes[target] == (byte)'a' ? 'b' : 'a');
        File.WriteAllBytes(trail, bytes);

        var result = AuditTrailVerifier.Verify(trail);
        Assert.False(result.IsIntact);
        Assert.Equal(5, result.Line);
        Assert.Equal(4, result.EntriesVerified);
        Assert.Contains(result.Problem, new[] { TrailProblem.Modified, TrailProblem.Malformed });
    }

    [Fact]
    public void Deleting_a_line_is_detected()
    {
        var trail = WriteTrail(10);
        var lines = File.ReadAllLines(trail).ToList();
        lines.RemoveAt(3);
        File.WriteAllLines(trail, lines);
        var result = AuditTrailVerifier.Verify(trail);
        Assert.Equal(TrailProblem.OutOfSequence, result.Problem);
        Assert.Equal(4, result.Line);
        Assert.Contains("sequence number 5 where 4 was expected", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapping_two_lines_is_detected()
    {
        var trail = WriteTrail(10);
        var lines = File.ReadAllLines(trail);
        (lines[6], lines[7]) = (lines[7], lines[6]);
        File.WriteAllLines(trail, lines);
        var result = AuditTrailVerifier.Verify(trail);
        Assert.Equal(TrailProblem.OutOfSequence, result.Problem);
        Assert.Equal(7, result.Line);
    }

    [Fact]
    public void Truncating_mid_line_is_reported_as_a_torn_tail()
    {
        var trail = WriteTrail(10);
        var bytes = File.ReadAllBytes(trail);
        File.WriteAllBytes(trail, bytes[..(bytes.Length - 30)]);
        var result = AuditTrailVerifier.Verify(trail);
        Assert.Equal(TrailProblem.TornTail, result.Problem);
        Assert.Equal(10, result.Line);
        Assert.Equal(9, result.EntriesVerified);
    }

    [Fact]
    public void An_appended_forged_line_is_detected()
    {
        var trail = WriteTrail(5);
        var lines = File.ReadAllLines(trail);
        var forged = lines[^1].Replace("\"seq\":5,", "\"seq\":6,", StringComparison.Ordinal).Replace("\"Read\"", "\"Erase\"", StringComparison.Ordinal);
        File.AppendAllText(trail, forged + "\n");
        var result = AuditTrailVerifier.Verify(trail);
        Assert.Equal(TrailProblem.Modified, result.Problem);
        Assert.Equal(6, result.Line);
        Assert.Equal(5, result.EntriesVerified);
    }

    [Fact]
    public void A_line_that_is_not_an_entry_is_malformed()
    {
        var trail = WriteTrail(3);
        File.AppendAllText(trail, "{\"hello\":\"world\"}\n");
        var result = AuditTrailVerifier.Verify(trail);
        Assert.Equal(TrailProblem.Malformed, result.Problem);
        Assert.Equal(4, result.Line);
    }

    [Fact]
    public void A_missing_trail_is_unreadable_not_a_crash()
    {
        var result = AuditTrailVerifier.Verify(Path.Combine(_runtime.Folder, "nope.jsonl"));
        Assert.Equal(TrailProblem.Unreadable, result.Problem);
    }

    [Fact]
    public async Task Eight_threads_of_ten_thousand_events_give_exactly_eighty_thousand_chained_entries()
    {
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                _runtime.Gate.TryBegin<Ordering>($"subject-{thread}-{i % 50}", ProcessingOperation.Read, out _);
            }
        });

        await _runtime.Trail.FlushAsync();
        var result = AuditTrailVerifier.Verify(_runtime.TrailPath);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(80_000, result.EntriesVerified);
    }

    [Fact]
    public async Task The_trail_never_holds_the_subject_id_and_erasure_makes_the_pseudonym_unrecoverable()
    {
        const string alice = "alice@example.com";
        _runtime.Consents.Give<Newsletter>(alice, "signup form");
        _runtime.Gate.TryBegin<Newsletter>(alice, ProcessingOperation.Read, out _);
        _runtime.Gate.TryBegin<Ordering>(alice, ProcessingOperation.Read, out _);
        var trail = string.Join('\n', _runtime.TrailLines()); // flushed: the writer has created alice's key
        var pseudonym = _runtime.Trail.PseudonymOf(alice);
        Assert.NotNull(pseudonym);

        Assert.DoesNotContain(alice, trail, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", trail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, CountOf(trail, pseudonym!));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_runtime.Folder, "keys")))
        {
            if (file.EndsWith(".lock", StringComparison.Ordinal))
            {
                Assert.Equal(0, new FileInfo(file).Length); // the writer lock holds nothing (and cannot be opened while held)
                continue;
            }

            Assert.DoesNotContain("alice", File.ReadAllText(file, Encoding.Latin1), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(pseudonym, await _runtime.Trail.ForgetAsync(alice));
        Assert.Null(await _runtime.Trail.ForgetAsync(alice)); // idempotent
        Assert.Null(_runtime.Trail.PseudonymOf(alice));
        var after = _runtime.TrailLines();
        Assert.Contains("\"event\":\"SubjectErased\"", after[^1], StringComparison.Ordinal);
        Assert.True(AuditTrailVerifier.Verify(_runtime.TrailPath).IsIntact);
    }

    [Fact]
    public void A_restarted_writer_continues_the_chain()
    {
        var folder = _runtime.Folder;
        using (var first = new RuntimeFixtureOver(folder))
        {
            first.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Read, out _);
        }

        using (var second = new RuntimeFixtureOver(folder))
        {
            second.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Update, out _);
        }

        var result = AuditTrailVerifier.Verify(Path.Combine(folder, "shared", "audit", "trail.jsonl"));
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(2, result.EntriesVerified);
    }

    [Fact]
    public async Task A_torn_tail_is_moved_aside_recorded_and_the_chain_continues()
    {
        var folder = _runtime.Folder;
        var trail = Path.Combine(folder, "shared", "audit", "trail.jsonl");
        using (var first = new RuntimeFixtureOver(folder))
        {
            first.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Read, out _);
        }

        File.AppendAllText(trail, "{\"seq\":2,\"time\":\"2026-11-2");
        using (var second = new RuntimeFixtureOver(folder))
        {
            second.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Read, out _);
            await second.Runtime.Trail.FlushAsync();
        }

        var lines = File.ReadAllLines(trail);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"event\":\"TrailRecovered\"", lines[1], StringComparison.Ordinal);
        Assert.True(AuditTrailVerifier.Verify(trail).IsIntact);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(trail)!, "trail.jsonl.torn-*"));
    }

    [Fact]
    public void A_tampered_trail_stops_the_writer_at_start_up()
    {
        var folder = _runtime.Folder;
        var trail = Path.Combine(folder, "shared", "audit", "trail.jsonl");
        using (var first = new RuntimeFixtureOver(folder))
        {
            first.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Read, out _);
            first.Runtime.Gate.TryBegin<Ordering>("k", ProcessingOperation.Read, out _);
        }

        File.WriteAllLines(trail, File.ReadAllLines(trail).Reverse());
        using var second = new RuntimeFixtureOver(folder);
        var error = Assert.Throws<InvalidDataException>(() => second.Runtime.Gate);
        Assert.Contains("fails verification", error.Message, StringComparison.Ordinal);
        Assert.Contains("Line 1", error.Message, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>A second runtime over a folder that outlives it, for restart tests.</summary>
    private sealed class RuntimeFixtureOver(string folder) : IDisposable
    {
        public RuntimeFixture Runtime { get; } = new(folder: Path.Combine(folder, "shared"));

        public void Dispose() => Runtime.Dispose();
    }
}
