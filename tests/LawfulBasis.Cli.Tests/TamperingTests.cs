using System.Security.Cryptography;
using System.Text;
using LawfulBasis.Audit;
using Microsoft.Extensions.Logging.Abstractions;
using static LawfulBasis.Cli.Tests.CliHarness;

namespace LawfulBasis.Cli.Tests;

/// <summary>
/// The nine ways an operator can tamper with a trail file, each run against <c>verify</c>: with the public key and the
/// witness all nine are detected; with the chain alone, the documented six (docs/trail-guarantees.md).
/// </summary>
public sealed class TamperingTests : IDisposable
{
    private const int Events = 35;
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-tamper-").FullName;
    private readonly string _trail;
    private readonly string _publicKey;
    private readonly string _witness;
    private readonly string[] _lines;

    public TamperingTests()
    {
        _trail = Path.Combine(_folder, "audit", "trail.jsonl");
        _witness = Path.Combine(_folder, "witness", "trail-witness.json");
        _publicKey = Path.Combine(_folder, "keys", CheckpointSigner.PublicKeyFile);
        WriteSignedTrail(_trail, Path.Combine(_folder, "keys"), _witness, Events);
        _lines = File.ReadAllLines(_trail);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string?> Cases => new()
    {
        // case, problem with key and witness, problem with the chain alone (null: not detected)
        { "byte flip", "Modified", "Modified" },
        { "deleted line", "OutOfSequence", "OutOfSequence" },
        { "inserted line", "OutOfSequence", "OutOfSequence" },
        { "swapped lines", "OutOfSequence", "OutOfSequence" },
        { "truncated tail", "ShorterThanWitness", null },
        { "forged append", "UnsignedTail", null },
        { "re-chained file", "BadCheckpoint", null },
        { "first line removed", "OutOfSequence", "OutOfSequence" },
        { "emptied file", "ShorterThanWitness", "Empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_tampering_is_detected_with_checkpoints_and_witness_and_the_documented_ones_without(string tampering, string withCheckpoints, string? chainAlone)
    {
        Assert.Equal(ExitCodes.Success, Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness).Exit);
        var tampered = Tamper(tampering);
        Assert.NotEqual(_lines, tampered);
        File.WriteAllLines(_trail, tampered);

        var (exit, output, error) = Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness);
        Assert.True(exit == ExitCodes.Problem, $"{tampering}: exit {exit}: {output}{error}");
        Assert.Contains($": {withCheckpoints}.", output, StringComparison.Ordinal);

        var plain = Run("verify", _trail);
        if (chainAlone is null)
        {
            Assert.Equal(ExitCodes.Success, plain.Exit); // the documented blind spot of the chain alone
        }
        else
        {
            Assert.Equal(ExitCodes.Problem, plain.Exit);
            Assert.Contains($": {chainAlone}.", plain.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_record_carries_the_checkpoint_key_and_an_auditor_verifies_the_trail_with_the_key_read_from_it()
    {
        var shop = Path.Combine(AppContext.BaseDirectory, "OnlineShop.dll");
        var pem = File.ReadAllText(_publicKey);

        var markdown = Run("ropa", shop, "--public-key", _publicKey, "--witness", _witness);
        Assert.True(markdown.Exit == ExitCodes.Success, markdown.Error);
        Assert.Contains("## Audit trail evidence (Art. 5(2))", markdown.Output, StringComparison.Ordinal);
        Assert.Contains($"```text\n{pem.TrimEnd('\n')}\n```", markdown.Output, StringComparison.Ordinal);
        Assert.Contains($"lawfulbasis verify <trail.jsonl> --public-key {CheckpointSigner.PublicKeyFile} --witness {_witness}", markdown.Output, StringComparison.Ordinal);
        var html = Run("ropa", shop, "--public-key", _publicKey, "--format", "html");
        Assert.Contains("<pre>-----BEGIN PUBLIC KEY-----", html.Output, StringComparison.Ordinal);

        // The auditor has the record only: the key they save from it verifies every checkpoint of the trail.
        var json = Run("ropa", shop, "--public-key", _publicKey, "--witness", _witness, "--format", "json");
        Assert.True(json.Exit == ExitCodes.Success, json.Error);
        var evidence = System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("auditTrail");
        var checkpointKeyId = System.Text.Json.JsonDocument.Parse(_lines.Last(l => l.Contains("\"event\":\"Checkpoint\"", StringComparison.Ordinal)))
            .RootElement.GetProperty("key").GetString();
        Assert.Equal(checkpointKeyId, evidence.GetProperty("keyId").GetString());
        var saved = Path.Combine(_folder, "from-the-record.pem");
        File.WriteAllText(saved, evidence.GetProperty("publicKeyPem").GetString());
        var verified = Run("verify", _trail, "--public-key", saved, "--witness", _witness);
        Assert.True(verified.Exit == ExitCodes.Success, verified.Output + verified.Error);

        // Without the key the record has no such section (the declarations alone do not say how the trail is signed);
        // a key the CSV cannot carry, a damaged key or a witness without a key is exit 2, never silently dropped.
        Assert.DoesNotContain("Audit trail evidence", Run("ropa", shop).Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, Run("ropa", shop, "--public-key", _publicKey, "--format", "csv").Exit);
        File.WriteAllText(saved, "not a key");
        var damaged = Run("ropa", shop, "--public-key", saved);
        Assert.Equal(ExitCodes.Usage, damaged.Exit);
        Assert.Contains("holds no ECDSA public key", damaged.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, Run("ropa", shop, "--witness", _witness).Exit);
    }

    [Fact]
    public void An_intact_signed_trail_verifies_and_a_running_writers_tail_is_reported_with_its_length()
    {
        var (exit, output, _) = Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("4 signed checkpoints verified", output, StringComparison.Ordinal); // after 10, 20, 30 entries and at shutdown

        // A writer still running: its last entries are not signed yet.
        File.WriteAllLines(_trail, _lines[..^1]);
        var unsigned = Run("verify", _trail, "--public-key", _publicKey);
        Assert.Equal(ExitCodes.Problem, unsigned.Exit);
        Assert.Contains("The last 5 entries follow the last signed checkpoint", unsigned.Output, StringComparison.Ordinal); // 35 events: checkpoints at 11, 22, 33 and 39
        var accepted = Run("verify", _trail, "--public-key", _publicKey, "--allow-unsigned-tail");
        Assert.Equal(ExitCodes.Success, accepted.Exit);
        Assert.Contains("5 entries after it are not signed", accepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_trail_is_a_problem_unless_allowed_and_a_wrong_key_or_missing_witness_is_bad_usage()
    {
        var empty = Path.Combine(_folder, "empty.jsonl");
        File.WriteAllText(empty, string.Empty);
        Assert.Equal(ExitCodes.Problem, Run("verify", empty).Exit);
        Assert.Equal(ExitCodes.Usage, Run("verify", "/dev/null").Exit); // not a regular file: refused, never read (FailureTests)
        Assert.Equal(ExitCodes.Success, Run("verify", empty, "--allow-empty").Exit);

        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = Path.Combine(_folder, "other.pub.pem");
        File.WriteAllText(otherKey, other.ExportSubjectPublicKeyInfoPem());
        var (exit, output, _) = Run("verify", _trail, "--public-key", otherKey);
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.Contains("not by the public key given", output, StringComparison.Ordinal);

        var notAKey = Run("verify", _trail, "--public-key", _trail);
        Assert.Equal(ExitCodes.Usage, notAKey.Exit);
        Assert.Equal(1, notAKey.Error.Count(c => c == '\n'));
        Assert.Equal(ExitCodes.Usage, Run("verify", _trail, "--witness", Path.Combine(_folder, "none.json")).Exit);
    }

    [Fact]
    public void A_writer_refuses_to_start_on_a_trail_shorter_than_its_witness_or_deleted_or_replaced()
    {
        var keys = Path.Combine(_folder, "keys");
        foreach (var damaged in new[] { _lines[..^3], [] })
        {
            File.WriteAllLines(_trail, damaged);
            var refused = Assert.Throws<InvalidDataException>(() => Open(_trail, keys, _witness).Dispose());
            Assert.Contains("its witness", refused.Message, StringComparison.Ordinal);
        }

        File.Delete(_trail);
        Assert.Throws<InvalidDataException>(() => Open(_trail, keys, _witness).Dispose());

        // Restored from backup: it starts, and continues the signed chain.
        File.WriteAllLines(_trail, _lines);
        Open(_trail, keys, _witness).Dispose();
        Assert.Equal(ExitCodes.Success, Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness).Exit);
    }

    [Fact]
    public void A_writer_started_and_stopped_with_no_event_leaves_a_trail_verify_accepts_and_emptying_it_is_detected()
    {
        var trail = Path.Combine(_folder, "quiet", "trail.jsonl");
        var witness = Path.Combine(_folder, "quiet-witness", "witness.json");
        WriteSignedTrail(trail, Path.Combine(_folder, "keys"), witness, events: 0);

        var (exit, output, _) = Run("verify", trail, "--public-key", _publicKey, "--witness", witness);
        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains("1 entries verified", output, StringComparison.Ordinal);
        Assert.Contains("1 signed checkpoint verified, the last covering 0 entries", output, StringComparison.Ordinal);

        File.WriteAllText(trail, string.Empty);
        var emptied = Run("verify", trail, "--public-key", _publicKey, "--witness", witness);
        Assert.Equal(ExitCodes.Problem, emptied.Exit);
        Assert.Contains(": ShorterThanWitness.", emptied.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_only_the_last_checkpoint_is_detected_by_the_witness_even_with_an_unsigned_tail_accepted()
    {
        File.WriteAllLines(_trail, _lines[..^1]); // every entry the witness's checkpoint covers is there, with its head
        var (exit, output, _) = Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness, "--allow-unsigned-tail");
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.Contains(": ShorterThanWitness.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_re_chained_with_its_checkpoints_stripped_is_detected_by_the_witness()
    {
        // Someone without the key removes the checkpoints they cannot re-sign, then renumbers and re-chains what is left.
        var lines = _lines.Where(l => !l.Contains("\"event\":\"Checkpoint\"", StringComparison.Ordinal)).ToList();
        var decision = lines.FindIndex(l => l.Contains("\"event\":\"Decision\"", StringComparison.Ordinal));
        lines[decision] = lines[decision].Replace("\"decision\":\"allowed\"", "\"decision\":\"denied\"", StringComparison.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = System.Text.RegularExpressions.Regex.Replace(lines[i], "^\\{\"seq\":\\d+", $"{{\"seq\":{i + 1}");
        }

        ReChain(lines);
        File.WriteAllLines(_trail, lines);

        Assert.Equal(ExitCodes.Success, Run("verify", _trail).Exit); // the chain alone cannot tell
        var (exit, output, _) = Run("verify", _trail, "--witness", _witness);
        Assert.Equal(ExitCodes.Problem, exit);
        Assert.Contains(": ShorterThanWitness.", output, StringComparison.Ordinal);
        var withKey = Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness);
        Assert.Equal(ExitCodes.Problem, withKey.Exit);
    }

    [Fact]
    public void Erasing_from_an_emptied_trail_that_the_key_store_remembers_is_refused_not_restarted()
    {
        var keys = Path.Combine(_folder, "keys");
        Assert.Equal(ExitCodes.Success, Run("erase", "subject-1", "--trail", _trail, "--keys", keys).Exit); // the key store now remembers the trail
        File.WriteAllText(_trail, string.Empty); // (a deleted trail is refused before: the tool names a file that does not exist)

        var (exit, _, error) = Run("erase", "subject-2", "--trail", _trail, "--keys", keys);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.True(error.Contains("is empty", StringComparison.Ordinal), error);
        Assert.Contains("AcceptTrailChange", error, StringComparison.Ordinal);
        Assert.Equal(1, error.Count(c => c == '\n'));
        Assert.Equal(0, new FileInfo(_trail).Length); // no new chain was started
    }

    [Fact]
    public void Erasing_from_the_trail_alone_signs_a_checkpoint_after_the_erasure()
    {
        var erase = Run("erase", "subject-1", "--trail", _trail, "--keys", Path.Combine(_folder, "keys"));
        Assert.True(erase.Exit == ExitCodes.Success, erase.Error);
        Assert.Contains("\"event\":\"Checkpoint\"", File.ReadLines(_trail).Last(), StringComparison.Ordinal);
        var (exit, output, _) = Run("verify", _trail, "--public-key", _publicKey, "--witness", _witness);
        Assert.True(exit == ExitCodes.Success, output);
        Assert.Contains("5 signed checkpoints verified", output, StringComparison.Ordinal);
    }

    /// <summary>Writes a trail that signs a checkpoint every 10 entries and at shutdown, publishing to the witness.</summary>
    internal static void WriteSignedTrail(string trail, string keys, string witness, int events)
    {
        using var writer = Open(trail, keys, witness);
        for (var i = 0; i < events; i++)
        {
            writer.Trail.Record(new AuditRecord(DateTimeOffset.UtcNow, AuditEventKind.Decision, null, Processing.ProcessingOperation.Read, Processing.DenialReason.None,
                "Contract purpose `Ordering`", "Art. 6(1)(b)", "tamper-test", "Test", "TamperingTests.cs", 1, default, $"subject-{i % 4}"));
        }
    }

    private static SignedWriter Open(string trail, string keys, string witness)
    {
        var store = new FileKeyStore(keys);
        try
        {
            return new SignedWriter(store, new AuditTrail(new FileTrailSink(trail, TimeProvider.System, NullLogger.Instance), TrailFlushMode.Durable, 64, 64, store,
                TimeProvider.System, NullLogger<AuditTrail>.Instance, new TrailCheckpointing(CheckpointSigner.LoadOrCreate(keys), new FileTrailWitness(witness), 10, TimeSpan.FromHours(1))));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private string[] Tamper(string tampering)
    {
        var lines = _lines.ToList();
        var decision = lines.FindIndex(4, l => l.Contains("\"event\":\"Decision\"", StringComparison.Ordinal));
        switch (tampering)
        {
            case "byte flip":
                lines[decision] = lines[decision].Replace("tamper-test", "tamper-tesu", StringComparison.Ordinal);
                break;
            case "deleted line":
                lines.RemoveAt(decision);
                break;
            case "inserted line":
                lines.Insert(decision, lines[decision]);
                break;
            case "swapped lines":
                (lines[decision], lines[decision + 1]) = (lines[decision + 1], lines[decision]);
                break;
            case "truncated tail":
                lines.RemoveRange(lines.Count - 3, 3); // to a line boundary: the chain alone cannot tell
                break;
            case "forged append":
                lines.Add(Forge(lines[^2], lines.Count + 1, lines[^1]));
                break;
            case "re-chained file":
                lines[decision] = lines[decision].Replace("\"decision\":\"allowed\"", "\"decision\":\"denied\"", StringComparison.Ordinal);
                ReChain(lines);
                break;
            case "first line removed":
                lines.RemoveAt(0);
                break;
            case "emptied file":
                lines.Clear();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering));
        }

        return [.. lines];
    }

    /// <summary>A copy of an entry as entry <paramref name="seq"/>, chained after <paramref name="last"/> with a correct hash.</summary>
    private static string Forge(string template, long seq, string last)
    {
        var canonical = System.Text.RegularExpressions.Regex.Replace(template[..^(TrailFormat.HashSuffixLength)], "^\\{\"seq\":\\d+", $"{{\"seq\":{seq}");
        return Chained(canonical, Convert.FromHexString(last[^66..^2]));
    }

    /// <summary>What someone without the key does: recompute every hash, and make each checkpoint's head match — but not its signature.</summary>
    private static void ReChain(List<string> lines)
    {
        var previous = new byte[TrailFormat.HashLength];
        for (var i = 0; i < lines.Count; i++)
        {
            var canonical = lines[i][..^TrailFormat.HashSuffixLength];
            canonical = System.Text.RegularExpressions.Regex.Replace(canonical, "\"head\":\"[0-9a-f]{64}\"", $"\"head\":\"{Convert.ToHexStringLower(previous)}\"");
            lines[i] = Chained(canonical, previous);
            previous = Convert.FromHexString(lines[i][^66..^2]);
        }
    }

    private static string Chained(string canonicalWithoutBrace, byte[] previous)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var hash = new byte[TrailFormat.HashLength];
        TrailFormat.Chain(sha, previous, Encoding.UTF8.GetBytes(canonicalWithoutBrace), hash);
        return $"{canonicalWithoutBrace},\"hash\":\"{Convert.ToHexStringLower(hash)}\"}}";
    }

    /// <summary>A trail and its key store, closed together (the trail first: its last checkpoint needs the keys flushed).</summary>
    private sealed record SignedWriter(FileKeyStore Keys, AuditTrail Trail) : IDisposable
    {
        public void Dispose()
        {
            Trail.Dispose();
            Keys.Dispose();
        }
    }
}
