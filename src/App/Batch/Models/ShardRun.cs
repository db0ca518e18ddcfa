namespace Tidewater.App.Batch;

/// <summary>
/// Consecutive baseline shards [<see cref="First"/>, <see cref="End"/>) that the refresh merges together: since a chunk's
/// accounts sidecar holds its sections in shard order, back to back, the run's sections of one chunk are one byte range.
/// </summary>
/// <param name="First">The run's first shard.</param>
/// <param name="End">The shard after the run's last.</param>
internal readonly record struct ShardRun(int First, int End)
{
    /// <summary>Shards in the run.</summary>
    public int Count => End - First;

    /// <summary>Splits shards 0 to <c>accounts.Count</c> - 1 into runs, in shard order.</summary>
    /// <param name="accounts">The window's accounts of each shard (summed over the chunks, so an upper bound).</param>
    /// <param name="maxAccounts">
    /// The most accounts a run holds; a run has at least one shard, so a shard with more is a run by itself.
    /// </param>
    /// <returns>Runs covering every shard once, each as long as fits.</returns>
    public static IReadOnlyList<ShardRun> Split(IReadOnlyList<long> accounts, long maxAccounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAccounts, 1);
        var runs = new List<ShardRun>();
        int first = 0;
        long held = 0;
        for (int shard = 0; shard < accounts.Count; shard++)
        {
            if (shard > first && held + accounts[shard] > maxAccounts)
            {
                runs.Add(new ShardRun(first, shard));
                (first, held) = (shard, 0);
            }

            held += accounts[shard];
        }

        if (accounts.Count > first)
        {
            runs.Add(new ShardRun(first, accounts.Count));
        }

        return runs;
    }

    /// <summary>Whether <paramref name="shard"/> is in the run.</summary>
    public bool Contains(int shard) => shard >= First && shard < End;

    /// <summary>The sections of a chunk's sidecar that belong to the run.</summary>
    /// <param name="sections">Where each non-empty shard's accounts are in the sidecar.</param>
    public IReadOnlyList<ShardRange> SectionsOf(IReadOnlyList<ShardRange> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var run = this;
        return [.. sections.Where(s => run.Contains(s.Shard))];
    }

    /// <summary>The one byte range that holds <paramref name="sections"/>: from the first section's offset to the last's end.</summary>
    /// <param name="sections">Sections of one sidecar, not empty.</param>
    public static (long Offset, long Length) Extent(IReadOnlyList<ShardRange> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentOutOfRangeException.ThrowIfZero(sections.Count);
        long offset = sections.Min(s => s.Offset);
        return (offset, sections.Max(s => s.Offset + s.Length) - offset);
    }
}
