using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LawfulBasis.Audit;

/// <summary>
/// UUIDv7 event ids (RFC 9562: 48-bit Unix milliseconds, then random bits), made from one random value drawn per
/// writer plus the entry's sequence number, so ids are unique without asking the operating system for randomness on
/// every event (which costs a system call here).
/// </summary>
internal sealed class EventIds
{
    private readonly ulong _random = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
    private readonly ushort _randomA = BinaryPrimitives.ReadUInt16LittleEndian(RandomNumberGenerator.GetBytes(2));

    public Guid Next(DateTimeOffset time, long seq)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)time.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt64BigEndian(bytes, milliseconds << 16);
        var randomA = (ushort)(_randomA ^ (ushort)(seq >> 48));
        bytes[6] = (byte)(0x70 | ((randomA >> 8) & 0x0F)); // version 7
        bytes[7] = (byte)randomA;
        var randomB = _random ^ (ulong)seq;
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], randomB);
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
