namespace LawfulBasis.Audit;

/// <summary>
/// A key store several instances share: it tells the trail when another instance destroyed a key, so that no cached
/// pseudonym outlives an erasure made elsewhere.
/// </summary>
internal interface ISharedKeyStore
{
    /// <summary>Raised (on any thread) when keys may have been destroyed by another instance.</summary>
    event Action? KeysDestroyedElsewhere;
}
