using System.Text;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// The append-only, hash-chained trail, composed of parts with one job each: callers only put a small message on a
/// bounded, preallocated queue (<see cref="AuditQueue"/>; they wait only when it is full); one writer thread takes
/// batches from it, pseudonymises (<see cref="PseudonymCache"/>), serialises canonically (<see cref="TrailEncoder"/>),
/// chains (<see cref="TrailChainer"/>) and hands the lines to its <see cref="ITrailSink"/> (a file by default). On start
/// the sink verifies what is stored and the chain continues from it; a recovery from a torn write is itself recorded.
/// With <see cref="TrailCheckpointing"/>, the writer also chains signed checkpoints (<see cref="CheckpointSchedule"/>) at
/// intervals and at clean shutdown, publishes each to the witness once it is on disk, and refuses to start on a trail
/// shorter than its witness saw. Flushes and erasures travel through the queue as requests
/// (<see cref="FlushRequest"/>, <see cref="EraseRequest"/>), so they are served in order with the events around them.
/// </summary>
internal sealed class AuditTrail : IAuditTrail, IAuditRecorder, IDisposable
{
    // About 100 ms of 1 ms polls before the writer sleeps for longer.
    private const int IdlePollsBeforeBlocking = 100;

    // A caller that finds the queue full tries a few times, briefly, before it sleeps until the writer takes a batch.
    private const int SpinsWhenFull = 10;

    // While it chains a batch, the writer tells waiting callers of the room it made every so many messages.
    private const int SpaceFreedEvery = 256;

    private readonly AuditQueue _queue;
    private readonly Thread _writer;
    private readonly ITrailSink _sink;
    private readonly IPseudonymKeyStore _keys;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TrailFlushMode _mode;
    private readonly int _batchSize;
    private readonly PseudonymCache _pseudonyms;
    private readonly CheckpointSchedule? _checkpoints;
    private readonly TrailAnchor? _anchor; // what the key store remembers of a file trail

    // Writer-thread state.
    private readonly TrailEncoder _encoder = new();
    private readonly TrailChainer _chain;
    private readonly TrailMessage[]? _pending; // only for a prefetching key store
    private readonly List<TrailRequest> _served = [];
    private volatile Exception? _fault;

    /// <summary>A trail in a JSON Lines file.</summary>
    public AuditTrail(string path, TrailFlushMode mode, int capacity, int batchSize, IPseudonymKeyStore keys, TimeProvider time, ILogger<AuditTrail> logger)
        : this(new FileTrailSink(path, time, logger), mode, capacity, batchSize, keys, time, logger)
    {
    }

    /// <summary>A trail in the given sink, which it owns from now on.</summary>
    public AuditTrail(ITrailSink sink, TrailFlushMode mode, int capacity, int batchSize, IPseudonymKeyStore keys, TimeProvider time, ILogger<AuditTrail> logger,
        TrailCheckpointing? checkpoints = null)
    {
        _checkpoints = checkpoints is null ? null : new CheckpointSchedule(checkpoints, time, logger);
        _sink = sink;
        Path = sink.Location;
        _mode = mode;
        _batchSize = batchSize;
        _pending = keys is IPrefetchingKeyStore ? new TrailMessage[batchSize] : null;
        _keys = keys;
        _time = time;
        _logger = logger;
        _pseudonyms = new PseudonymCache(keys);
        _anchor = (sink as FileTrailSink)?.Anchor;
        if (_anchor is not null)
        {
            _anchor.FollowsCheckpoints = checkpoints?.Witness is null; // a witness already keeps each checkpoint outside the trail
        }

        string? recovered;
        string? unsignedTail;
        try
        {
            var start = sink.Open();
            recovered = start.Recovered;
            unsignedTail = _checkpoints?.Start(start, sink.Location);
            _chain = new TrailChainer(start.Seq, start.PreviousHash);
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
            Record(Recovery(recovered));
        }

        if (unsignedTail is not null)
        {
            Record(Recovery(unsignedTail));
        }
    }

    public string Path { get; }

    /// <summary>How many batches the writer has stored (with <see cref="EntriesWritten"/>, the batch size profiles look at).</summary>
    internal long BatchesWritten { get; private set; }

    /// <summary>How many entries the writer has chained.</summary>
    internal long EntriesWritten { get; private set; }

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

        if (_mode == TrailFlushMode.Durable)
        {
            var written = new FlushRequest();
            Enqueue(TrailMessage.WriteDurably(record, written));
            written.Done.Task.GetAwaiter().GetResult();
            return;
        }

        Enqueue(TrailMessage.Write(record));
    }

    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flush = new FlushRequest();
        Enqueue(TrailMessage.Ask(flush));
        return flush.Done.Task.WaitAsync(cancellationToken);
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
        var erase = new EraseRequest(subjectId, _time.GetUtcNow());
        Enqueue(TrailMessage.Ask(erase));
        await erase.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return erase.Forgotten;
    }

    public void Dispose()
    {
        _queue.Complete();
        _writer.Join(); // the writer signs a last checkpoint once the queue is drained
        _queue.Dispose();
        _encoder.Dispose();
        _chain.Dispose();
        _sink.Dispose();
        _checkpoints?.Dispose();
    }

    private AuditRecord Recovery(string explanation) =>
        new(_time.GetUtcNow(), AuditEventKind.TrailRecovered, null, default, default, explanation, "Art. 5(2)", null, null, null, 0, default, null);

    private void Enqueue(in TrailMessage message)
    {
        if (_queue.IsCompleted)
        {
            throw _fault is { } closedBy ? Unavailable(closedBy) : new ObjectDisposedException(nameof(AuditTrail), "The audit trail is closed.");
        }

        var spins = 0;
        while (!_queue.TryEnqueue(message))
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

            if (spins++ < SpinsWhenFull)
            {
                Thread.SpinWait(20); // the writer may be about to take a batch
            }
            else
            {
                _queue.WaitForSpace(TimeSpan.FromMilliseconds(10)); // asleep, leaving the processor to the writer
            }
        }
    }

    private InvalidOperationException Unavailable(Exception fault) =>
        new($"The audit trail {Path} stopped after a write failed ({fault.Message}); processing cannot be recorded, so it is refused until the trail is repaired and the application restarted.", fault);

    private void WriteLoop()
    {
        var idlePolls = 0;
        try
        {
            if (_checkpoints is { GenesisDue: true })
            {
                WriteCheckpoint(); // before any entry: the writer's signed start
            }

            while (true)
            {
                if (!_queue.TryDequeue(out var message))
                {
                    if (!_queue.IsCompleted)
                    {
                        // Poll while busy, sleep longer when idle: a busy application never pays to wake the writer,
                        // an idle one costs ten wake-ups a second.
                        _queue.WaitForRecords(TimeSpan.FromMilliseconds(idlePolls++ < IdlePollsBeforeBlocking ? 1 : 100));
                        if (_checkpoints?.IsDue(_chain.Seq) == true)
                        {
                            WriteCheckpoint(); // idle: the period ran out with entries unsigned
                        }

                        continue;
                    }

                    if (!_queue.TryDequeue(out message))
                    {
                        if (_checkpoints?.HasUnsigned(_chain.Seq) == true)
                        {
                            WriteCheckpoint(); // clean shutdown: sign everything written (an empty trail: its start)
                        }

                        if (_anchor is not null && _chain.Seq > 0 && _anchor.RecordedEntries != _chain.Seq)
                        {
                            _sink.Write([], durable: true); // clean shutdown: on disk before the key store says so
                            _anchor.Record(_chain.Seq, _chain.Head);
                        }

                        return; // completed and drained
                    }
                }

                idlePolls = 0;
                WriteBatch(message);
            }
        }
        catch (Exception e)
        {
            Stop(e);
        }
    }

    /// <summary>On the writer: takes up to a batch of messages (the first already dequeued), writes them, stores the batch, then answers its requests.</summary>
    private void WriteBatch(in TrailMessage first)
    {
        var flushToDisk = _mode == TrailFlushMode.Durable;
        var count = _pending is null ? ChainAsTaken(first, ref flushToDisk) : ChainAfterPrefetch(first, _pending, ref flushToDisk);
        var checkpointed = false;
        if (_checkpoints?.IsDue(_chain.Seq) == true)
        {
            AppendCheckpoint();
            flushToDisk = checkpointed = true; // a checkpoint reaches the disk before the witness hears of it
        }

        var anchoring = _anchor is not null && (!_anchor.IsStarted ? _chain.Seq > 0 : checkpointed && _anchor.FollowsCheckpoints);
        _keys.Flush(); // the keys behind this batch's pseudonyms are durable before the entries are
        _sink.Write(_chain.Batch, flushToDisk || anchoring); // the trail's first entries reach the disk before the key store remembers them
        if (anchoring)
        {
            Anchor();
        }

        _chain.ClearBatch();
        BatchesWritten++;
        EntriesWritten += count;
        _checkpoints?.Publish();
        foreach (var request in _served)
        {
            request.Done.TrySetResult();
        }

        _served.Clear();
    }

    /// <summary>
    /// On the writer, with a key store that answers from memory: each message is chained as it is taken from the queue,
    /// in one pass (no copy of the batch to read back). Returns how many messages were taken.
    /// </summary>
    private int ChainAsTaken(in TrailMessage first, ref bool flushToDisk)
    {
        var message = first;
        var count = 0;
        do
        {
            if (message.Request is { } request)
            {
                _served.Add(request); // first: should chaining fail, the request is failed, never forgotten
            }

            Chain(message, ref flushToDisk);
            if ((count & (SpaceFreedEvery - 1)) == SpaceFreedEvery - 1)
            {
                _queue.SpaceFreed(); // callers waiting on a full queue refill it while this batch is written
            }
        }
        while (++count < _batchSize && _queue.TryDequeue(out message));

        _queue.SpaceFreed();
        return count;
    }

    /// <summary>
    /// On the writer, with a key store whose lookups cost a round trip (<see cref="IPrefetchingKeyStore"/>): takes the
    /// batch first, fetches the keys of its new subjects at once, then chains it. Returns how many messages were taken.
    /// </summary>
    private int ChainAfterPrefetch(in TrailMessage first, TrailMessage[] pending, ref bool flushToDisk)
    {
        var message = first;
        var count = 0;
        do
        {
            if (message.Request is { } request)
            {
                _served.Add(request); // now: should the prefetch or chaining fail, the request is failed, never forgotten
            }

            if (message.HasEvent && message.Event.SubjectId is { } subject)
            {
                _pseudonyms.Want(subject);
            }

            pending[count] = message;
        }
        while (++count < _batchSize && _queue.TryDequeue(out message));

        _queue.SpaceFreed(); // callers waiting on a full queue refill it while this batch is written
        _pseudonyms.FetchWanted(); // one round trip for the batch's new subjects
        for (var i = 0; i < count; i++)
        {
            Chain(pending[i], ref flushToDisk);
        }

        Array.Clear(pending, 0, count); // release the messages' strings and requests
        return count;
    }

    /// <summary>On the writer: chains a message's event, if any, and does what its request asks (the caller has put the request among those answered once the batch is stored).</summary>
    private void Chain(in TrailMessage message, ref bool flushToDisk)
    {
        if (message.HasEvent)
        {
            Append(message.Event, message.Event.SubjectId is { } subject ? _pseudonyms.Of(subject) : null);
        }

        switch (message.Request)
        {
            case FlushRequest:
                flushToDisk = true;
                break;
            case EraseRequest erase:
                flushToDisk = true;
                Erase(erase);
                break;
        }
    }

    /// <summary>On the writer: destroys the subject's key and, when there was one, records the erasure under the pseudonym destroyed.</summary>
    private void Erase(EraseRequest erase)
    {
        if (_pseudonyms.Forget(erase.SubjectId) is { } pseudonym)
        {
            erase.Forgotten = pseudonym;
            Append(new AuditRecord(erase.Time, AuditEventKind.SubjectErased, null, default, default,
                "The subject's pseudonym key was destroyed; earlier entries can no longer be linked to them", "Art. 17(1)",
                null, null, null, 0, default, null), Encoding.ASCII.GetBytes(pseudonym));
        }
    }

    /// <summary>On the writer: serialises one event canonically and chains it into the batch.</summary>
    private void Append(in AuditRecord record, byte[]? pseudonym) => _chain.Append(_encoder.Event(record, _chain.Next, pseudonym));

    /// <summary>On the writer: signs the entries so far and chains the checkpoint into the batch.</summary>
    private void AppendCheckpoint()
    {
        var now = _time.GetUtcNow();
        var checkpoint = _checkpoints!.Sign(_chain.Seq, _chain.Head, now);
        _chain.Append(_encoder.Checkpoint(checkpoint, now, _chain.Next));
    }

    /// <summary>On the writer: a checkpoint on its own (idle or at shutdown), durably, then published.</summary>
    private void WriteCheckpoint()
    {
        AppendCheckpoint();
        _sink.Write(_chain.Batch, durable: true);
        if (_anchor is not null && (!_anchor.IsStarted || _anchor.FollowsCheckpoints))
        {
            Anchor();
        }

        _chain.ClearBatch();
        _checkpoints!.Publish();
    }

    /// <summary>On the writer, once the batch is on disk: the key store remembers the trail's first entry (if this batch holds it) and its length.</summary>
    private void Anchor()
    {
        if (!_anchor!.IsStarted)
        {
            if (_chain.Seq == 0)
            {
                return; // a batch of requests only (a flush): still nothing to remember
            }

            _anchor.Started(Path, _chain.Batch); // a trail that started empty: this batch holds entry 1
        }

        _anchor.Record(_chain.Seq, _chain.Head);
    }

    /// <summary>On the writer, after a failure: refuses everything from now on, and fails every request waiting or queued.</summary>
    private void Stop(Exception e)
    {
        _fault = e;
        Log.TrailWriteFailed(_logger, e, Path);
        _queue.Complete();
        foreach (var request in _served)
        {
            request.Done.TrySetException(Unavailable(e));
        }

        while (_queue.TryDequeue(out var abandoned))
        {
            abandoned.Request?.Done.TrySetException(Unavailable(e));
        }
    }
}
