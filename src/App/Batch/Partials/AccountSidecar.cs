using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// A chunk's per-account statistics as one binary section per non-empty baseline shard, in shard order, with the
/// byte range of each section: the refresh reads a run of shards of every chunk with one ranged read, so it holds only the
/// accounts of the shards it is merging.
/// </summary>
/// <remarks>
/// <para>
/// The sidecar lives within one batch (written by the stats pass, read by the refresh of the same batch), so a section
/// carries only a format byte, <see cref="Format"/>. Then the account count (int32), then per account, in the order
/// of the dictionary: the id, the amount's count (int64), mean and M2 (the doubles' bits, so they round-trip
/// exactly), the countries and the merchant categories (a count, then each code). Strings are UTF-8 after their byte
/// length; counts and lengths in sets and strings are 7-bit encoded, fixed-size numbers little-endian.
/// </para>
/// </remarks>
internal static partial class AccountSidecar
{
    /// <summary>The first byte of every section.</summary>
    public const byte Format = 0xB1;

    /// <summary>Encodes <paramref name="accounts"/> split by baseline shard.</summary>
    /// <param name="accounts">The chunk's baselines by account id.</param>
    /// <param name="shardCount">The baseline shard count of the model.</param>
    /// <returns>The sidecar and where each non-empty shard's section is in it, in shard order.</returns>
    public static (byte[] Content, IReadOnlyList<ShardRange> Shards) Write(IReadOnlyDictionary<string, AccountBaseline> accounts, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var pairs = accounts.ToArray();
        var byShard = ShardOrder.Of([.. pairs.Select(p => p.Key)], shardCount);
        var ranges = new List<ShardRange>();
        using var writer = new SidecarWriter(pairs.Length * 48);
        for (int shard = 0; shard < shardCount; shard++)
        {
            var section = byShard.Of(shard);
            if (section.IsEmpty)
            {
                continue;
            }

            int offset = writer.Length;
            writer.Byte(Format);
            writer.Int32(section.Length);
            foreach (int index in section)
            {
                var (accountId, baseline) = pairs[index];
                writer.String(accountId);
                writer.Int64(baseline.Amount.Count);
                writer.Double(baseline.Amount.Mean);
                writer.Double(baseline.Amount.M2);
                Codes(writer, baseline.Countries);
                Codes(writer, baseline.MerchantCategories);
            }

            ranges.Add(new ShardRange(shard, offset, writer.Length - offset, section.Length));
        }

        return (writer.ToArray(), ranges);
    }

    private static void Codes(SidecarWriter writer, IReadOnlySet<string> codes)
    {
        writer.Varint(codes.Count);
        foreach (var code in codes)
        {
            writer.String(code);
        }
    }
}
