using System.Text;

namespace LawfulBasis.Audit;

/// <summary>How a subject appears in the trail: an HMAC-SHA256 of their identifier under their own secret.</summary>
internal static class Pseudonym
{
    /// <summary>The pseudonym's length in hex digits (128 bits).</summary>
    public const int HexLength = 32;

    /// <summary>The pseudonym as ASCII hex bytes, ready to be written into a trail line.</summary>
    public static byte[] Compute(byte[] key, string subjectId)
    {
        Span<byte> mac = stackalloc byte[32];
        ChainHash.HmacSha256(key, Encoding.UTF8.GetBytes(subjectId), mac);
        var hex = new byte[HexLength];
        TrailFormat.ToHex(mac[..(HexLength / 2)], hex);
        return hex;
    }

    /// <summary>The subject's pseudonym as text, or null when the key store holds no secret for them (never seen, or erased).</summary>
    public static string? Find(IPseudonymKeyStore keys, string subjectId) =>
        keys.Find(subjectId) is { } key ? Encoding.ASCII.GetString(Compute(key, subjectId)) : null;
}
