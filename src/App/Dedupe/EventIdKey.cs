using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Tidewater.App.Dedupe;

/// <summary>A 128-bit digest of an event id: compact to remember, collision-free in practice.</summary>
/// <remarks>
/// SHA-256 truncated to 128 bits: a non-cryptographic hash would let a client craft ids that collide with another
/// client's and so have their events dropped as duplicates.
/// </remarks>
internal static class EventIdKey
{
    public static UInt128 Of(string eventId)
    {
        Span<byte> utf8 = stackalloc byte[512];
        int length = Encoding.UTF8.GetBytes(eventId, utf8);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(utf8[..length], digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}
