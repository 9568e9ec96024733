using System.Buffers;
using System.Text.Json;
using LawfulBasis.Processing;

namespace LawfulBasis.Audit;

/// <summary>
/// The canonical form of trail entries: one compact JSON object per entry, members in a fixed order, written with
/// <see cref="Utf8JsonWriter"/> into a reused buffer. It returns each entry without its closing brace, which is what the
/// chain hashes (<see cref="TrailChainer"/> appends the hash member and closes it). Writer thread only.
/// </summary>
internal sealed class TrailEncoder : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly EventIds _ids = new();

    public TrailEncoder() => _json = new Utf8JsonWriter(_line, JsonOptions);

    /// <summary>
    /// Entry <paramref name="seq"/> for an event; <paramref name="subject"/> is the subject's pseudonym (ASCII hex), or
    /// null for an event about no subject. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Event(in AuditRecord record, long seq, byte[]? subject)
    {
        var json = Begin();
        json.WriteStartObject();
        json.WriteNumber("seq"u8, seq);
        json.WriteString("time"u8, record.Time.UtcDateTime);
        json.WriteString("id"u8, _ids.Next(record.Time, seq));
        json.WriteString("event"u8, EnumText<AuditEventKind>.Of(record.Kind));
        WritePurpose(record.Purpose);
        WriteDecision(record);
        json.WriteString("explanation"u8, record.Explanation);
        json.WriteString("article"u8, record.Article);
        WriteOptional("actor"u8, record.Actor);
        WriteSite(record);
        WriteTrace(record.TraceId);
        if (subject is not null)
        {
            json.WriteString("subject"u8, subject);
        }
        else
        {
            json.WriteNull("subject"u8);
        }

        json.WriteEndObject();
        return End();
    }

    /// <summary>Entry <paramref name="seq"/> for a signed checkpoint made at <paramref name="time"/>. Valid until the next call.</summary>
    public ReadOnlySpan<byte> Checkpoint(TrailCheckpoint checkpoint, DateTimeOffset time, long seq)
    {
        var json = Begin();
        json.WriteStartObject();
        json.WriteNumber("seq"u8, seq);
        json.WriteString("time"u8, time.UtcDateTime);
        json.WriteString("id"u8, _ids.Next(time, seq));
        json.WriteString("event"u8, EnumText<AuditEventKind>.Of(AuditEventKind.Checkpoint));
        json.WriteNumber("entries"u8, checkpoint.Entries);
        json.WriteString("head"u8, checkpoint.Head);
        json.WriteString("key"u8, checkpoint.KeyId);
        json.WriteString("signature"u8, checkpoint.Signature);
        json.WriteNull("subject"u8);
        json.WriteEndObject();
        return End();
    }

    public void Dispose() => _json.Dispose();

    private Utf8JsonWriter Begin()
    {
        _line.ResetWrittenCount();
        _json.Reset(_line);
        return _json;
    }

    private ReadOnlySpan<byte> End()
    {
        _json.Flush();
        return _line.WrittenSpan[..^1]; // without the closing brace
    }

    /// <summary><c>purpose</c>, <c>basis</c>, <c>condition</c> and <c>categories</c>, pre-encoded once per purpose.</summary>
    private void WritePurpose(AuditedPurpose? purpose)
    {
        var json = _json;
        if (purpose is null)
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
        foreach (var category in purpose?.Categories ?? [])
        {
            json.WriteStringValue(category);
        }

        json.WriteEndArray();
    }

    /// <summary><c>operation</c>, <c>decision</c> and <c>reason</c>: set for a gate decision, null for every other event.</summary>
    private void WriteDecision(in AuditRecord record)
    {
        var json = _json;
        if (record.Kind == AuditEventKind.Decision)
        {
            json.WriteString("operation"u8, EnumText<ProcessingOperation>.Of(record.Operation));
            json.WriteString("decision"u8, record.Reason == DenialReason.None ? "allowed"u8 : "denied"u8);
            json.WriteString("reason"u8, EnumText<DenialReason>.Of(record.Reason));
        }
        else
        {
            json.WriteNull("operation"u8);
            json.WriteNull("decision"u8);
            json.WriteNull("reason"u8);
        }
    }

    /// <summary><c>site</c>: the calling member, its file's name (never its path) and line, or null.</summary>
    private void WriteSite(in AuditRecord record)
    {
        var json = _json;
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
    }

    /// <summary><c>trace</c>: the W3C trace id as 32 hex digits, or null outside a trace.</summary>
    private void WriteTrace(System.Diagnostics.ActivityTraceId traceId)
    {
        if (traceId == default)
        {
            _json.WriteNull("trace"u8);
        }
        else
        {
            Span<byte> raw = stackalloc byte[16];
            Span<byte> hex = stackalloc byte[32];
            traceId.CopyTo(raw);
            TrailFormat.ToHex(raw, hex);
            _json.WriteString("trace"u8, hex);
        }
    }

    private void WriteOptional(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
