using System.Globalization;
using Tidewater.App.Accumulation;

namespace Tidewater.App.Dashboard;

/// <summary>
/// Tallies a window's segments from one listing with metadata (no segment is read): the close metadata's record count
/// (<see cref="SegmentLayout.ItemsKey"/>) for closed segments, the length of the others.
/// </summary>
public sealed class WindowSegmentReader(WindowReader reader)
{
    /// <summary>The tally of <paramref name="window"/>.</summary>
    public async Task<WindowSegments> ReadAsync(WindowKey window, CancellationToken cancellationToken)
    {
        int segments = 0, closed = 0;
        long records = 0, openBytes = 0;
        await foreach (var segment in reader.ListSegmentsAsync(window, cancellationToken))
        {
            if (!segment.Name.EndsWith(".ndjson", StringComparison.Ordinal))
            {
                continue;
            }

            segments++;
            if (segment.Metadata.ContainsKey(SegmentLayout.Sha256Key)
                && segment.Metadata.TryGetValue(SegmentLayout.ItemsKey, out string? items)
                && long.TryParse(items, NumberStyles.None, CultureInfo.InvariantCulture, out long count))
            {
                closed++;
                records += count;
            }
            else
            {
                openBytes += segment.Properties.ContentLength ?? 0;
            }
        }

        return segments == 0 ? WindowSegments.None : new WindowSegments(segments, closed, records, openBytes);
    }
}
