namespace LawfulBasis.Audit;

/// <summary>
/// A bounded, preallocated ring of trail messages (events, and requests to the writer): many producers, one consumer
/// (the trail's writer). Producers claim a slot with one compare-and-swap and publish it by bumping the slot's sequence
/// number, so enqueuing allocates nothing and takes no lock; a full ring makes producers wait rather than drop. (The design is D. Vyukov's bounded
/// queue; a general-purpose channel would allocate a new segment for every lap of a busy queue.) A producer that finds the
/// ring full sleeps until the consumer has taken a batch (<see cref="WaitForSpace"/>, <see cref="SpaceFreed"/>) rather
/// than spinning: on a machine with few cores a spinning producer takes the processor the consumer needs to make room.
/// </summary>
internal sealed class AuditQueue : IDisposable
{
    private readonly Cell[] _cells;
    private readonly long _mask;
    private readonly ManualResetEventSlim _available = new(false);
    private readonly ManualResetEventSlim _space = new(false);
    private int _producersWaiting;
    private PaddedLong _enqueuePosition;
    private long _dequeuePosition;
    private int _sleeping;
    private volatile bool _completed;

    public AuditQueue(int capacity)
    {
        var size = (int)Math.Max(2, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
        _cells = new Cell[size];
        for (var i = 0; i < size; i++)
        {
            _cells[i].Sequence = i;
        }

        _mask = size - 1;
    }

    public bool IsCompleted => _completed;

    /// <summary>Adds a message; false when the ring is full.</summary>
    public bool TryEnqueue(in TrailMessage message)
    {
        var position = Volatile.Read(ref _enqueuePosition.Value);
        while (true)
        {
            ref var cell = ref _cells[position & _mask];
            var difference = Volatile.Read(ref cell.Sequence) - position;
            if (difference == 0)
            {
                if (Interlocked.CompareExchange(ref _enqueuePosition.Value, position + 1, position) == position)
                {
                    cell.Message = message;
                    Interlocked.Exchange(ref cell.Sequence, position + 1); // a full fence: publish, then look for a sleeper
                    if (Volatile.Read(ref _sleeping) != 0)
                    {
                        _available.Set();
                    }

                    return true;
                }

                position = Volatile.Read(ref _enqueuePosition.Value);
            }
            else if (difference < 0)
            {
                return false;
            }
            else
            {
                position = Volatile.Read(ref _enqueuePosition.Value);
            }
        }
    }

    /// <summary>Takes the oldest message; only the consumer calls this.</summary>
    public bool TryDequeue(out TrailMessage message)
    {
        var position = _dequeuePosition;
        ref var cell = ref _cells[position & _mask];
        if (Volatile.Read(ref cell.Sequence) - (position + 1) < 0)
        {
            message = default;
            return false;
        }

        message = cell.Message;
        cell.Message = default; // drop references held by the slot
        Volatile.Write(ref cell.Sequence, position + _mask + 1);
        _dequeuePosition = position + 1;
        return true;
    }

    /// <summary>The consumer sleeps until a record arrives, the queue completes, or the timeout passes.</summary>
    public void WaitForRecords(TimeSpan timeout)
    {
        _available.Reset();
        Interlocked.Exchange(ref _sleeping, 1); // a full fence: announce the sleep, then look for records
        if (!HasRecord() && !_completed)
        {
            _available.Wait(timeout);
        }

        Volatile.Write(ref _sleeping, 0);
    }

    /// <summary>
    /// A producer found the ring full: sleeps until the consumer frees room (<see cref="SpaceFreed"/>), the queue
    /// completes, or <paramref name="timeout"/> passes (a wake-up taken by another producer is never waited for long).
    /// </summary>
    public void WaitForSpace(TimeSpan timeout)
    {
        _space.Reset();
        Interlocked.Increment(ref _producersWaiting); // a full fence: announce the wait, then look for room
        if (IsFull() && !_completed)
        {
            _space.Wait(timeout);
        }

        Interlocked.Decrement(ref _producersWaiting);
    }

    /// <summary>The consumer took messages: wakes producers waiting for room, if any.</summary>
    public void SpaceFreed()
    {
        Interlocked.MemoryBarrier(); // the slots freed are visible before looking for waiters (pairs with WaitForSpace)
        if (Volatile.Read(ref _producersWaiting) != 0)
        {
            _space.Set();
        }
    }

    /// <summary>No more records will be added; the consumer drains what is left and stops.</summary>
    public void Complete()
    {
        _completed = true;
        _available.Set();
        _space.Set();
    }

    public void Dispose()
    {
        _available.Dispose();
        _space.Dispose();
    }

    private bool IsFull()
    {
        var position = Volatile.Read(ref _enqueuePosition.Value);
        return Volatile.Read(ref _cells[position & _mask].Sequence) - position < 0;
    }

    private bool HasRecord()
    {
        var position = _dequeuePosition;
        return Volatile.Read(ref _cells[position & _mask].Sequence) - (position + 1) >= 0;
    }

    private struct Cell
    {
        public long Sequence;
        public TrailMessage Message;
    }

    /// <summary>Keeps the producers' position on its own cache line, away from the consumer's.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit, Size = 128)]
    private struct PaddedLong
    {
        [System.Runtime.InteropServices.FieldOffset(64)]
        public long Value;
    }
}
