using System.Security.Cryptography;

namespace Tidewater.App.Batch;

/// <summary>SHA-256 as lower-case hex, whole or as a short id for blob names.</summary>
public static class BatchHashes
{
    /// <summary>Characters of a short id: 48 bits, plenty to tell apart the few plans or models of one window.</summary>
    public const int ShortIdLength = 12;

    /// <summary>The lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>The first <see cref="ShortIdLength"/> hex digits of the SHA-256 of <paramref name="data"/>.</summary>
    public static string ShortId(ReadOnlySpan<byte> data) => Sha256Hex(data)[..ShortIdLength];
}
