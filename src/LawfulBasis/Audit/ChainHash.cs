using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace LawfulBasis.Audit;

/// <summary>
/// The writer's chain hash, <c>h_i = SHA-256(h_(i-1) || canonical_i || "}")</c> (<see cref="TrailFormat"/>), computed
/// once per entry. On Linux it calls OpenSSL's plain SHA-256 functions (<c>SHA256_Init/Update/Final</c> in the libcrypto
/// .NET itself uses): behind <see cref="IncrementalHash"/>, OpenSSL 3.0's EVP interface looks the algorithm up again on
/// every reset, which costs about as much as hashing a 600-byte line (measured: 0.97 µs per entry through
/// <see cref="IncrementalHash"/>, 0.55 µs direct, 0.47 µs for the hashing alone). The same OpenSSL code hashes either way
/// (SHA-NI where the processor has it). Where libcrypto cannot be loaded, or where it disagrees with .NET's SHA-256 on a
/// test input at start, the writer uses <see cref="IncrementalHash"/>. The verifier always uses
/// <see cref="IncrementalHash"/>, so every trail written this way is checked by the other implementation.
/// An instance is for the writer thread only; the static <see cref="HmacSha256"/> (pseudonyms) is for any thread.
/// </summary>
internal sealed unsafe class ChainHash : IDisposable
{
    // OpenSSL's SHA256_CTX is 112 bytes; room to spare.
    private const int ContextSize = 256;

    private static readonly NativeSha256? Native = NativeSha256.TryLoad();

    private readonly IncrementalHash? _managed;
    private void* _context;

    /// <summary>A hasher, native when libcrypto's SHA-256 was found and agrees with .NET's, else managed.</summary>
    public ChainHash()
        : this(preferNative: true)
    {
    }

    /// <summary>A hasher; <paramref name="preferNative"/> false always uses <see cref="IncrementalHash"/> (tests compare the two).</summary>
    public ChainHash(bool preferNative)
    {
        if (preferNative && Native is not null)
        {
            _context = NativeMemory.AllocZeroed(ContextSize);
        }
        else
        {
            _managed = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }
    }

    // A context per thread for HmacSha256, pinned only while in use (a managed array: nothing to free when the thread ends).
    [ThreadStatic]
    private static byte[]? _hmacContext;

    /// <summary>
    /// HMAC-SHA256 of <paramref name="message"/> under <paramref name="key"/> (at most 64 bytes) into <paramref name="mac"/>,
    /// through libcrypto's plain SHA-256 when it was found and agrees with .NET's HMAC on test inputs (checked once per
    /// process), else <see cref="HMACSHA256.HashData(ReadOnlySpan{byte}, ReadOnlySpan{byte}, Span{byte})"/>. A subject's
    /// pseudonym is an HMAC under their own new key, which the one-shot .NET call sets up anew each time (measured 3 µs a
    /// call); four SHA-256 blocks cost well under a microsecond. Any thread.
    /// </summary>
    public static void HmacSha256(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, Span<byte> mac)
    {
        if (NativeHmac is { } native && key.Length <= NativeSha256.BlockLength)
        {
            var context = _hmacContext ??= new byte[ContextSize];
            fixed (byte* c = context)
            {
                native.Hmac(c, key, message, mac);
            }

            return;
        }

        HMACSHA256.HashData(key, message, mac);
    }

    private static readonly NativeSha256? NativeHmac = Native is not null && Native.HmacAgreesWithDotNet() ? Native : null;

    /// <summary>Whether <see cref="HmacSha256"/> calls libcrypto directly (for keys of at most 64 bytes).</summary>
    public static bool HmacIsNative => NativeHmac is not null;

    /// <summary>Whether this hasher calls libcrypto directly.</summary>
    public bool IsNative => _context is not null;

    /// <summary>Writes into <paramref name="hash"/> the chain hash of an entry (without its closing brace) that follows <paramref name="previous"/>.</summary>
    public void Compute(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> canonicalWithoutBrace, Span<byte> hash)
    {
        if (_managed is not null)
        {
            TrailFormat.Chain(_managed, previous, canonicalWithoutBrace, hash);
            return;
        }

        ObjectDisposedException.ThrowIf(_context is null, this);
        Native!.Chain(_context, previous, canonicalWithoutBrace, hash);
    }

    public void Dispose()
    {
        _managed?.Dispose();
        if (_context is not null)
        {
            NativeMemory.Free(_context);
            _context = null;
        }
    }

    /// <summary>libcrypto's SHA-256 entry points, found once per process.</summary>
    private sealed class NativeSha256
    {
        private readonly delegate* unmanaged<void*, int> _init;
        private readonly delegate* unmanaged<void*, byte*, nuint, int> _update;
        private readonly delegate* unmanaged<byte*, void*, int> _final;

        private NativeSha256(nint init, nint update, nint final)
        {
            _init = (delegate* unmanaged<void*, int>)init;
            _update = (delegate* unmanaged<void*, byte*, nuint, int>)update;
            _final = (delegate* unmanaged<byte*, void*, int>)final;
        }

        /// <summary>libcrypto's functions when found and agreeing with .NET's SHA-256 on a test input; null otherwise.</summary>
        public static NativeSha256? TryLoad()
        {
            if (!OperatingSystem.IsLinux())
            {
                return null; // .NET hashes with the operating system's own library elsewhere, without this cost
            }

            foreach (var name in (ReadOnlySpan<string>)["libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so"])
            {
                if (NativeLibrary.TryLoad(name, typeof(ChainHash).Assembly, null, out var library)
                    && NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
                    && NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
                    && NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
                {
                    var native = new NativeSha256(init, update, final);
                    if (native.AgreesWithDotNet())
                    {
                        return native;
                    }
                }
            }

            return null;
        }

        public void Chain(void* context, ReadOnlySpan<byte> previous, ReadOnlySpan<byte> canonicalWithoutBrace, Span<byte> hash)
        {
            if (hash.Length < TrailFormat.HashLength)
            {
                throw new ArgumentException("A chain hash needs 32 bytes.", nameof(hash));
            }

            var ok = _init(context);
            fixed (byte* p = previous)
            fixed (byte* c = canonicalWithoutBrace)
            fixed (byte* h = hash)
            {
                byte brace = (byte)'}';
                ok &= _update(context, p, (nuint)previous.Length);
                ok &= _update(context, c, (nuint)canonicalWithoutBrace.Length);
                ok &= _update(context, &brace, 1);
                ok &= _final(h, context);
            }

            if (ok != 1)
            {
                throw new CryptographicException("OpenSSL's SHA-256 failed while chaining a trail entry.");
            }
        }

        /// <summary>SHA-256's block length, the longest HMAC key used as it is.</summary>
        public const int BlockLength = 64;

        /// <summary>HMAC-SHA256 (RFC 2104) with a key of at most <see cref="BlockLength"/> bytes.</summary>
        public void Hmac(void* context, ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, Span<byte> mac)
        {
            if (key.Length > BlockLength || mac.Length < TrailFormat.HashLength)
            {
                throw new ArgumentException("An HMAC-SHA256 here takes a key of at most 64 bytes and 32 bytes for the MAC.");
            }

            Span<byte> pad = stackalloc byte[BlockLength];
            Span<byte> inner = stackalloc byte[TrailFormat.HashLength];
            pad.Fill(0x36);
            for (var i = 0; i < key.Length; i++)
            {
                pad[i] ^= key[i];
            }

            var ok = _init(context);
            fixed (byte* p = pad)
            fixed (byte* m = message)
            fixed (byte* h = inner)
            fixed (byte* o = mac)
            {
                ok &= _update(context, p, BlockLength);
                ok &= _update(context, m, (nuint)message.Length);
                ok &= _final(h, context);
                for (var i = 0; i < BlockLength; i++)
                {
                    pad[i] ^= 0x36 ^ 0x5C; // the inner pad becomes the outer one
                }

                ok &= _init(context);
                ok &= _update(context, p, BlockLength);
                ok &= _update(context, h, TrailFormat.HashLength);
                ok &= _final(o, context);
            }

            CryptographicOperations.ZeroMemory(pad); // it holds the key
            if (ok != 1)
            {
                throw new CryptographicException("OpenSSL's SHA-256 failed while computing an HMAC.");
            }
        }

        /// <summary>Whether <see cref="Hmac"/> agrees with .NET's HMAC-SHA256 on keys and messages of several lengths.</summary>
        public bool HmacAgreesWithDotNet()
        {
            var context = NativeMemory.AllocZeroed(ContextSize);
            try
            {
                Span<byte> key = stackalloc byte[BlockLength];
                Span<byte> message = stackalloc byte[150];
                for (var i = 0; i < message.Length; i++)
                {
                    message[i] = (byte)(i * 13 + 1);
                }

                for (var i = 0; i < key.Length; i++)
                {
                    key[i] = (byte)(255 - (i * 5));
                }

                Span<byte> native = stackalloc byte[TrailFormat.HashLength];
                Span<byte> expected = stackalloc byte[TrailFormat.HashLength];
                foreach (var keyLength in (ReadOnlySpan<int>)[0, 1, 32, 63, 64])
                {
                    for (var length = 0; length <= message.Length; length += 25)
                    {
                        Hmac(context, key[..keyLength], message[..length], native);
                        HMACSHA256.HashData(key[..keyLength], message[..length], expected);
                        if (!native.SequenceEqual(expected))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
            finally
            {
                NativeMemory.Free(context);
            }
        }

        private bool AgreesWithDotNet()
        {
            var context = NativeMemory.AllocZeroed(ContextSize);
            try
            {
                // Lengths that cross SHA-256's 64-byte blocks and its padding boundary.
                Span<byte> previous = stackalloc byte[TrailFormat.HashLength];
                Span<byte> entry = stackalloc byte[119];
                for (var i = 0; i < entry.Length; i++)
                {
                    entry[i] = (byte)(i * 7);
                }

                previous.Fill(0xA5);
                Span<byte> native = stackalloc byte[TrailFormat.HashLength];
                Span<byte> expected = stackalloc byte[TrailFormat.HashLength];
                using var managed = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                for (var length = 0; length <= entry.Length; length += 17)
                {
                    Chain(context, previous, entry[..length], native);
                    TrailFormat.Chain(managed, previous, entry[..length], expected);
                    if (!native.SequenceEqual(expected))
                    {
                        return false;
                    }
                }

                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
            finally
            {
                NativeMemory.Free(context);
            }
        }
    }
}
