using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// When the writer signs a checkpoint, and what becomes of it: checks the stored trail against its witness at start,
/// says when the interval (entries or time) has run out, signs, and publishes the last checkpoint to the witness once it
/// is on disk. Writer thread only, after <see cref="Start"/>.
/// </summary>
internal sealed class CheckpointSchedule : IDisposable
{
    private readonly TrailCheckpointing _policy;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _lastSeq;
    private DateTimeOffset _lastTime;
    private bool _due;
    private TrailCheckpoint? _unpublished;

    public CheckpointSchedule(TrailCheckpointing policy, TimeProvider time, ILogger logger)
    {
        _policy = policy;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether the writer's empty start is still to be signed (a sink that starts a new chain per writer).</summary>
    public bool GenesisDue { get; private set; }

    /// <summary>
    /// Compares the trail with its witness (a trail that does not reach the witness's checkpoint, or holds no checkpoint
    /// from there on, was cut, deleted or replaced: refuse rather than start a new chain over the evidence), and says what the first
    /// checkpoint will cover that was not signed before (a crash's tail), or null.
    /// </summary>
    /// <exception cref="InvalidDataException">The trail is shorter than its witness saw, or was replaced.</exception>
    public string? Start(TrailStart start, string location)
    {
        _lastTime = _time.GetUtcNow();
        _lastSeq = start.LastCheckpointSeq < 0 ? start.Seq : start.LastCheckpointSeq;
        if (_policy.Witness is { } witness && witness.ReadLatest() is { } seen)
        {
            // The witness hears of a checkpoint only once it is stored, as entry Entries + 1: a trail must hold it.
            var held = seen.Entries + 1;
            if (start.Seq < held)
            {
                throw new InvalidDataException(
                    $"The audit trail {location} holds {start.Seq} entries but its witness {witness.Location} kept the checkpoint of {seen.Entries} entries ({seen.Time:u}), which is entry {held}: entries were cut, or the trail was emptied, deleted or replaced. Restore it from its backup and investigate; a new chain would hide the loss.");
            }

            if (start.LastCheckpointSeq >= 0 && start.LastCheckpointSeq < held)
            {
                throw new InvalidDataException(
                    $"The audit trail {location} holds no checkpoint at entry {held} or later, but its witness {witness.Location} kept the checkpoint of {seen.Entries} entries ({seen.Time:u}): it was cut back and written on, or replaced. Restore it from its backup and investigate.");
            }
        }

        if (start.Seq == 0 && start.LastCheckpointSeq < 0)
        {
            // A sink that starts a new chain per writer (PostgreSQL): sign its empty start at once, so a registered
            // writer whose rows were all deleted is missing a signed entry, not merely quiet.
            GenesisDue = true;
        }

        if (start.Seq > _lastSeq)
        {
            _due = true;
            return $"{start.Seq - _lastSeq} entries after the last checkpoint were not signed before the writer stopped (a crash, or checkpoints were off); the next checkpoint covers them, so before it their integrity rests on the hash chain alone";
        }

        return null;
    }

    /// <summary>Whether entries up to <paramref name="seq"/> are unsigned and the interval (entries or time) has run out, or a start-up tail waits.</summary>
    public bool IsDue(long seq) =>
        GenesisDue || (seq > _lastSeq && (_due || seq - _lastSeq >= _policy.EveryEntries || _time.GetUtcNow() - _lastTime >= _policy.Period));

    /// <summary>
    /// Whether a clean shutdown at <paramref name="seq"/> has something to sign: entries not signed yet, or an empty trail.
    /// An empty trail gets a checkpoint of 0 entries, so a writer that started and stopped leaves a signed, witnessed
    /// entry: an emptied or deleted file is then told apart from one that was never written.
    /// </summary>
    public bool HasUnsigned(long seq) => seq > _lastSeq || seq == 0 || GenesisDue;

    /// <summary>Signs the <paramref name="entries"/> entries ending in <paramref name="head"/>; the checkpoint becomes entry <paramref name="entries"/> + 1.</summary>
    public TrailCheckpoint Sign(long entries, ReadOnlySpan<byte> head, DateTimeOffset now)
    {
        var checkpoint = _policy.Signer.Sign(entries, head, now);
        _lastSeq = entries + 1;
        _lastTime = now;
        _due = false;
        GenesisDue = false;
        _unpublished = checkpoint;
        return checkpoint;
    }

    /// <summary>Tells the witness of the checkpoint just stored. A witness that fails is logged, not fatal: the trail itself is whole.</summary>
    public void Publish()
    {
        if (_unpublished is not { } checkpoint || _policy.Witness is not { } witness)
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
            Log.WitnessPublishFailed(_logger, e, witness.Location, checkpoint.Entries);
        }
    }

    public void Dispose() => _policy.Signer.Dispose();
}
