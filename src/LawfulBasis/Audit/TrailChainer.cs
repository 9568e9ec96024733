using System.Buffers;

namespace LawfulBasis.Audit;

/// <summary>
/// The hash chain: numbers each canonical entry, hashes it with the hash before it, and appends the finished line
/// (entry plus <c>"hash"</c>) to the batch the sink stores next. Writer thread only.
/// </summary>
internal sealed class TrailChainer : IDisposable
{
    private readonly ChainHash _sha = new();
    private readonly ArrayBufferWriter<byte> _batch = new(1 << 20);
    private byte[] _previous;
    private byte[] _current = new byte[TrailFormat.HashLength];

    /// <summary>Continues a chain whose last entry is <paramref name="seq"/> with hash <paramref name="head"/> (0 and zeros for a new chain).</summary>
    public TrailChainer(long seq, byte[] head)
    {
        Seq = seq;
        _previous = head;
    }

    /// <summary>The sequence number of the last entry chained.</summary>
    public long Seq { get; private set; }

    /// <summary>The sequence number the next entry gets.</summary>
    public long Next => Seq + 1;

    /// <summary>The hash of the last entry chained: what a checkpoint signs. Valid until the next <see cref="Append"/>.</summary>
    public ReadOnlySpan<byte> Head => _previous;

    /// <summary>The lines chained since the last <see cref="ClearBatch"/>.</summary>
    public ReadOnlySpan<byte> Batch => _batch.WrittenSpan;

    /// <summary>Chains <paramref name="canonical"/> (an entry without its closing brace) as entry <see cref="Next"/> and appends its line to the batch.</summary>
    public void Append(ReadOnlySpan<byte> canonical)
    {
        _sha.Compute(_previous, canonical, _current);

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
        Seq++;
    }

    /// <summary>Starts a new batch once the sink stored the last one.</summary>
    public void ClearBatch() => _batch.ResetWrittenCount();

    public void Dispose() => _sha.Dispose();
}
