using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LawfulBasis.Audit;

/// <summary>
/// The trail's line format, shared by the writer and the verifier. Each line is one canonical JSON object — the
/// event's properties in a fixed order, no whitespace — followed, inside the same object, by its chain hash:
/// <c>{"seq":1,...,"hash":"&lt;64 hex&gt;"}</c>. The hash is <c>h_i = SHA-256(h_(i-1) || canonical_i)</c>, where
/// <c>canonical_i</c> is the line without its <c>,"hash":"…"</c> member and <c>h_0</c> is 32 zero bytes.
/// </summary>
internal static class TrailFormat
{
    public const int HashLength = 32;

    /// <summary>The start every canonical event has; the sequence number follows.</summary>
    public static ReadOnlySpan<byte> SeqPrefix => "{\"seq\":"u8;

    /// <summary>What precedes the hash hex at the end of a line.</summary>
    public static ReadOnlySpan<byte> HashMember => ",\"hash\":\""u8;

    /// <summary><c>,"hash":"</c> + 64 hex digits + <c>"}</c>.</summary>
    public static int HashSuffixLength => HashMember.Length + (HashLength * 2) + 2;

    /// <summary>Splits a line (without its newline) into the canonical event and the recorded hash hex.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> canonicalWithoutBrace, out ReadOnlySpan<byte> hashHex)
    {
        canonicalWithoutBrace = default;
        hashHex = default;
        if (line.Length <= HashSuffixLength + SeqPrefix.Length || !line.StartsWith(SeqPrefix) || !line.EndsWith("\"}"u8))
        {
            return false;
        }

        var suffixStart = line.Length - HashSuffixLength;
        if (!line[suffixStart..].StartsWith(HashMember))
        {
            return false;
        }

        canonicalWithoutBrace = line[..suffixStart];
        hashHex = line.Slice(suffixStart + HashMember.Length, HashLength * 2);
        return true;
    }

    /// <summary>Reads the sequence number at the start of a canonical event.</summary>
    public static bool TryReadSeq(ReadOnlySpan<byte> line, out long seq)
    {
        seq = 0;
        return line.StartsWith(SeqPrefix) && Utf8Parser.TryParse(line[SeqPrefix.Length..], out seq, out var consumed) && consumed > 0
            && line.Length > SeqPrefix.Length + consumed && line[SeqPrefix.Length + consumed] == (byte)',';
    }

    /// <summary>
    /// The subject's pseudonym in a canonical event, or null when the event is about nobody (<c>"subject":null</c>).
    /// The subject is the last member before the hash, and a quote inside a JSON string is always escaped, so the
    /// last <c>,"subject":"</c> is the member itself.
    /// </summary>
    public static string? ReadSubject(ReadOnlySpan<byte> line)
    {
        var at = line.LastIndexOf(SubjectMember);
        if (at < 0)
        {
            return null;
        }

        var value = line[(at + SubjectMember.Length)..];
        return value.Length > Pseudonym.HexLength && value[Pseudonym.HexLength] == (byte)'"'
            ? Encoding.ASCII.GetString(value[..Pseudonym.HexLength])
            : null;
    }

    private static ReadOnlySpan<byte> SubjectMember => ",\"subject\":\""u8;

    /// <summary>Computes the chain hash of an event: SHA-256 over the previous hash, the event without its closing brace, and the brace.</summary>
    public static void Chain(IncrementalHash sha, ReadOnlySpan<byte> previous, ReadOnlySpan<byte> canonicalWithoutBrace, Span<byte> hash)
    {
        sha.AppendData(previous);
        sha.AppendData(canonicalWithoutBrace);
        sha.AppendData("}"u8);
        sha.GetHashAndReset(hash);
    }

    /// <summary>Writes <paramref name="bytes"/> as lower-case hex.</summary>
    public static void ToHex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        const string Digits = "0123456789abcdef";
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = (byte)Digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = (byte)Digits[bytes[i] & 0xF];
        }
    }

    /// <summary>Whether <paramref name="hex"/> spells <paramref name="bytes"/> in lower-case hex.</summary>
    public static bool HexEquals(ReadOnlySpan<byte> hex, ReadOnlySpan<byte> bytes)
    {
        Span<byte> expected = stackalloc byte[HashLength * 2];
        ToHex(bytes, expected);
        return hex.SequenceEqual(expected[..(bytes.Length * 2)]);
    }
}
