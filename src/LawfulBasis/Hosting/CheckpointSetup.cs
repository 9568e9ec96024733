using LawfulBasis.Audit;
using LawfulBasis.Ropa;

namespace LawfulBasis;

/// <summary>
/// The trail's checkpoint policy, built once from the options so that the writer and the Record of Processing
/// Activities name the same signing key and witness (the key store's key is created on first use; two loads could race).
/// </summary>
/// <param name="Checkpointing">The policy, or null when <see cref="LawfulBasisOptions.SignCheckpoints"/> is off.</param>
internal sealed record CheckpointSetup(TrailCheckpointing? Checkpointing)
{
    /// <summary>What the record shows an auditor: the public key and the witness's location; null when nothing is signed.</summary>
    public RopaTrailEvidence? Evidence =>
        Checkpointing is { } c ? RopaTrailEvidence.ForPublicKey(c.Signer.PublicKeyPem, c.Witness?.Location) : null;
}
