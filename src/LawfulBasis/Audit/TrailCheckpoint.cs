using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LawfulBasis.Audit;

/// <summary>
/// A signed statement that a trail held <see cref="Entries"/> entries ending in the chain hash <see cref="Head"/> at
/// <see cref="Time"/>. The writer chains one into the trail at intervals and at clean shutdown, and publishes the latest
/// to a witness outside the trail's folder; whoever holds the public key can check it, nobody without the private key
/// can make one.
/// </summary>
/// <param name="Entries">How many entries the trail held before the checkpoint.</param>
/// <param name="Head">The chain hash of entry <see cref="Entries"/> (lower-case hex; 64 zeros when there is none).</param>
/// <param name="Time">When it was signed.</param>
/// <param name="KeyId">The signing key's id: the first 8 bytes of the SHA-256 of its public key, in hex.</param>
/// <param name="Signature">The ECDSA P-256 signature (IEEE P1363, base64) of <see cref="Statement"/>.</param>
public sealed record TrailCheckpoint(long Entries, string Head, DateTimeOffset Time, string KeyId, string Signature)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The bytes signed: the format's name, the count, the head hash and the time in ticks, on one line.</summary>
    public byte[] Statement() => StatementOf(Entries, Head, Time);

    /// <summary>The checkpoint as one line of JSON (what a file witness holds).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a checkpoint written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not a checkpoint.</exception>
    public static TrailCheckpoint FromJson(string json)
    {
        try
        {
            var checkpoint = JsonSerializer.Deserialize<TrailCheckpoint>(json, Json);
            return checkpoint is { Head.Length: 64, KeyId: not null, Signature: not null, Entries: >= 0 }
                ? checkpoint
                : throw new InvalidDataException("it lacks the entry count, head hash, key id or signature");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    internal static byte[] StatementOf(long entries, string head, DateTimeOffset time) =>
        Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"lawfulbasis-checkpoint/1 entries={entries} head={head} time={time.UtcTicks}"));
}
