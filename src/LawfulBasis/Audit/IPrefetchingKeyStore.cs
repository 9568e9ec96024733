namespace LawfulBasis.Audit;

/// <summary>
/// A key store whose lookups cost a round trip (a database): the trail's writer hands it every subject of a batch at
/// once, so that a batch of new subjects costs one round trip rather than one per subject.
/// </summary>
internal interface IPrefetchingKeyStore
{
    /// <summary>Loads, or creates, the keys of these subjects, so that the next <see cref="IPseudonymKeyStore.GetOrCreate"/> calls for them are served from memory.</summary>
    void Prefetch(IReadOnlyCollection<string> subjectIds);
}
