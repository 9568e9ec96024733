using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using LawfulBasis.Audit;
using LawfulBasis.Processing;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// The writer encodes entries by hand and hashes them through libcrypto directly, for speed; neither may change a byte
/// of what it writes. The reference here is the canonical form as <see cref="Utf8JsonWriter"/> writes it (how the writer
/// wrote it before, and what trails already on disk hold), and the chain hash as .NET's <see cref="IncrementalHash"/>
/// computes it.
/// </summary>
public sealed class TrailEncodingTests
{
    private static readonly PurposeIndex Purposes = new(ProcessingCatalog.FromAssemblies(typeof(Ordering).Assembly));

    public static TheoryData<string> Texts() => new()
    {
        "Contract purpose `Ordering`",
        "plain",
        "",
        "quote \" backslash \\ slash / <tag> & 'apostrophe' + plus",
        "line\nbreak\ttab\r\u0001\u001f control",
        "é à ü ß — ł 中文 😀",
        "the subject's data was erased on 2026-01-02 and nothing was retained for this purpose (purpose `Ordering`)",
        new string('x', 5000),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_event_is_encoded_byte_for_byte_as_Utf8JsonWriter_encodes_it_however_often_its_strings_recur(string text)
    {
        using var encoder = new TrailEncoder();
        var ordering = Purposes.Require(typeof(Ordering));
        var allergy = Purposes.Require(typeof(AllergyAdvice));
        var undeclared = new AuditedPurpose(typeof(NotAPurpose));
        var trace = ActivityTraceId.CreateRandom();
        var file = "/src/app/Some Folder/Ordering \"Service\".cs";
        var member = "Place" + text; // built at run time: a new instance, as a dynamic string would be
        var times = new[]
        {
            new DateTimeOffset(2026, 11, 30, 15, 29, 34, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 30, 15, 29, 34, 120, TimeSpan.FromHours(2)),
            new DateTimeOffset(2026, 11, 30, 15, 29, 34, TimeSpan.Zero).AddTicks(1),
            new DateTimeOffset(2026, 11, 30, 15, 29, 34, TimeSpan.Zero).AddTicks(1234560),
            DateTimeOffset.UnixEpoch,
        };
        var records = new List<AuditRecord>
        {
            new(times[0], AuditEventKind.Decision, ordering, ProcessingOperation.Read, DenialReason.None, text, "Art. 6(1)(b)", "system", member, file, 42, default, "s"),
            new(times[1], AuditEventKind.Decision, allergy, ProcessingOperation.Disclose, DenialReason.NoConsent, text, text, text, "M", null, 0, trace, "s"),
            new(times[2], AuditEventKind.Decision, undeclared, ProcessingOperation.Erase, DenialReason.UndeclaredPurpose, string.Concat(text, "!"), "Art. 6(1)", null, null, null, 0, default, null),
            new(times[3], AuditEventKind.SubjectErased, null, default, default, text, "Art. 17(1)", null, null, null, 0, default, null),
            new(times[4], AuditEventKind.TrailRecovered, null, default, default, text, "Art. 5(2)", text, text, text, -7, trace, null),
        };

        var seq = 0L;
        for (var round = 0; round < 3; round++) // first sight, second (remembered), third (copied)
        {
            foreach (var record in records)
            {
                seq += 999_999_999;
                var pseudonym = record.SubjectId is null ? null : "0123456789abcdef0123456789abcdef"u8.ToArray();
                var actual = encoder.Event(record, seq, pseudonym).ToArray();
                var expected = Reference.Event(record, seq, pseudonym, IdOf(actual));
                Assert.Equal(System.Text.Encoding.UTF8.GetString(expected[..^1]), System.Text.Encoding.UTF8.GetString(actual));
                Assert.Equal(expected[..^1], actual);
            }
        }
    }

    [Fact]
    public void A_checkpoint_is_encoded_byte_for_byte_as_Utf8JsonWriter_encodes_it()
    {
        using var encoder = new TrailEncoder();
        var checkpoint = new TrailCheckpoint(100_000, new string('a', 64), DateTimeOffset.UtcNow, "0011223344556677", Convert.ToBase64String(new byte[64]));
        var time = new DateTimeOffset(2026, 11, 30, 15, 29, 34, 5, TimeSpan.Zero);
        var actual = encoder.Checkpoint(checkpoint, time, 100_001).ToArray();
        Assert.Equal(Reference.Checkpoint(checkpoint, time, 100_001, IdOf(actual))[..^1], actual);
    }

    [Fact]
    public void The_writers_chain_hash_is_SHA256_of_the_previous_hash_and_the_entry_as_IncrementalHash_computes_it()
    {
        using var native = new ChainHash();
        using var managed = new ChainHash(preferNative: false);
        using var reference = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Assert.False(managed.IsNative);
        if (OperatingSystem.IsLinux())
        {
            Assert.True(native.IsNative, "On Linux the writer should reach libcrypto's SHA-256 (the trail's throughput depends on it).");
        }

        var previous = new byte[32];
        var entry = new byte[1500];
        new Random(7).NextBytes(entry);
        Span<byte> expected = stackalloc byte[32];
        Span<byte> fromNative = stackalloc byte[32];
        Span<byte> fromManaged = stackalloc byte[32];
        for (var length = 0; length < entry.Length; length += 37)
        {
            TrailFormat.Chain(reference, previous, entry.AsSpan(0, length), expected);
            native.Compute(previous, entry.AsSpan(0, length), fromNative);
            managed.Compute(previous, entry.AsSpan(0, length), fromManaged);
            Assert.True(expected.SequenceEqual(fromNative), $"native hash differs at length {length}");
            Assert.True(expected.SequenceEqual(fromManaged), $"managed hash differs at length {length}");
            previous = expected.ToArray();
        }
    }

    [Fact]
    public void The_pseudonym_HMAC_through_libcrypto_matches_RFC_4231_and_dotnet_for_every_key_and_message_length()
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.True(ChainHash.HmacIsNative, "On Linux a new subject's pseudonym should be computed through libcrypto's SHA-256.");
        }

        // RFC 4231, test case 2.
        Span<byte> mac = stackalloc byte[32];
        ChainHash.HmacSha256("Jefe"u8, "what do ya want for nothing?"u8, mac);
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Convert.ToHexStringLower(mac));

        var random = new Random(11);
        Span<byte> expected = stackalloc byte[32];
        foreach (var keyLength in new[] { 0, 16, 32, 64, 65, 131 }) // beyond 64 bytes the key is hashed first: .NET's path
        {
            var key = new byte[keyLength];
            random.NextBytes(key);
            for (var length = 0; length < 300; length += 7)
            {
                var message = new byte[length];
                random.NextBytes(message);
                ChainHash.HmacSha256(key, message, mac);
                HMACSHA256.HashData(key, message, expected);
                Assert.True(expected.SequenceEqual(mac), $"HMAC differs for a {keyLength}-byte key and a {length}-byte message");
            }
        }
    }

    /// <summary>The canonical form as the writer wrote it with <see cref="Utf8JsonWriter"/> (with its closing brace).</summary>
    private static class Reference
    {
        private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = true };

        public static byte[] Event(in AuditRecord record, long seq, byte[]? subject, Guid id)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using var json = new Utf8JsonWriter(buffer, Options);
            json.WriteStartObject();
            json.WriteNumber("seq"u8, seq);
            json.WriteString("time"u8, record.Time.UtcDateTime);
            json.WriteString("id"u8, id);
            json.WriteString("event"u8, record.Kind.ToString());
            if (record.Purpose is not { } purpose)
            {
                json.WriteNull("purpose"u8);
                json.WriteNull("basis"u8);
                json.WriteNull("condition"u8);
            }
            else
            {
                json.WriteString("purpose"u8, purpose.Id);
                json.WriteString("basis"u8, purpose.Basis);
                if (purpose.Condition is { } condition)
                {
                    json.WriteString("condition"u8, condition);
                }
                else
                {
                    json.WriteNull("condition"u8);
                }
            }

            json.WriteStartArray("categories"u8);
            foreach (var category in record.Purpose?.Categories ?? [])
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            if (record.Kind == AuditEventKind.Decision)
            {
                json.WriteString("operation"u8, record.Operation.ToString());
                json.WriteString("decision"u8, record.Reason == DenialReason.None ? "allowed" : "denied");
                json.WriteString("reason"u8, record.Reason.ToString());
            }
            else
            {
                json.WriteNull("operation"u8);
                json.WriteNull("decision"u8);
                json.WriteNull("reason"u8);
            }

            json.WriteString("explanation"u8, record.Explanation);
            json.WriteString("article"u8, record.Article);
            json.WriteString("actor"u8, record.Actor);
            if (record.Member is null)
            {
                json.WriteNull("site"u8);
            }
            else
            {
                json.WriteStartObject("site"u8);
                json.WriteString("member"u8, record.Member);
                json.WriteString("file"u8, Path.GetFileName(record.File.AsSpan()));
                json.WriteNumber("line"u8, record.Line);
                json.WriteEndObject();
            }

            if (record.TraceId == default)
            {
                json.WriteNull("trace"u8);
            }
            else
            {
                json.WriteString("trace"u8, record.TraceId.ToHexString());
            }

            if (subject is null)
            {
                json.WriteNull("subject"u8);
            }
            else
            {
                json.WriteString("subject"u8, subject);
            }

            json.WriteEndObject();
            json.Flush();
            return buffer.WrittenSpan.ToArray();
        }

        public static byte[] Checkpoint(TrailCheckpoint checkpoint, DateTimeOffset time, long seq, Guid id)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using var json = new Utf8JsonWriter(buffer, Options);
            json.WriteStartObject();
            json.WriteNumber("seq"u8, seq);
            json.WriteString("time"u8, time.UtcDateTime);
            json.WriteString("id"u8, id);
            json.WriteString("event"u8, nameof(AuditEventKind.Checkpoint));
            json.WriteNumber("entries"u8, checkpoint.Entries);
            json.WriteString("head"u8, checkpoint.Head);
            json.WriteString("key"u8, checkpoint.KeyId);
            json.WriteString("signature"u8, checkpoint.Signature);
            json.WriteNull("subject"u8);
            json.WriteEndObject();
            json.Flush();
            return buffer.WrittenSpan.ToArray();
        }
    }

    /// <summary>The entry's id (random per writer, so the reference takes it from the entry), checked to be a UUIDv7.</summary>
    private static Guid IdOf(byte[] entryWithoutBrace)
    {
        using var entry = JsonDocument.Parse((byte[])[.. entryWithoutBrace, (byte)'}']);
        var id = entry.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(7, id.Version);
        return id;
    }
}
