namespace LawfulBasis.Audit;

/// <summary>
/// A witness in a file (one JSON line, the latest checkpoint), replaced atomically (written beside, then renamed).
/// Put it where whoever administers the trail's folder cannot write: another volume, another machine's share.
/// </summary>
/// <param name="path">The witness file.</param>
public sealed class FileTrailWitness(string path) : ITrailWitness
{
    /// <inheritdoc />
    public string Location { get; } = Path.GetFullPath(path);

    /// <inheritdoc />
    public void Publish(TrailCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        var temporary = Location + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(checkpoint.ToJson());
            writer.Write('\n');
            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Location, overwrite: true);
    }

    /// <inheritdoc />
    public TrailCheckpoint? ReadLatest()
    {
        if (!File.Exists(Location))
        {
            return null;
        }

        try
        {
            return TrailCheckpoint.FromJson(File.ReadAllText(Location));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The trail witness {Location} holds no checkpoint: {e.Message}. Restore it from its backup.", e);
        }
    }
}
