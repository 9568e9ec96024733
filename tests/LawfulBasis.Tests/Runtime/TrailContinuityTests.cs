using LawfulBasis.Audit;
using LawfulBasis.Processing;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// The key store remembers the file trail it serves (Audit/TrailAnchor), so a restart after the trail was deleted,
/// emptied, cut, replaced or moved is refused with a one-line reason even without a witness, and a new trail is started
/// only when <see cref="LawfulBasisOptions.AcceptTrailChange"/> names the lost one, once (issue 13).
/// </summary>
public sealed class TrailContinuityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-continuity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Trail => Path.Combine(_folder, "audit", "trail.jsonl");

    private string AnchorFile => Path.Combine(_folder, "keys", TrailAnchor.FileName);

    /// <summary>Starts the application over the folder, records <paramref name="events"/> decisions, and stops it cleanly.</summary>
    private void Run(int events, Action<LawfulBasisOptions>? configure = null)
    {
        using var runtime = new RuntimeFixture(configure: configure, folder: _folder);
        for (var i = 0; i < events; i++)
        {
            runtime.Gate.TryBegin<Ordering>($"customer-{i % 3}", ProcessingOperation.Read, out _);
        }

        _ = runtime.Trail; // started even with no event
    }

    /// <summary>Starts the application over the folder and returns why the trail refused to start.</summary>
    private string Refusal(Action<LawfulBasisOptions>? configure = null)
    {
        using var runtime = new RuntimeFixture(configure: configure, folder: _folder);
        var refused = Assert.Throws<InvalidDataException>(() => runtime.Trail);
        Assert.DoesNotContain('\n', refused.Message);
        return refused.Message;
    }

    private string TrailId() => File.ReadLines(Trail).First()[^66..^2][..16];

    [Fact]
    public void The_first_start_is_remembered_and_a_restart_continues_the_same_trail()
    {
        Assert.False(File.Exists(AnchorFile));
        Run(0);
        Assert.False(File.Exists(AnchorFile)); // nothing was written, so nothing is remembered: the next start is a first one too

        Run(5);
        var anchor = File.ReadAllText(AnchorFile);
        Assert.Contains($"\"id\":\"{File.ReadLines(Trail).First()[^66..^2]}\"", anchor, StringComparison.Ordinal);
        Assert.Contains("\"entries\":5", anchor, StringComparison.Ordinal); // at clean shutdown
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AnchorFile));
        }

        Run(3);
        Assert.Contains("\"entries\":8", File.ReadAllText(AnchorFile), StringComparison.Ordinal);
        Assert.Equal(8, AuditTrailVerifier.Verify(Trail).EntriesVerified);
    }

    [Fact]
    public void A_deleted_emptied_cut_or_replaced_trail_is_refused_without_a_witness()
    {
        Run(6);
        var id = TrailId();
        var intact = File.ReadAllLines(Trail);

        File.Delete(Trail);
        var missing = Refusal();
        Assert.Contains($"The audit trail {Trail} is missing.", missing, StringComparison.Ordinal);
        Assert.Contains($"remembers the audit trail {id} at {Trail} with 6 entries", missing, StringComparison.Ordinal);
        Assert.Contains($"set LawfulBasis:AcceptTrailChange (options.AcceptTrailChange) to {id}", missing, StringComparison.Ordinal);
        Assert.False(File.Exists(Trail)); // the refusal left no empty file behind

        File.WriteAllText(Trail, string.Empty);
        Assert.Contains("is empty.", Refusal(), StringComparison.Ordinal);

        File.WriteAllLines(Trail, intact[..4]);
        Assert.Contains("holds 4 entries: 2 were cut from its end.", Refusal(), StringComparison.Ordinal);

        // Another, valid trail in its place (here: one written by another application with its own key store).
        var other = Directory.CreateTempSubdirectory("lawfulbasis-other-").FullName;
        try
        {
            using (var runtime = new RuntimeFixture(folder: other))
            {
                runtime.Gate.TryBegin<Ordering>("someone", ProcessingOperation.Read, out _);
            }

            File.Copy(Path.Combine(other, "audit", "trail.jsonl"), Trail, overwrite: true);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }

        Assert.Contains("holds another trail", Refusal(), StringComparison.Ordinal);

        // Restored from its backup: it starts, and the chain continues.
        File.WriteAllLines(Trail, intact);
        Run(1);
        Assert.Equal(7, AuditTrailVerifier.Verify(Trail).EntriesVerified);
    }

    [Fact]
    public void A_trail_at_another_path_is_refused_until_the_move_is_accepted()
    {
        Run(4);
        var id = TrailId();
        var moved = Path.Combine(_folder, "archive", "trail.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        File.Move(Trail, moved);

        var refused = Refusal(o => o.TrailPath = moved);
        Assert.Contains($"TrailPath is {moved}, which holds the same trail (4 entries), but the trail is not where the key store remembers it: set TrailPath back to {Trail}.", refused, StringComparison.Ordinal);

        // A new, empty file at a new path is the silent new chain the check exists to stop.
        Assert.Contains("which does not exist", Refusal(o => o.TrailPath = Path.Combine(_folder, "elsewhere", "trail.jsonl")), StringComparison.Ordinal);

        Run(2, o =>
        {
            o.TrailPath = moved;
            o.AcceptTrailChange = id;
        });
        var lines = File.ReadAllLines(moved);
        Assert.Equal(7, lines.Length); // the same chain, continued: 4 + the note + 2
        Assert.Contains("TrailRecovered", lines[4], StringComparison.Ordinal);
        Assert.Contains($"Started in place of the trail {id}", lines[4], StringComparison.Ordinal);
        Assert.Contains("which was moved: accepted with AcceptTrailChange", lines[4], StringComparison.Ordinal);
        Assert.True(AuditTrailVerifier.Verify(moved).IsIntact);

        // The setting left behind accepts nothing more: emptying the moved trail is refused.
        File.WriteAllText(moved, string.Empty);
        var again = Refusal(o =>
        {
            o.TrailPath = moved;
            o.AcceptTrailChange = id;
        });
        Assert.Contains($"AcceptTrailChange {id} was already used once for this trail", again, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_trail_is_started_deliberately_once_and_records_which_trail_it_replaced()
    {
        Run(3);
        var old = TrailId();
        File.Delete(Trail);
        Assert.Contains("is missing", Refusal(o => o.AcceptTrailChange = "0123456789abcdef"), StringComparison.Ordinal); // another trail's id accepts nothing

        Run(1, o => o.AcceptTrailChange = old.ToUpperInvariant());
        var lines = File.ReadAllLines(Trail);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"seq\":1,", lines[0], StringComparison.Ordinal); // a new chain
        Assert.Contains($"Started in place of the trail {old} that the key store remembered at {Trail} (3 entries", lines[0], StringComparison.Ordinal);
        Assert.Contains("which was deleted", lines[0], StringComparison.Ordinal);
        var id = TrailId();
        Assert.NotEqual(old, id);
        Assert.Contains("\"entries\":2", File.ReadAllText(AnchorFile), StringComparison.Ordinal);

        // The key store now remembers the new trail: losing it is refused, whatever the setting left behind says.
        File.WriteAllText(Trail, string.Empty);
        var refused = Refusal(o => o.AcceptTrailChange = old);
        Assert.Contains($"remembers the audit trail {id}", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_after_a_crash_accepts_the_entries_written_after_the_last_record()
    {
        Run(2);
        // A crash: the writer appended without reaching a clean shutdown, so the key store remembers fewer entries.
        using (var runtime = new RuntimeFixture(folder: _folder))
        {
            for (var i = 0; i < 3; i++)
            {
                runtime.Gate.TryBegin<Ordering>("customer-1", ProcessingOperation.Read, out _);
            }

            await runtime.Trail.FlushAsync();
            File.Copy(AnchorFile, AnchorFile + ".at-start");
        }

        File.Move(AnchorFile + ".at-start", AnchorFile, overwrite: true);
        Assert.Contains("\"entries\":2", File.ReadAllText(AnchorFile), StringComparison.Ordinal);
        Run(1);
        Assert.Contains("\"entries\":6", File.ReadAllText(AnchorFile), StringComparison.Ordinal);

        // A damaged record is named, never read as "no trail".
        File.WriteAllText(AnchorFile, "{not json");
        using var damaged = new RuntimeFixture(folder: _folder);
        var error = Assert.Throws<InvalidDataException>(() => damaged.Trail);
        Assert.Contains($"{AnchorFile} is damaged", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void With_signed_checkpoints_a_start_and_stop_with_no_event_leaves_a_verifiable_trail_and_emptying_it_is_detected()
    {
        var witness = Path.Combine(_folder, "witness", "witness.json");
        Action<LawfulBasisOptions> signed = o =>
        {
            o.SignCheckpoints = true;
            o.CheckpointWitnessPath = witness;
        };

        Run(0, signed);
        var lines = File.ReadAllLines(Trail);
        Assert.Single(lines); // the signed start: a checkpoint of 0 entries
        Assert.Contains("\"event\":\"Checkpoint\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"entries\":0", lines[0], StringComparison.Ordinal);
        using var key = CheckpointSigner.ReadPublicKey(File.ReadAllText(Path.Combine(_folder, "keys", CheckpointSigner.PublicKeyFile)));
        var seen = new FileTrailWitness(witness).ReadLatest();
        Assert.Equal(0, seen!.Entries);
        var checks = new TrailVerificationOptions { PublicKey = key, Witness = seen };
        var result = AuditTrailVerifier.Verify(Trail, checks);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(1, result.Checkpoints);

        Run(0, signed); // nothing new to sign
        Assert.Single(File.ReadAllLines(Trail));

        File.WriteAllText(Trail, string.Empty);
        var emptied = AuditTrailVerifier.Verify(Trail, checks);
        Assert.Equal(TrailProblem.ShorterThanWitness, emptied.Problem);
        Assert.Contains("is empty.", Refusal(signed), StringComparison.Ordinal); // the key store's record refuses first
        File.Delete(AnchorFile);
        Assert.Contains("its witness", Refusal(signed), StringComparison.Ordinal); // and the witness without it
    }

    [Fact]
    public void A_trail_cut_by_exactly_its_last_checkpoint_is_shorter_than_its_witness()
    {
        var witness = Path.Combine(_folder, "witness", "witness.json");
        Action<LawfulBasisOptions> signed = o =>
        {
            o.SignCheckpoints = true;
            o.CheckpointWitnessPath = witness;
        };

        Run(4, signed);
        var lines = File.ReadAllLines(Trail);
        Assert.Contains("\"event\":\"Checkpoint\"", lines[^1], StringComparison.Ordinal);
        using var key = CheckpointSigner.ReadPublicKey(File.ReadAllText(Path.Combine(_folder, "keys", CheckpointSigner.PublicKeyFile)));
        var checks = new TrailVerificationOptions { PublicKey = key, Witness = new FileTrailWitness(witness).ReadLatest(), AllowUnsignedTail = true };

        // Only the checkpoint the witness kept is removed: every entry it covers is there, and its head matches.
        File.WriteAllLines(Trail, lines[..^1]);
        Assert.Equal(TrailProblem.ShorterThanWitness, AuditTrailVerifier.Verify(Trail, checks).Problem);

        File.Delete(AnchorFile); // the witness alone refuses the restart too
        File.WriteAllLines(Trail, lines[..^1]);
        Assert.Contains("its witness", Refusal(signed), StringComparison.Ordinal);
    }
}
