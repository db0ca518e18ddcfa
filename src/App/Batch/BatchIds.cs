using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Tidewater.App.Dedupe;

namespace Tidewater.App.Batch;

/// <summary>128-bit digests of event ids, the same as the real-time duplicate detection's (<c>EventIdKey</c>).</summary>
internal static class BatchIds
{
    /// <summary>The digest of <paramref name="eventId"/>.</summary>
    public static UInt128 Digest(string eventId) => EventIdKey.Of(eventId);

    /// <summary>The digest of an id given as its UTF-8 bytes (ids are ASCII, so JSON holds them unescaped).</summary>
    public static UInt128 Digest(ReadOnlySpan<byte> utf8Id)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(utf8Id, digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>True for the fifth of ids held out to judge a refit (fixed by the id, so every run splits alike).</summary>
    public static bool IsHoldout(UInt128 digest) => (ulong)digest % 5 == 0;

    /// <summary>The label-index bucket of a payment id digest (see <see cref="LabelIndex"/>).</summary>
    public static int LabelBucket(UInt128 digest) => (int)(digest >> 120) % LabelIndex.Buckets;

    /// <summary>A second, independent number from the digest, for sampling.</summary>
    public static ulong SampleKey(UInt128 digest) => (ulong)(digest >> 64);
}
