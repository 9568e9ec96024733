using System.Security.Cryptography;
using LawfulBasis.Audit;

namespace LawfulBasis.Ropa;

/// <summary>
/// What an auditor reading the record needs to check the audit trail's signed checkpoints: the public half of the
/// checkpoint signing key (PEM), its id (the <c>keyId</c> every checkpoint names), and where the witness is kept.
/// Given to <see cref="RopaWriter.Write(ProcessingCatalog, RopaFormat, TextWriter, RopaTrailEvidence?)"/>, it adds an
/// "Audit trail evidence" section, so the record carries the key <c>lawfulbasis verify --public-key</c> checks against.
/// </summary>
public sealed class RopaTrailEvidence
{
    private RopaTrailEvidence(string publicKeyPem, string keyId, string? witnessLocation)
    {
        PublicKeyPem = publicKeyPem;
        KeyId = keyId;
        WitnessLocation = witnessLocation;
    }

    /// <summary>The public key, PEM (SubjectPublicKeyInfo), as in <c>checkpoint-signing.pub.pem</c>.</summary>
    public string PublicKeyPem { get; }

    /// <summary>The key's id: the first 8 bytes of the SHA-256 of its SubjectPublicKeyInfo, in hex, as checkpoints name it.</summary>
    public string KeyId { get; }

    /// <summary>Where the witness of the latest checkpoint is kept (<c>CheckpointWitnessPath</c>), or null when none is configured.</summary>
    public string? WitnessLocation { get; }

    /// <summary>Evidence for checkpoints signed by the private half of <paramref name="publicKeyPem"/>.</summary>
    /// <param name="publicKeyPem">The public key, PEM (the content of <c>checkpoint-signing.pub.pem</c>).</param>
    /// <param name="witnessLocation">Where the witness is kept, or null.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="InvalidDataException">The text holds no ECDSA P-256 public key.</exception>
    public static RopaTrailEvidence ForPublicKey(string publicKeyPem, string? witnessLocation = null)
    {
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        using var key = CheckpointSigner.ReadPublicKey(publicKeyPem);
        return ForKey(key, witnessLocation);
    }

    /// <summary>Evidence for checkpoints signed by <paramref name="key"/> (its public half only is kept).</summary>
    /// <param name="key">The signing key, or its public half.</param>
    /// <param name="witnessLocation">Where the witness is kept, or null.</param>
    /// <returns>The evidence.</returns>
    public static RopaTrailEvidence ForKey(ECDsa key, string? witnessLocation = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new RopaTrailEvidence(key.ExportSubjectPublicKeyInfoPem().Trim() + "\n", CheckpointSigner.KeyIdOf(key), witnessLocation);
    }

    /// <summary>The command an auditor runs, with the key saved under its usual name.</summary>
    internal string VerifyCommand =>
        $"lawfulbasis verify <trail.jsonl> --public-key {CheckpointSigner.PublicKeyFile}{(WitnessLocation is null ? string.Empty : $" --witness {WitnessLocation}")}";
}
