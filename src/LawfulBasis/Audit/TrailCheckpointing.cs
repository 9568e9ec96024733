namespace LawfulBasis.Audit;

/// <summary>
/// How the writer signs checkpoints: the signer (whose key it owns when loaded from the key store), where it publishes
/// them, and how often — after <see cref="EveryEntries"/> entries or <see cref="Period"/>, whichever comes first, and
/// always at a clean shutdown.
/// </summary>
internal sealed record TrailCheckpointing(CheckpointSigner Signer, ITrailWitness? Witness, long EveryEntries, TimeSpan Period);
