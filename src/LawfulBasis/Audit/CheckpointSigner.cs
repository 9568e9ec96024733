using System.Security.Cryptography;
using LawfulBasis.Registers;

namespace LawfulBasis.Audit;

/// <summary>
/// Signs the trail's checkpoints with an ECDSA P-256 key kept apart from the trail: in the key store's folder
/// (<c>checkpoint-signing.key</c>, 0600, with its public half in <c>checkpoint-signing.pub.pem</c>), or supplied by the
/// host (a key from a vault or an HSM). Whoever can read the trail but not this key cannot forge a checkpoint.
/// </summary>
public sealed class CheckpointSigner : IDisposable
{
    /// <summary>The private key's file in a key store folder.</summary>
    public const string PrivateKeyFile = "checkpoint-signing.key";

    /// <summary>The public key's file (PEM) in a key store folder: give it to auditors for <c>verify --public-key</c>.</summary>
    public const string PublicKeyFile = "checkpoint-signing.pub.pem";

    private readonly ECDsa _key;
    private readonly bool _ownsKey;

    /// <summary>Signs with a key the host supplies (it stays the host's: it is not disposed here).</summary>
    /// <param name="key">An ECDSA key on the NIST P-256 curve, with its private part.</param>
    public CheckpointSigner(ECDsa key)
        : this(key, ownsKey: false)
    {
    }

    private CheckpointSigner(ECDsa key, bool ownsKey)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeySize != 256)
        {
            throw new ArgumentException("The checkpoint signing key must be ECDSA P-256.", nameof(key));
        }

        _key = key;
        _ownsKey = ownsKey;
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
        KeyId = KeyIdOf(key);
    }

    /// <summary>The public key, PEM (SubjectPublicKeyInfo), for <c>verify --public-key</c>.</summary>
    public string PublicKeyPem { get; }

    /// <summary>The key's id as it appears in checkpoints.</summary>
    public string KeyId { get; }

    /// <summary>Loads the signing key of a key store folder, creating it (0600) on first use, with its public key beside it.</summary>
    /// <param name="folder">The key store folder (KeyStorePath).</param>
    /// <returns>The signer.</returns>
    /// <exception cref="InvalidDataException">The key file is damaged.</exception>
    public static CheckpointSigner LoadOrCreate(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        PrivateFiles.CreateFolder(folder);
        var privatePath = Path.Combine(folder, PrivateKeyFile);
        var key = ECDsa.Create();
        if (File.Exists(privatePath))
        {
            try
            {
                key.ImportFromPem(File.ReadAllText(privatePath));
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                key.Dispose();
                throw new InvalidDataException($"{privatePath} is not an ECDSA private key ({e.Message}). Restore it from the key store's backup; a new key would leave earlier checkpoints checkable only with the old public key.", e);
            }

            PrivateFiles.Restrict(privatePath);
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            var temporary = privatePath + ".tmp";
            using (var file = PrivateFiles.Create(temporary))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(key.ExportPkcs8PrivateKeyPem());
                writer.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, privatePath, overwrite: true);
        }

        var signer = new CheckpointSigner(key, ownsKey: true);
        var publicPath = Path.Combine(folder, PublicKeyFile);
        if (!File.Exists(publicPath) || File.ReadAllText(publicPath) != signer.PublicKeyPem)
        {
            File.WriteAllText(publicPath, signer.PublicKeyPem);
        }

        return signer;
    }

    /// <summary>Signs that the trail held <paramref name="entries"/> entries ending in <paramref name="head"/> at <paramref name="time"/>.</summary>
    public TrailCheckpoint Sign(long entries, ReadOnlySpan<byte> head, DateTimeOffset time)
    {
        var hex = Convert.ToHexStringLower(head);
        var signature = _key.SignData(TrailCheckpoint.StatementOf(entries, hex, time), HashAlgorithmName.SHA256);
        return new TrailCheckpoint(entries, hex, time, KeyId, Convert.ToBase64String(signature));
    }

    /// <summary>Whether <paramref name="checkpoint"/> was signed by the private half of <paramref name="publicKey"/>.</summary>
    public static bool IsSignedBy(TrailCheckpoint checkpoint, ECDsa publicKey)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(publicKey);
        Span<byte> signature = stackalloc byte[64];
        return checkpoint.KeyId == KeyIdOf(publicKey)
            && Convert.TryFromBase64String(checkpoint.Signature, signature, out var length) && length == 64
            && publicKey.VerifyData(checkpoint.Statement(), signature, HashAlgorithmName.SHA256);
    }

    /// <summary>Reads a public key from PEM text (SubjectPublicKeyInfo, as in <see cref="PublicKeyFile"/>).</summary>
    /// <exception cref="InvalidDataException">The text holds no ECDSA P-256 public key.</exception>
    public static ECDsa ReadPublicKey(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return key.KeySize == 256 ? key : throw new InvalidDataException("the key is not on the P-256 curve");
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidDataException($"it holds no ECDSA public key in PEM form ({e.Message})", e);
        }
    }

    /// <summary>The id of a key: the first 8 bytes of the SHA-256 of its SubjectPublicKeyInfo, in hex.</summary>
    public static string KeyIdOf(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 8));
    }

    /// <summary>Releases the key when it was loaded from the key store.</summary>
    public void Dispose()
    {
        if (_ownsKey)
        {
            _key.Dispose();
        }
    }
}
