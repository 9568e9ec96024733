using System.Text.Json;

namespace LawfulBasis.Audit;

/// <summary>
/// The verifier's view of a trail's checkpoints while it streams the lines: each checkpoint must cover exactly the
/// entries before it and their head hash, and (with a public key) carry a valid signature; the witness's checkpoint must
/// match the entry it ends at; at the end, entries after the last checkpoint and a trail shorter than its witness are
/// reported.
/// </summary>
internal sealed class CheckpointState(string unit = "Line")
{
    public long Count { get; private set; }

    /// <summary>The sequence number of the last checkpoint entry, or 0.</summary>
    public long LastSeq { get; private set; }

    public TrailCheckpoint? Last { get; private set; }

    /// <summary>Checks one chained, in-sequence entry (<paramref name="current"/> is its hash, <paramref name="previous"/> the one before).</summary>
    public TrailVerification? Check(ReadOnlySpan<byte> line, long lineNumber, long seq, byte[] previous, byte[] current, TrailVerificationOptions options)
    {
        var verified = seq - 1;
        if (options.Witness is { Entries: > 0 } witness && witness.Entries == seq && !TrailFormat.HexEquals(System.Text.Encoding.ASCII.GetBytes(witness.Head), current))
        {
            return new TrailVerification(TrailProblem.ShorterThanWitness, verified, lineNumber,
                $"{unit} {lineNumber} (entry {seq}) is not the entry the witness's checkpoint of {witness.Time:u} ends at: the trail was re-chained or replaced after that checkpoint.",
                Convert.ToHexStringLower(previous));
        }

        // The writer publishes a checkpoint only once it is in the trail, as the entry after those it covers: that entry
        // must be the witness's checkpoint itself, or the trail was cut back to the witnessed head and continued.
        var witnessed = options.Witness is { } kept && kept.Entries + 1 == seq ? kept : null;
        TrailVerification NotWitnessed() =>
            new(TrailProblem.ShorterThanWitness, verified, lineNumber,
                $"{unit} {lineNumber} (entry {seq}) is not the checkpoint the witness kept ({witnessed!.Entries} entries, {witnessed.Time:u}): the trail was cut after entry {verified} and written on, or replaced.",
                verified == 0 ? null : Convert.ToHexStringLower(previous));

        if (line.IndexOf("\"event\":\"Checkpoint\""u8) < 0 || Read(line) is not { } checkpoint)
        {
            return witnessed is null ? null : NotWitnessed();
        }

        TrailVerification Bad(string what) =>
            new(TrailProblem.BadCheckpoint, verified, lineNumber, $"{unit} {lineNumber} (entry {seq}) {what}", verified == 0 ? null : Convert.ToHexStringLower(previous));

        if (checkpoint.Entries != verified || !TrailFormat.HexEquals(System.Text.Encoding.ASCII.GetBytes(checkpoint.Head), previous))
        {
            return Bad($"is a checkpoint of {checkpoint.Entries} entries that does not match the {verified} entries before it: it was moved, or the trail was re-chained.");
        }

        if (options.PublicKey is { } key && !CheckpointSigner.IsSignedBy(checkpoint, key))
        {
            return Bad(checkpoint.KeyId == CheckpointSigner.KeyIdOf(key)
                ? "is a checkpoint whose signature does not verify: it was forged, or the trail was re-chained after it was signed."
                : $"is a checkpoint signed by key {checkpoint.KeyId}, not by the public key given ({CheckpointSigner.KeyIdOf(key)}): the trail was re-signed by someone else, or the wrong key was given.");
        }

        if (witnessed is not null && !string.Equals(checkpoint.Signature, witnessed.Signature, StringComparison.Ordinal)) // ECDSA signatures are randomised: no two checkpoints share one
        {
            return NotWitnessed();
        }

        Count++;
        LastSeq = seq;
        Last = checkpoint;
        return null;
    }

    /// <summary>The result for a trail whose every line verified.</summary>
    public TrailVerification Conclude(long verified, string? lastHash, TrailVerificationOptions options)
    {
        var unsigned = verified - LastSeq;
        TrailVerification Result(TrailProblem problem, long? line, string message) =>
            new(problem, verified, line, message, lastHash) { Checkpoints = Count, UnsignedEntries = unsigned, LastCheckpoint = Last };

        if (options.Witness is { } witness)
        {
            if (options.PublicKey is { } key && !CheckpointSigner.IsSignedBy(witness, key))
            {
                return Result(TrailProblem.BadCheckpoint, null, $"The witness's checkpoint is not signed by the public key given ({CheckpointSigner.KeyIdOf(key)}): the witness was altered, or the wrong key or witness was given.");
            }

            // The witness's checkpoint is itself entry Entries + 1 of the trail (it is published once it is stored).
            var held = witness.Entries + 1;
            if (verified < held)
            {
                return Result(TrailProblem.ShorterThanWitness, verified + 1,
                    $"The witness kept the checkpoint of {witness.Entries} entries ({witness.Time:u}), which is entry {held} of the trail; the trail holds {verified}: {held - verified} entr{(held - verified == 1 ? "y was" : "ies were")} cut from its end, or the file was emptied or replaced.");
            }
        }

        if (verified == 0 && !options.AllowEmpty)
        {
            return Result(TrailProblem.Empty, null, "The trail holds no entry: it is empty, was emptied, or is not the trail (a writer records at least its start). Use --allow-empty only for a trail known never to have been written.");
        }

        if (options.PublicKey is not null && unsigned > 0 && !options.AllowUnsignedTail)
        {
            return Result(TrailProblem.UnsignedTail, LastSeq + 1, LastSeq == 0
                ? $"None of the {verified} entries is covered by a signed checkpoint: the trail was written without checkpoints, or re-chained with them removed."
                : $"The last {unsigned} entr{(unsigned == 1 ? "y follows" : "ies follow")} the last signed checkpoint (line {LastSeq}): appended after it by someone without the key, or by the writer before it stopped without a clean shutdown (or still running). Verify a stopped trail, or accept them as unproven with --allow-unsigned-tail.");
        }

        var text = new System.Text.StringBuilder($"{verified} entries verified; the chain is intact.");
        if (options.PublicKey is not null)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {Count} signed checkpoint{(Count == 1 ? string.Empty : "s")} verified");
            text.Append(Last is null ? "." : string.Create(System.Globalization.CultureInfo.InvariantCulture, $", the last covering {Last.Entries} entries at {Last.Time:u}."));
            if (unsigned > 0)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $" {unsigned} entr{(unsigned == 1 ? "y after it is" : "ies after it are")} not signed (accepted: --allow-unsigned-tail).");
            }
        }

        if (options.Witness is { } seen)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" The witness's checkpoint ({seen.Entries} entries, {seen.Time:u}) matches.");
        }

        return Result(TrailProblem.None, null, text.ToString());
    }

    private static TrailCheckpoint? Read(ReadOnlySpan<byte> line)
    {
        try
        {
            using var entry = JsonDocument.Parse(line.ToArray());
            var root = entry.RootElement;
            return root.GetProperty("event").ValueEquals("Checkpoint"u8)
                ? new TrailCheckpoint(root.GetProperty("entries").GetInt64(), root.GetProperty("head").GetString()!, root.GetProperty("time").GetDateTimeOffset(),
                    root.GetProperty("key").GetString()!, root.GetProperty("signature").GetString()!)
                : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // a line that only mentions a checkpoint; the chain already vouches for its bytes
        }
    }
}
