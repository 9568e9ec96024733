using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LawfulBasis.Processing;

namespace LawfulBasis.Audit;

/// <summary>
/// The canonical form of trail entries: one compact JSON object per entry, members in a fixed order, written straight
/// into a reused UTF-8 buffer, byte for byte what <see cref="Utf8JsonWriter"/> writes for the same members (a test holds
/// the two together): its string escaping (through <see cref="JsonEncodedText"/> and a <see cref="Utf8JsonWriter"/> kept
/// for strings seen once), its number, date (round-trip format, fraction without trailing zeros) and GUID formats. Member
/// names are constants, a purpose's members are encoded once per purpose, and strings the writer sees again and again —
/// an allowed decision's explanation and article, the actor, the calling member and file, all the same instances on
/// every call — are encoded once and copied after that, so an entry costs a few copies and three formatted numbers, and
/// allocates nothing. It returns each entry without its closing brace, which is what the chain hashes
/// (<see cref="TrailChainer"/> appends the hash member and closes it). Writer thread only.
/// </summary>
internal sealed class TrailEncoder : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, SkipValidation = true };

    private readonly EventIds _ids = new();
    private readonly EncodedStrings _values = new();
    private readonly EncodedStrings _fileNames = new();

    // Strings met for the first time are escaped by System.Text.Json itself, so the escaping is always its own.
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly Utf8JsonWriter _escaper;
    private byte[] _line = new byte[2048];
    private int _length;

    public TrailEncoder() => _escaper = new Utf8JsonWriter(_scratch, JsonOptions);

    /// <summary>
    /// Entry <paramref name="seq"/> for an event; <paramref name="subject"/> is the subject's pseudonym (ASCII hex), or
    /// null for an event about no subject. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Event(in AuditRecord record, long seq, byte[]? subject)
    {
        Begin(seq, record.Time);
        Put(",\"id\":\""u8);
        PutGuid(_ids.Next(record.Time, seq));
        Put("\",\"event\":"u8);
        PutQuoted(EnumText<AuditEventKind>.Of(record.Kind));
        WritePurpose(record.Purpose);
        WriteDecision(record);
        Put(",\"explanation\":"u8);
        PutString(record.Explanation, _values);
        Put(",\"article\":"u8);
        PutString(record.Article, _values);
        Put(",\"actor\":"u8);
        PutString(record.Actor, _values);
        WriteSite(record);
        WriteTrace(record.TraceId);
        if (subject is null)
        {
            Put(",\"subject\":null"u8);
        }
        else
        {
            Put(",\"subject\":\""u8);
            Put(subject); // ASCII hex: nothing to escape
            Put("\""u8);
        }

        return _line.AsSpan(0, _length);
    }

    /// <summary>Entry <paramref name="seq"/> for a signed checkpoint made at <paramref name="time"/>. Valid until the next call.</summary>
    public ReadOnlySpan<byte> Checkpoint(TrailCheckpoint checkpoint, DateTimeOffset time, long seq)
    {
        Begin(seq, time);
        Put(",\"id\":\""u8);
        PutGuid(_ids.Next(time, seq));
        Put("\",\"event\":"u8);
        PutQuoted(EnumText<AuditEventKind>.Of(AuditEventKind.Checkpoint));
        Put(",\"entries\":"u8);
        PutNumber(checkpoint.Entries);
        Put(",\"head\":"u8);
        PutString(checkpoint.Head, cache: null);
        Put(",\"key\":"u8);
        PutString(checkpoint.KeyId, cache: null);
        Put(",\"signature\":"u8);
        PutString(checkpoint.Signature, cache: null);
        Put(",\"subject\":null"u8);
        return _line.AsSpan(0, _length);
    }

    public void Dispose() => _escaper.Dispose();

    /// <summary>Starts an entry: <c>{"seq":…,"time":"…"</c>.</summary>
    private void Begin(long seq, DateTimeOffset time)
    {
        _length = 0;
        Put("{\"seq\":"u8);
        PutNumber(seq);
        Put(",\"time\":\""u8);
        PutTime(time.UtcDateTime);
        Put("\""u8);
    }

    /// <summary><c>purpose</c>, <c>basis</c>, <c>condition</c> and <c>categories</c>, pre-encoded once per purpose.</summary>
    private void WritePurpose(AuditedPurpose? purpose)
    {
        if (purpose is null)
        {
            Put(",\"purpose\":null,\"basis\":null,\"condition\":null,\"categories\":[]"u8);
            return;
        }

        Put(",\"purpose\":"u8);
        PutQuoted(purpose.Id);
        Put(",\"basis\":"u8);
        PutQuoted(purpose.Basis);
        if (purpose.Condition is { } condition)
        {
            Put(",\"condition\":"u8);
            PutQuoted(condition);
        }
        else
        {
            Put(",\"condition\":null"u8);
        }

        Put(",\"categories\":["u8);
        var categories = purpose.Categories;
        for (var i = 0; i < categories.Length; i++)
        {
            if (i > 0)
            {
                Put(","u8);
            }

            PutQuoted(categories[i]);
        }

        Put("]"u8);
    }

    /// <summary><c>operation</c>, <c>decision</c> and <c>reason</c>: set for a gate decision, null for every other event.</summary>
    private void WriteDecision(in AuditRecord record)
    {
        if (record.Kind == AuditEventKind.Decision)
        {
            Put(",\"operation\":"u8);
            PutQuoted(EnumText<ProcessingOperation>.Of(record.Operation));
            Put(record.Reason == DenialReason.None ? ",\"decision\":\"allowed\",\"reason\":"u8 : ",\"decision\":\"denied\",\"reason\":"u8);
            PutQuoted(EnumText<DenialReason>.Of(record.Reason));
        }
        else
        {
            Put(",\"operation\":null,\"decision\":null,\"reason\":null"u8);
        }
    }

    /// <summary><c>site</c>: the calling member, its file's name (never its path) and line, or null.</summary>
    private void WriteSite(in AuditRecord record)
    {
        if (record.Member is null)
        {
            Put(",\"site\":null"u8);
            return;
        }

        Put(",\"site\":{\"member\":"u8);
        PutString(record.Member, _values);
        Put(",\"file\":"u8);
        PutFileName(record.File);
        Put(",\"line\":"u8);
        PutNumber(record.Line);
        Put("}"u8);
    }

    /// <summary><c>trace</c>: the W3C trace id as 32 hex digits, or null outside a trace.</summary>
    private void WriteTrace(System.Diagnostics.ActivityTraceId traceId)
    {
        if (traceId == default)
        {
            Put(",\"trace\":null"u8);
            return;
        }

        Span<byte> raw = stackalloc byte[16];
        traceId.CopyTo(raw);
        Put(",\"trace\":\""u8);
        TrailFormat.ToHex(raw, Room(32));
        _length += 32;
        Put("\""u8);
    }

    /// <summary>A string value (quoted, escaped as System.Text.Json escapes it), or <c>null</c>; from <paramref name="cache"/> when the same instance came before.</summary>
    private void PutString(string? value, EncodedStrings? cache)
    {
        if (value is null)
        {
            Put("null"u8);
        }
        else if (cache?.Find(value) is { } encoded)
        {
            Put(encoded);
        }
        else
        {
            var escaped = Escape(value);
            Put(escaped);
            cache?.Remember(value, escaped);
        }
    }

    /// <summary>The file name of a caller's path (never the path itself), as a string value.</summary>
    private void PutFileName(string? path)
    {
        if (path is not null && _fileNames.Find(path) is { } encoded)
        {
            Put(encoded);
            return;
        }

        var escaped = Escape(Path.GetFileName(path.AsSpan()));
        Put(escaped);
        if (path is not null)
        {
            _fileNames.Remember(path, escaped);
        }
    }

    /// <summary>A string value quoted and escaped by System.Text.Json. Valid until the next call.</summary>
    private ReadOnlySpan<byte> Escape(ReadOnlySpan<char> value)
    {
        _scratch.ResetWrittenCount();
        _escaper.Reset(_scratch);
        _escaper.WriteStringValue(value);
        _escaper.Flush();
        return _scratch.WrittenSpan;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see Put
    private void PutQuoted(JsonEncodedText text)
    {
        var bytes = text.EncodedUtf8Bytes;
        var room = Room(bytes.Length + 2);
        room[0] = (byte)'"';
        bytes.CopyTo(room[1..]);
        room[bytes.Length + 1] = (byte)'"';
        _length += bytes.Length + 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see Put
    private void PutNumber(long value)
    {
        Utf8Formatter.TryFormat(value, Room(20), out var written);
        _length += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see Put
    private void PutGuid(Guid value)
    {
        Utf8Formatter.TryFormat(value, Room(36), out var written);
        _length += written;
    }

    /// <summary>
    /// A UTC time as System.Text.Json writes it: the round-trip ("O") format with the fraction's trailing zeros removed,
    /// and no fraction at all when it is zero.
    /// </summary>
    private void PutTime(DateTime utc)
    {
        const int FractionStart = 20; // yyyy-MM-ddTHH:mm:ss.fffffffZ
        var room = Room(33);
        Utf8Formatter.TryFormat(utc, room, out var written, new StandardFormat('O'));
        if (written != 28 || room[FractionStart - 1] != (byte)'.')
        {
            throw new InvalidOperationException($"Unexpected round-trip time format for {utc:O}."); // a UTC DateTime always has this shape
        }

        var end = FractionStart + 7;
        while (end > FractionStart && room[end - 1] == (byte)'0')
        {
            end--;
        }

        if (end == FractionStart)
        {
            end--; // no fraction: drop the point too
        }

        room[end] = (byte)'Z';
        _length += end + 1;
    }

    // Inlined whatever the JIT's profile says: inlined, a literal's copy is unrolled at its known length; called, each
    // is a call and a Memmove. Measured: encoding took 279–291 ns an entry with dynamic PGO off (these calls not
    // inlined), 156–167 ns with it; about a third of processes ran the slow code even with PGO on.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>At least <paramref name="size"/> bytes after what the line holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // see Put
    private Span<byte> Room(int size)
    {
        if (_line.Length - _length < size)
        {
            Grow(size);
        }

        return _line.AsSpan(_length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // rare: kept out of every inlined Room
    private void Grow(int size) => Array.Resize(ref _line, Math.Max(_line.Length * 2, _length + size));

    /// <summary>
    /// Encoded string values by string instance (not by content, so a lookup costs no hashing of the text): a small
    /// direct-mapped table. An instance is remembered on its second appearance, so strings built per event (a denial's
    /// explanation with its date) never allocate; strings that recur (literals, per-purpose strings) are encoded twice,
    /// then copied.
    /// </summary>
    private sealed class EncodedStrings
    {
        private const int Slots = 256;
        private readonly string?[] _keys = new string?[Slots];
        private readonly byte[]?[] _encoded = new byte[]?[Slots];

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // see Put
        public byte[]? Find(string value)
        {
            var slot = RuntimeHelpers.GetHashCode(value) & (Slots - 1);
            return ReferenceEquals(_keys[slot], value) ? _encoded[slot] : null;
        }

        public void Remember(string value, ReadOnlySpan<byte> encoded)
        {
            var slot = RuntimeHelpers.GetHashCode(value) & (Slots - 1);
            if (ReferenceEquals(_keys[slot], value))
            {
                _encoded[slot] = encoded.ToArray(); // seen before: it recurs
            }
            else
            {
                _keys[slot] = value;
                _encoded[slot] = null;
            }
        }
    }
}
