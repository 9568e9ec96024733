using System.Security.Cryptography;
using LawfulBasis.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>
/// What the DPO's trail page checks, from the application's own settings: the chain always; with signed checkpoints,
/// every signature against the writer's public key (the running writer's unsigned tail is allowed and counted); with a
/// witness, that the trail still holds everything the witness saw.
/// </summary>
internal static class TrailCheck
{
    public static (TrailVerificationOptions Options, string Signing, string Witness) For(LawfulBasisOptions options, IServiceProvider services)
    {
        ECDsa? publicKey = null;
        var signing = "checkpoints are not signed: SignCheckpoints is off";
        if (options.SignCheckpoints)
        {
            var pem = options.CheckpointSigningKey?.ExportSubjectPublicKeyInfoPem()
                ?? (options.KeyStorePath is { } keys && File.Exists(Path.Combine(keys, CheckpointSigner.PublicKeyFile)) ? File.ReadAllText(Path.Combine(keys, CheckpointSigner.PublicKeyFile)) : null);
            if (pem is null)
            {
                signing = "checkpoints are signed, but the public key was not found next to the key store";
            }
            else
            {
                publicKey = ECDsa.Create();
                publicKey.ImportFromPem(pem);
                signing = "each verified with the writer's public key";
            }
        }

        var witness = services.GetService<ITrailWitness>()
            ?? (string.IsNullOrWhiteSpace(options.CheckpointWitnessPath) ? null : new FileTrailWitness(options.CheckpointWitnessPath));
        var seen = witness?.ReadLatest();
        var text = witness is null
            ? "none configured (CheckpointWitnessPath): a trail cut at its end cannot be told from a short one"
            : seen is null
                ? $"{witness.Location}: no checkpoint published yet"
                : $"{witness.Location}: {seen.Entries} entries at {CenterHtml.Date(seen.Time)}, head {seen.Head[..16]}…";
        return (new TrailVerificationOptions { PublicKey = publicKey, Witness = seen, AllowUnsignedTail = true, AllowEmpty = true }, signing, text);
    }
}
