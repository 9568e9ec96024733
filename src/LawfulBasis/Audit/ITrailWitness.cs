namespace LawfulBasis.Audit;

/// <summary>
/// Keeps the trail's latest signed checkpoint somewhere the trail's own folder is not: another file system, the
/// database, an external timestamping service. Someone who can rewrite the trail folder then cannot hide a cut or a
/// deletion: the witness still knows how many entries there were. Implement it to call an external service (a
/// callback); <see cref="FileTrailWitness"/> is the embedded one.
/// </summary>
public interface ITrailWitness
{
    /// <summary>Where the witness is, for messages.</summary>
    string Location { get; }

    /// <summary>Keeps <paramref name="checkpoint"/> as the latest. Called by the writer after the checkpoint is on disk.</summary>
    void Publish(TrailCheckpoint checkpoint);

    /// <summary>The latest checkpoint kept, or null when none was ever published.</summary>
    /// <exception cref="InvalidDataException">What the witness holds is not a checkpoint.</exception>
    TrailCheckpoint? ReadLatest();
}
