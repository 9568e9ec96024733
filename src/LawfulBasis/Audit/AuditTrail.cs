using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// The append-only, hash-chained trail. Callers only enqueue a small record on a bounded, preallocated queue
/// (<see cref="AuditQueue"/>; they wait only when it is full); one writer thread pseudonymises, serialises, chains and
/// hands batches of JSON lines to its <see cref="ITrailSink"/> (a file by default). On start the sink verifies what is
/// stored and the chain continues from it; a recovery from a torn write is itself recorded. With
/// <see cref="TrailCheckpointing"/>, the writer also chains signed checkpoints at intervals and at clean shutdown,
/// publishes each to the witness once it is on disk, and refuses to start on a trail shorter than its witness saw.
/// </summary>
internal sealed partial class AuditTrail : IAuditTrail, IAuditRecorder, IDisposable
{
    // About 100 ms of 1 ms polls before the writer sleeps for longer.
    private const int IdlePollsBeforeBlocking = 100;
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, SkipValidation = true };

    private readonly AuditQueue _queue;
    private readonly Thread _writer;
    private readonly ITrailSink _sink;
    private readonly IPseudonymKeyStore _keys;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TrailFlushMode _mode;
    private readonly int _batchSize;
    private readonly ConcurrentDictionary<string, byte[]> _pseudonyms = new(StringComparer.Ordinal);

    // Writer-thread state.
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly ArrayBufferWriter<byte> _batch = new(1 << 20);
    private readonly Utf8JsonWriter _json;
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<TaskCompletionSource> _waiting = [];
    private readonly AuditRecord[] _pending;
    private readonly HashSet<string> _unknownSubjects = new(StringComparer.Ordinal);
    private readonly EventIds _ids = new();
    private byte[] _previous;
    private byte[] _current = new byte[TrailFormat.HashLength];
    private long _seq;
    private volatile Exception? _fault;
    private readonly TrailCheckpointing? _checkpoints;
    private long _lastCheckpointSeq;
    private DateTimeOffset _lastCheckpointTime;
    private bool _checkpointDue;
    private bool _genesisDue;
    private TrailCheckpoint? _unpublished;

    /// <summary>A trail in a JSON Lines file.</summary>
    public AuditTrail(string path, TrailFlushMode mode, int capacity, int batchSize, IPseudonymKeyStore keys, TimeProvider time, ILogger<AuditTrail> logger)
        : this(new FileTrailSink(path, time, logger), mode, capacity, batchSize, keys, time, logger)
    {
    }

    /// <summary>A trail in the given sink, which it owns from now on.</summary>
    public AuditTrail(ITrailSink sink, TrailFlushMode mode, int capacity, int batchSize, IPseudonymKeyStore keys, TimeProvider time, ILogger<AuditTrail> logger,
        TrailCheckpointing? checkpoints = null)
    {
        _checkpoints = checkpoints;
        _sink = sink;
        Path = sink.Location;
        _mode = mode;
        _batchSize = batchSize;
        _pending = new AuditRecord[batchSize];
        _keys = keys;
        _time = time;
        _logger = logger;
        _json = new Utf8JsonWriter(_line, JsonOptions);
        if (keys is ISharedKeyStore shared)
        {
            // Another instance erased someone: forget every cached pseudonym (the next use asks the store again).
            shared.KeysDestroyedElsewhere += _pseudonyms.Clear;
        }

        string? recovered;
        string? unsignedTail;
        try
        {
            var start = sink.Open();
            (_seq, _previous, recovered) = start;
            unsignedTail = StartCheckpoints(start);
        }
        catch
        {
            sink.Dispose();
            checkpoints?.Signer.Dispose();
            throw;
        }

        _queue = new AuditQueue(capacity);
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "LawfulBasis audit trail writer" };
        _writer.Start();
        if (recovered is not null)
        {
            Record(new AuditRecord(_time.GetUtcNow(), AuditEventKind.TrailRecovered, null, default, default, recovered, "Art. 5(2)",
                null, null, null, 0, default, null));
        }

        if (unsignedTail is not null)
        {
            Record(new AuditRecord(_time.GetUtcNow(), AuditEventKind.TrailRecovered, null, default, default, unsignedTail, "Art. 5(2)",
                null, null, null, 0, default, null));
        }
    }

    public string Path { get; }

    /// <summary>
    /// Compares the trail with its witness (a trail shorter than the witness saw, or ending elsewhere at the same length,
    /// was cut, deleted or replaced: refuse rather than start a new chain over the evidence), and says what the first
    /// checkpoint will cover that was not signed before (a crash's tail), or null.
    /// </summary>
    private string? StartCheckpoints(TrailStart start)
    {
        if (_checkpoints is null)
        {
            return null;
        }

        _lastCheckpointTime = _time.GetUtcNow();
        _lastCheckpointSeq = start.LastCheckpointSeq < 0 ? start.Seq : start.LastCheckpointSeq;
        if (_checkpoints.Witness is { } witness && witness.ReadLatest() is { } seen)
        {
            if (seen.Entries > start.Seq)
            {
                throw new InvalidDataException(
                    $"The audit trail {_sink.Location} holds {start.Seq} entries but its witness {witness.Location} saw {seen.Entries} (checkpoint of {seen.Time:u}): entries were cut, or the trail was deleted or replaced. Restore it from its backup and investigate; a new chain would hide the loss.");
            }

            if (seen.Entries == start.Seq && seen.Entries > 0 && !string.Equals(seen.Head, Convert.ToHexStringLower(start.PreviousHash), StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"The audit trail {_sink.Location} does not end in the entry its witness {witness.Location} saw (checkpoint of {seen.Time:u}): it was replaced or re-chained. Restore it from its backup and investigate.");
            }
        }

        if (start.Seq == 0 && start.LastCheckpointSeq < 0)
        {
            // A sink that starts a new chain per writer (PostgreSQL): sign its empty start at once, so a registered
            // writer whose rows were all deleted is missing a signed entry, not merely quiet.
            _genesisDue = true;
        }

        if (start.Seq > _lastCheckpointSeq)
        {
            _checkpointDue = true;
            return $"{start.Seq - _lastCheckpointSeq} entries after the last checkpoint were not signed before the writer stopped (a crash, or checkpoints were off); the next checkpoint covers them, so before it their integrity rests on the hash chain alone";
        }

        return null;
    }

    public void Record(in AuditRecord record)
    {
        if (record.Actor is not null)
        {
            TrailText.EnsureNoSubjectId(record.Actor, record.SubjectId, "actor");
        }

        if (_fault is { } fault)
        {
            throw Unavailable(fault);
        }

        if (_mode == TrailFlushMode.Durable && record.Written is null)
        {
            var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Enqueue(record with { Written = written });
            written.Task.GetAwaiter().GetResult();
            return;
        }

        Enqueue(record);
    }

    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new AuditRecord(default, FlushMarker, null, default, default, string.Empty, string.Empty, null, null, null, 0, default, null, flushed));
        return flushed.Task.WaitAsync(cancellationToken);
    }

    public string? PseudonymOf(string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        return Pseudonym.Find(_keys, subjectId);
    }

    public async Task<IReadOnlyList<Rights.HistoryEntry>> HistoryAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return PseudonymOf(subjectId) is { } pseudonym
            ? await _sink.HistoryAsync(pseudonym, cancellationToken).ConfigureAwait(false)
            : [];
    }

    /// <summary>
    /// Destroys a subject's pseudonym key and records the erasure under the old pseudonym. The writer does it in queue
    /// order, so every event recorded before this call keeps the old pseudonym and every later one gets a new key:
    /// nothing after the erasure can be linked to what came before.
    /// </summary>
    public async Task<string?> ForgetAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var forgotten = new System.Runtime.CompilerServices.StrongBox<string?>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new AuditRecord(_time.GetUtcNow(), AuditEventKind.SubjectErased, null, default, default,
            "The subject's pseudonym key was destroyed; earlier entries can no longer be linked to them", "Art. 17(1)",
            null, null, null, 0, default, subjectId, done, forgotten));
        await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return forgotten.Value;
    }

    public void Dispose()
    {
        _queue.Complete();
        _writer.Join(); // the writer signs a last checkpoint once the queue is drained
        _queue.Dispose();
        _json.Dispose();
        _sha.Dispose();
        _sink.Dispose();
        _checkpoints?.Signer.Dispose();
    }

    // An internal kind: asks the writer to flush and signal; never written as a line.
    private const AuditEventKind FlushMarker = (AuditEventKind)(-1);

    private void Enqueue(in AuditRecord record)
    {
        if (_queue.IsCompleted)
        {
            throw _fault is { } closedBy ? Unavailable(closedBy) : new ObjectDisposedException(nameof(AuditTrail), "The audit trail is closed.");
        }

        var wait = new SpinWait();
        while (!_queue.TryEnqueue(record))
        {
            // Full: wait for the writer (back-pressure). Nothing is dropped.
            if (_fault is { } fault)
            {
                throw Unavailable(fault);
            }

            if (_queue.IsCompleted)
            {
                throw new ObjectDisposedException(nameof(AuditTrail), "The audit trail is closed.");
            }

            wait.SpinOnce(sleep1Threshold: 20);
        }
    }

    private InvalidOperationException Unavailable(Exception fault) =>
        new($"The audit trail {Path} stopped after a write failed ({fault.Message}); processing cannot be recorded, so it is refused until the trail is repaired and the application restarted.", fault);

    private void WriteLoop()
    {
        var idlePolls = 0;
        try
        {
            if (_genesisDue)
            {
                WriteCheckpoint(); // before any entry: the writer's signed start
            }

            while (true)
            {
                if (!_queue.TryDequeue(out var record))
                {
                    if (!_queue.IsCompleted)
                    {
                        // Poll while busy, sleep longer when idle: a busy application never pays to wake the writer,
                        // an idle one costs ten wake-ups a second.
                        _queue.WaitForRecords(TimeSpan.FromMilliseconds(idlePolls++ < IdlePollsBeforeBlocking ? 1 : 100));
                        if (CheckpointDue())
                        {
                            WriteCheckpoint(); // idle: the period ran out with entries unsigned
                        }

                        continue;
                    }

                    if (!_queue.TryDequeue(out record))
                    {
                        if (_checkpoints is not null && (_seq > _lastCheckpointSeq || _genesisDue))
                        {
                            WriteCheckpoint(); // clean shutdown: sign everything written
                        }

                        return; // completed and drained
                    }
                }

                idlePolls = 0;
                var count = 0;
                do
                {
                    if (record.Written is { } waiter)
                    {
                        _waiting.Add(waiter);
                    }

                    _pending[count] = record;
                }
                while (++count < _batchSize && _queue.TryDequeue(out record));

                PrefetchKeys(count);
                var flushToDisk = _mode == TrailFlushMode.Durable;
                for (var i = 0; i < count; i++)
                {
                    ref readonly var next = ref _pending[i];
                    if (next.Kind == FlushMarker)
                    {
                        flushToDisk = true;
                    }
                    else if (next.Forgotten is { } forgotten)
                    {
                        flushToDisk = true;
                        if (Forget(next.SubjectId!) is { } pseudonym)
                        {
                            forgotten.Value = pseudonym;
                            Append(next with { SubjectId = null }, pseudonym);
                        }
                    }
                    else
                    {
                        Append(next);
                    }
                }

                Array.Clear(_pending, 0, count); // release the records' strings and waiters
                if (CheckpointDue())
                {
                    AppendCheckpoint();
                    flushToDisk = true; // a checkpoint reaches the disk before the witness hears of it
                }

                _keys.Flush(); // the keys behind this batch's pseudonyms are durable before the entries are
                _sink.Write(_batch.WrittenSpan, flushToDisk);
                _batch.ResetWrittenCount();
                PublishCheckpoint();
                foreach (var waiter in _waiting)
                {
                    waiter.TrySetResult();
                }

                _waiting.Clear();
            }
        }
        catch (Exception e)
        {
            _fault = e;
            LogWriteFailed(_logger, e, Path);
            _queue.Complete();
            foreach (var waiter in _waiting)
            {
                waiter.TrySetException(Unavailable(e));
            }

            while (_queue.TryDequeue(out var abandoned))
            {
                abandoned.Written?.TrySetException(Unavailable(e));
            }
        }
    }

    /// <summary>On the writer: whether entries are unsigned and the interval (entries or time) has run out, or a start-up tail waits.</summary>
    private bool CheckpointDue() =>
        _checkpoints is { } policy && (_genesisDue || (_seq > _lastCheckpointSeq
        && (_checkpointDue || _seq - _lastCheckpointSeq >= policy.EveryEntries || _time.GetUtcNow() - _lastCheckpointTime >= policy.Period)));

    /// <summary>On the writer: signs the entries so far, chains the checkpoint into the batch.</summary>
    private void AppendCheckpoint()
    {
        var now = _time.GetUtcNow();
        var checkpoint = _checkpoints!.Signer.Sign(_seq, _previous, now);
        var seq = _seq + 1;
        _line.ResetWrittenCount();
        _json.Reset(_line);
        var json = _json;
        json.WriteStartObject();
        json.WriteNumber("seq"u8, seq);
        json.WriteString("time"u8, now.UtcDateTime);
        json.WriteString("id"u8, _ids.Next(now, seq));
        json.WriteString("event"u8, EnumText<AuditEventKind>.Of(AuditEventKind.Checkpoint));
        json.WriteNumber("entries"u8, checkpoint.Entries);
        json.WriteString("head"u8, checkpoint.Head);
        json.WriteString("key"u8, checkpoint.KeyId);
        json.WriteString("signature"u8, checkpoint.Signature);
        json.WriteNull("subject"u8);
        json.WriteEndObject();
        json.Flush();
        ChainIntoBatch(seq);
        _lastCheckpointSeq = seq;
        _lastCheckpointTime = now;
        _checkpointDue = false;
        _genesisDue = false;
        _unpublished = checkpoint;
    }

    /// <summary>On the writer: a checkpoint on its own (idle or at shutdown), durably, then published.</summary>
    private void WriteCheckpoint()
    {
        AppendCheckpoint();
        _sink.Write(_batch.WrittenSpan, durable: true);
        _batch.ResetWrittenCount();
        PublishCheckpoint();
    }

    /// <summary>On the writer: tells the witness of the checkpoint just written. A witness that fails is logged, not fatal: the trail itself is whole.</summary>
    private void PublishCheckpoint()
    {
        if (_unpublished is not { } checkpoint || _checkpoints?.Witness is not { } witness)
        {
            _unpublished = null;
            return;
        }

        _unpublished = null;
        try
        {
            witness.Publish(checkpoint);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWitnessFailed(_logger, e, witness.Location, checkpoint.Entries);
        }
    }

    /// <summary>On the writer: asks a key store with costly lookups for every subject of the batch it has no pseudonym cached for, at once.</summary>
    private void PrefetchKeys(int count)
    {
        if (_keys is not IPrefetchingKeyStore prefetching)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (_pending[i] is { SubjectId: { } subject, Forgotten: null } && _pending[i].Kind != FlushMarker && !_pseudonyms.ContainsKey(subject))
            {
                _unknownSubjects.Add(subject);
            }
        }

        if (_unknownSubjects.Count > 0)
        {
            prefetching.Prefetch(_unknownSubjects);
            _unknownSubjects.Clear();
        }
    }

    /// <summary>On the writer: drops the cached pseudonym and destroys the key; returns the pseudonym, or null when there was no key.</summary>
    private string? Forget(string subjectId)
    {
        _pseudonyms.TryRemove(subjectId, out var cached);
        var key = _keys.Find(subjectId);
        var pseudonym = cached ?? (key is null ? null : Pseudonym.Compute(key, subjectId));
        return _keys.Delete(subjectId) && pseudonym is not null ? Encoding.ASCII.GetString(pseudonym) : null;
    }

    /// <summary>Serialises one event canonically, chains it, and appends the line to the batch.</summary>
    private void Append(in AuditRecord record, string? pseudonym = null)
    {
        var seq = _seq + 1;
        _line.ResetWrittenCount();
        _json.Reset(_line);
        WriteCanonical(record, seq, pseudonym);
        _json.Flush();
        ChainIntoBatch(seq);
    }

    /// <summary>Chains the canonical event in <see cref="_line"/> as entry <paramref name="seq"/> and appends the line to the batch.</summary>
    private void ChainIntoBatch(long seq)
    {
        var canonical = _line.WrittenSpan[..^1]; // without the closing brace
        TrailFormat.Chain(_sha, _previous, canonical, _current);

        var line = _batch.GetSpan(canonical.Length + TrailFormat.HashSuffixLength + 1);
        canonical.CopyTo(line);
        var at = canonical.Length;
        TrailFormat.HashMember.CopyTo(line[at..]);
        at += TrailFormat.HashMember.Length;
        TrailFormat.ToHex(_current, line[at..]);
        at += TrailFormat.HashLength * 2;
        "\"}\n"u8.CopyTo(line[at..]);
        _batch.Advance(at + 3);

        (_previous, _current) = (_current, _previous);
        _seq = seq;
    }

    private void WriteCanonical(in AuditRecord record, long seq, string? pseudonym)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteNumber("seq"u8, seq);
        json.WriteString("time"u8, record.Time.UtcDateTime);
        json.WriteString("id"u8, _ids.Next(record.Time, seq));
        json.WriteString("event"u8, EnumText<AuditEventKind>.Of(record.Kind));
        var purpose = record.Purpose;
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
        if (record.Kind == AuditEventKind.Decision)
        {
            json.WriteString("operation"u8, EnumText<Processing.ProcessingOperation>.Of(record.Operation));
            json.WriteString("decision"u8, record.Reason == Processing.DenialReason.None ? "allowed"u8 : "denied"u8);
            json.WriteString("reason"u8, EnumText<Processing.DenialReason>.Of(record.Reason));
        }
        else
        {
            json.WriteNull("operation"u8);
            json.WriteNull("decision"u8);
            json.WriteNull("reason"u8);
        }

        json.WriteString("explanation"u8, record.Explanation);
        json.WriteString("article"u8, record.Article);
        WriteOptional("actor"u8, record.Actor);
        if (record.Member is null)
        {
            json.WriteNull("site"u8);
        }
        else
        {
            json.WriteStartObject("site"u8);
            json.WriteString("member"u8, record.Member);
            json.WriteString("file"u8, System.IO.Path.GetFileName(record.File.AsSpan()));
            json.WriteNumber("line"u8, record.Line);
            json.WriteEndObject();
        }

        if (record.TraceId == default)
        {
            json.WriteNull("trace"u8);
        }
        else
        {
            Span<byte> raw = stackalloc byte[16];
            Span<byte> hex = stackalloc byte[32];
            record.TraceId.CopyTo(raw);
            TrailFormat.ToHex(raw, hex);
            json.WriteString("trace"u8, hex);
        }

        if (pseudonym is not null)
        {
            json.WriteString("subject"u8, pseudonym);
        }
        else if (record.SubjectId is { } subject)
        {
            json.WriteString("subject"u8, PseudonymFor(subject));
        }
        else
        {
            json.WriteNull("subject"u8);
        }

        json.WriteEndObject();
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

    private byte[] PseudonymFor(string subjectId)
    {
        if (_pseudonyms.TryGetValue(subjectId, out var cached))
        {
            return cached;
        }

        var pseudonym = Pseudonym.Compute(_keys.GetOrCreate(subjectId), subjectId);
        if (_pseudonyms.Count > 1_000_000)
        {
            _pseudonyms.Clear(); // bounded memory; a miss only costs one HMAC
        }

        _pseudonyms[subjectId] = pseudonym;
        return pseudonym;
    }

    [LoggerMessage(4, LogLevel.Error, "Publishing the checkpoint of {Entries} entries to the trail witness {Witness} failed; the trail is intact, but the witness lags behind it until the next checkpoint")]
    private static partial void LogWitnessFailed(ILogger logger, Exception exception, string witness, long entries);

    [LoggerMessage(2, LogLevel.Critical, "Writing the audit trail {Path} failed; processing will be refused until it is repaired")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string path);
}
