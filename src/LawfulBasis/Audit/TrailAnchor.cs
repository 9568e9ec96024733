using System.Text;
using System.Text.Json;
using LawfulBasis.Registers;
using Microsoft.Extensions.Logging;

namespace LawfulBasis.Audit;

/// <summary>
/// What the key store remembers of the file trail it serves (<c>trail-anchor.json</c> in the key store's folder, 0600):
/// where the trail is, the hash of its first entry (the trail's id), and how many entries it held, ending in which hash,
/// when the writer last started, stopped cleanly or (without a witness) signed a checkpoint. The key store is kept apart
/// from the trail, so whoever deletes, empties, cuts, replaces or moves the trail file does not also rewrite this; the
/// next start then refuses with a one-line reason instead of starting a new chain over the lost evidence, with or
/// without a witness. A new trail is started in its place only when <c>LawfulBasisOptions.AcceptTrailChange</c>
/// names the lost trail's id, once, and the new trail's first entry says which trail it replaced.
/// </summary>
internal sealed class TrailAnchor
{
    /// <summary>The file's name in the key store's folder.</summary>
    public const string FileName = "trail-anchor.json";

    // The trail's id as printed and accepted: the first 16 hex digits (64 bits) of its first entry's hash.
    private const int IdLength = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _path;
    private readonly string? _accept;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private State? _state;

    /// <summary>Reads what the key store in <paramref name="keyStoreDirectory"/> remembers, if anything.</summary>
    /// <param name="keyStoreDirectory">The key store's folder (held under its lock by the key store).</param>
    /// <param name="acceptTrailChange">The id of a lost trail the operator accepts to replace or move (<c>LawfulBasisOptions.AcceptTrailChange</c>), or null.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where an accepted change is logged.</param>
    /// <exception cref="InvalidDataException">The file is damaged.</exception>
    public TrailAnchor(string keyStoreDirectory, string? acceptTrailChange, TimeProvider time, ILogger logger)
    {
        _path = Path.Combine(keyStoreDirectory, FileName);
        _accept = string.IsNullOrWhiteSpace(acceptTrailChange) ? null : acceptTrailChange.Trim().ToLowerInvariant();
        _time = time;
        _logger = logger;
        _state = Read(_path);
    }

    /// <summary>The entry whose hash the anchor remembers (what the scan at start must report), or 0.</summary>
    public long RememberedEntries => _state?.Id is null ? 0 : _state.Entries;

    /// <summary>Whether the anchor knows the current trail's first entry (false until a new trail's first batch is stored).</summary>
    public bool IsStarted => _state?.Id is not null;

    /// <summary>Whether a checkpoint should also update the anchor: only without a witness, which otherwise keeps each checkpoint outside the trail already.</summary>
    public bool FollowsCheckpoints { get; set; } = true;

    /// <summary>How many entries the anchor last recorded.</summary>
    public long RecordedEntries => _state?.Entries ?? 0;

    /// <summary>
    /// Compares the trail the sink opened with what the key store remembers. A trail the key store knows nothing of (the
    /// first start, or a key store from before this check) is adopted. Returns what the writer records as its first entry
    /// when a change was accepted, else null.
    /// </summary>
    /// <param name="location">The trail file's full path.</param>
    /// <param name="existed">Whether the file existed before the sink opened it.</param>
    /// <param name="scan">What the scan of the (intact part of the) file found.</param>
    /// <exception cref="InvalidDataException">The trail the key store remembers is missing, emptied, cut, replaced or moved, and no change was accepted.</exception>
    public string? Check(string location, bool existed, TrailScan scan)
    {
        var known = _state;
        if (known?.Id is null)
        {
            Adopt(location, scan, known?.Accepted);
            return null;
        }

        var id = known.Id[..IdLength];
        var problem = Compare(known, location, existed, scan);
        if (problem is null)
        {
            if (scan.LastSeq != known.Entries)
            {
                Adopt(location, scan, known.Accepted); // a crash's tail, or entries the tool appended
            }

            return null;
        }

        if (_accept == id && known.Accepted != id)
        {
            var note = $"Started in place of the trail {id} that the key store remembered at {known.Trail} ({known.Entries} entries, {known.Time:u}), which {problem.Short}: accepted with AcceptTrailChange";
            Log.TrailChangeAccepted(_logger, location, id, problem.Short);
            _state = null;
            Adopt(location, scan, accepted: id, force: true);
            return note;
        }

        var acceptance = known.Accepted == id && _accept == id
            ? $"AcceptTrailChange {id} was already used once for this trail; a lasting setting would hide the next loss. Restore the trail, or, after investigating, delete {_path} to make the key store forget it."
            : $"Restore it from its backup; to start a new trail in its place deliberately, set LawfulBasis:AcceptTrailChange (options.AcceptTrailChange) to {id} and restart: the new trail's first entry records what it replaced.";
        throw new InvalidDataException(
            $"{problem.Full} The key store {Path.GetDirectoryName(_path)} remembers the audit trail {id} at {known.Trail} with {known.Entries} entries ({known.Time:u}). {acceptance}");
    }

    /// <summary>On the writer, after the first batch of a trail that started empty is stored: takes its first line's hash as the trail's id.</summary>
    public void Started(string location, ReadOnlySpan<byte> firstBatch)
    {
        var end = firstBatch.IndexOf((byte)'\n');
        var hash = Encoding.ASCII.GetString(firstBatch.Slice(end - (TrailFormat.HashLength * 2) - 2, TrailFormat.HashLength * 2));
        _state = new State(location, hash, 0, null, _time.GetUtcNow(), _state?.Accepted);
    }

    /// <summary>On the writer, once <paramref name="entries"/> entries ending in <paramref name="head"/> are on disk: remembers them.</summary>
    public void Record(long entries, ReadOnlySpan<byte> head)
    {
        if (_state is not { Id: not null } state)
        {
            return;
        }

        _state = state with { Entries = entries, Head = Convert.ToHexStringLower(head), Time = _time.GetUtcNow() };
        Write();
    }

    /// <summary>What is wrong with the trail at <paramref name="location"/>, as the key store remembers it; null when nothing is.</summary>
    private static Problem? Compare(State known, string location, bool existed, TrailScan scan)
    {
        var first = scan.FirstHash is { } f ? Convert.ToHexStringLower(f) : null;
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!string.Equals(known.Trail, location, comparison))
        {
            var holds = !existed ? "does not exist"
                : scan.LastSeq == 0 ? "is empty"
                : first == known.Id ? $"holds the same trail ({scan.LastSeq} entries)"
                : $"holds another trail ({first![..IdLength]}, {scan.LastSeq} entries)";
            return new Problem("was moved",
                $"TrailPath is {location}, which {holds}, but the trail is not where the key store remembers it: set TrailPath back to {known.Trail}.");
        }

        if (!existed)
        {
            return new Problem("was deleted", $"The audit trail {location} is missing.");
        }

        if (scan.LastSeq == 0)
        {
            return new Problem("was emptied", $"The audit trail {location} is empty.");
        }

        if (first != known.Id)
        {
            return new Problem("was replaced", $"The audit trail {location} holds another trail (its first entry's hash begins {first![..IdLength]}).");
        }

        if (scan.LastSeq < known.Entries)
        {
            return new Problem("was cut", $"The audit trail {location} holds {scan.LastSeq} entries: {known.Entries - scan.LastSeq} were cut from its end.");
        }

        return scan.RememberedHash is { } at && Convert.ToHexStringLower(at) == known.Head
            ? null
            : new Problem("was re-chained", $"The audit trail {location} does not hold the entry {known.Entries} the key store recorded: it was re-chained or replaced after it.");
    }

    /// <summary>Remembers the trail as opened: at once when it holds entries, else once its first batch is stored.</summary>
    private void Adopt(string location, TrailScan scan, string? accepted, bool force = false)
    {
        _state = scan.LastSeq == 0 || scan.FirstHash is null
            ? new State(location, null, 0, null, _time.GetUtcNow(), accepted)
            : new State(location, Convert.ToHexStringLower(scan.FirstHash), scan.LastSeq, Convert.ToHexStringLower(scan.LastHash), _time.GetUtcNow(), accepted);
        if (_state.Id is not null || force)
        {
            Write();
        }
    }

    /// <summary>Replaces the file atomically (written beside, synced, renamed), 0600.</summary>
    private void Write()
    {
        var temporary = _path + ".tmp";
        using (var file = PrivateFiles.Create(temporary))
        {
            file.Write(JsonSerializer.SerializeToUtf8Bytes(_state, Json));
            file.WriteByte((byte)'\n');
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
    }

    private static State? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<State>(File.ReadAllBytes(path), Json) is { Trail.Length: > 0 } state
                && (state.Id is null || (state.Id.Length == TrailFormat.HashLength * 2 && state.Head is { Length: TrailFormat.HashLength * 2 } && state.Entries > 0))
                ? state
                : throw new InvalidDataException($"{path} is not the key store's record of its trail (a trail path, first-entry hash, entry count and head hash).");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is damaged ({e.Message}): restore it from the key store's backup, or, after checking the trail with lawfulbasis verify, delete it to make the key store forget the trail.", e);
        }
    }

    /// <summary>What the file holds.</summary>
    /// <param name="Trail">The trail file's full path.</param>
    /// <param name="Id">The hash of its first entry (64 hex digits), or null while it has none.</param>
    /// <param name="Entries">How many entries it held when last recorded.</param>
    /// <param name="Head">The hash of entry <paramref name="Entries"/>.</param>
    /// <param name="Time">When it was recorded.</param>
    /// <param name="Accepted">The id of the last lost trail whose change <c>AcceptTrailChange</c> accepted (it accepts once).</param>
    private sealed record State(string Trail, string? Id, long Entries, string? Head, DateTimeOffset Time, string? Accepted);

    /// <param name="Short">For the note the new trail records ("was deleted").</param>
    /// <param name="Full">The start of the refusal.</param>
    private sealed record Problem(string Short, string Full);
}
