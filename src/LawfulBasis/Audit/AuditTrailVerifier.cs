using System.Buffers;
using System.Security.Cryptography;

namespace LawfulBasis.Audit;

/// <summary>
/// Checks an audit trail's hash chain and sequence from the first line to the last, streaming, and reports the first
/// bad entry with its line number: modified, inserted, deleted, reordered, malformed or cut short. With
/// <see cref="TrailVerificationOptions"/> it also checks the signed checkpoints, the entries after the last one, and the
/// witness's count and head (docs/trail-guarantees.md says what each proves).
/// </summary>
public static class AuditTrailVerifier
{
    private static readonly TrailVerificationOptions ChainOnly = new() { AllowEmpty = true, AllowUnsignedTail = true };

    /// <summary>Verifies the chain of the trail at <paramref name="path"/> (no signature, witness or emptiness check).</summary>
    /// <param name="path">The trail file.</param>
    /// <returns>The result; never throws for a bad or missing trail.</returns>
    public static TrailVerification Verify(string path) => Verify(path, ChainOnly);

    /// <summary>Verifies the trail at <paramref name="path"/> with the checks <paramref name="options"/> asks for.</summary>
    /// <param name="path">The trail file.</param>
    /// <param name="options">The public key, the witness's checkpoint, and what to accept.</param>
    /// <returns>The result; never throws for a bad or missing trail.</returns>
    public static TrailVerification Verify(string path, TrailVerificationOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (Directory.Exists(path))
        {
            return new TrailVerification(TrailProblem.Unreadable, 0, null, $"{path} is a folder, not a trail file: name the trail file in it (for example {Path.Combine(path, "trail.jsonl")}).", null);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return Scan(stream, options).Verification;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TrailVerification(TrailProblem.Unreadable, 0, null, $"{path} cannot be read: {e.Message}", null);
        }
    }

    /// <summary>Verifies the chain of a trail read from <paramref name="stream"/>.</summary>
    /// <param name="stream">The trail's bytes, from the start.</param>
    /// <returns>The result.</returns>
    public static TrailVerification Verify(Stream stream) => Scan(stream, ChainOnly).Verification;

    /// <summary>Verifies a trail read from <paramref name="stream"/> with the checks <paramref name="options"/> asks for.</summary>
    /// <param name="stream">The trail's bytes, from the start.</param>
    /// <param name="options">The public key, the witness's checkpoint, and what to accept.</param>
    /// <returns>The result.</returns>
    public static TrailVerification Verify(Stream stream, TrailVerificationOptions options) => Scan(stream, options).Verification;

    /// <summary>
    /// Verifies and also returns where the last complete, intact line ends (for a writer resuming the chain), the first
    /// entry's hash, and the hash of entry <paramref name="rememberSeq"/> (what the key store's record of the trail names).
    /// </summary>
    internal static TrailScan Scan(Stream stream, long rememberSeq = 0) => Scan(stream, ChainOnly, rememberSeq);

    internal static TrailScan Scan(Stream stream, TrailVerificationOptions options, long rememberSeq = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var previous = new byte[TrailFormat.HashLength];
        var current = new byte[TrailFormat.HashLength];
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        var checkpoints = new CheckpointState();
        byte[]? first = null, remembered = null;
        try
        {
            long lineNumber = 0, expectedSeq = 1, consumedBytes = 0;
            var filled = 0;
            while (true)
            {
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                var start = 0;
                while (true)
                {
                    var newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        break;
                    }

                    lineNumber++;
                    var line = buffer.AsSpan(start, newline);
                    if ((Check(line, lineNumber, expectedSeq, previous, current, sha)
                        ?? checkpoints.Check(line, lineNumber, expectedSeq, previous, current, options)) is { } problem)
                    {
                        return new TrailScan(problem with { Checkpoints = checkpoints.Count }, consumedBytes, expectedSeq - 1, previous, checkpoints.LastSeq)
                            { FirstHash = first, RememberedHash = remembered };
                    }

                    if (expectedSeq == 1)
                    {
                        first = (byte[])current.Clone();
                    }

                    if (expectedSeq == rememberSeq)
                    {
                        remembered = (byte[])current.Clone();
                    }

                    (previous, current) = (current, previous);
                    expectedSeq++;
                    start += newline + 1;
                    consumedBytes += newline + 1;
                }

                if (read == 0)
                {
                    var verified = expectedSeq - 1;
                    var lastHash = verified == 0 ? null : Convert.ToHexStringLower(previous);
                    if (filled - start > 0)
                    {
                        return new TrailScan(new TrailVerification(TrailProblem.TornTail, verified, lineNumber + 1,
                            $"Line {lineNumber + 1} is incomplete ({filled - start} bytes with no newline): the last write was cut short. The {verified} entries before it verify.",
                            lastHash) { Checkpoints = checkpoints.Count }, consumedBytes, verified, previous, checkpoints.LastSeq)
                            { FirstHash = first, RememberedHash = remembered };
                    }

                    return new TrailScan(checkpoints.Conclude(verified, lastHash, options), consumedBytes, verified, previous, checkpoints.LastSeq)
                        { FirstHash = first, RememberedHash = remembered };
                }

                // Keep the incomplete line; grow the buffer if a single line fills it.
                var remaining = filled - start;
                if (start == 0 && remaining == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, remaining).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else
                {
                    buffer.AsSpan(start, remaining).CopyTo(buffer);
                }

                filled = remaining;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Names the usual ways a whole file is re-saved by an editor or a copy tool, which change bytes the chain covers:
    /// the evidence is then no longer the original, and the message says how it was most likely changed.
    /// </summary>
    private static string WhyMalformed(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            return "starts with a byte-order mark (EF BB BF): the file was re-saved by an editor or converted. The trail is written without one; verify the original file, not this copy.";
        }

        if (line.EndsWith("\r"u8))
        {
            return "ends with a carriage return (CRLF line endings): the file was converted to Windows line endings (an editor, git autocrlf, a transfer in text mode). Verify the original file, not this copy.";
        }

        return "is not a trail entry (it lacks the sequence number or the chain hash): it was modified or inserted.";
    }

    private static TrailVerification? Check(
        ReadOnlySpan<byte> line, long lineNumber, long expectedSeq, byte[] previous, byte[] current, IncrementalHash sha)
    {
        var verified = expectedSeq - 1;
        string? LastHash() => verified == 0 ? null : Convert.ToHexStringLower(previous);

        if (!TrailFormat.TrySplit(line, out var canonical, out var hashHex) || !TrailFormat.TryReadSeq(canonical, out var seq))
        {
            return new TrailVerification(TrailProblem.Malformed, verified, lineNumber, $"Line {lineNumber} {WhyMalformed(line, lineNumber)}", LastHash());
        }

        if (seq != expectedSeq)
        {
            var what = seq > expectedSeq ? $"{seq - expectedSeq} entr{(seq - expectedSeq == 1 ? "y was" : "ies were")} deleted before it, or entries were reordered"
                : "an entry was inserted or entries were reordered";
            return new TrailVerification(TrailProblem.OutOfSequence, verified, lineNumber,
                $"Line {lineNumber} has sequence number {seq} where {expectedSeq} was expected: {what}.", LastHash());
        }

        TrailFormat.Chain(sha, previous, canonical, current);
        if (!TrailFormat.HexEquals(hashHex, current))
        {
            return new TrailVerification(TrailProblem.Modified, verified, lineNumber,
                $"Line {lineNumber} (entry {seq}) does not match its chain hash: its content was modified, or it was forged.", LastHash());
        }

        return null;
    }
}
