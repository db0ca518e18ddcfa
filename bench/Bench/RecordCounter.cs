using System.Globalization;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.Bench;

/// <summary>Counts the accumulation records (lines) stored in a container, their distinct event ids, and the appended blocks (storage calls).</summary>
internal static class RecordCounter
{
    public static async Task RunAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        long blobs = 0, records = 0, bytes = 0, blocks = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
        {
            blobs++;
            var blob = container.GetAppendBlobClient(item.Name);
            blocks += (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.BlobCommittedBlockCount;
            var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
            bytes += content.Length;
            foreach (var line in content.Span.Split((byte)'\n'))
            {
                var record = content.Span[line];
                if (record.IsEmpty)
                {
                    continue;
                }

                records++;
                using var document = JsonDocument.Parse(content[line]);
                ids.Add(document.RootElement.GetProperty("event").GetProperty("id").GetString() ?? string.Empty);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"blobs={blobs} appended_blocks={blocks} records={records} distinct_ids={ids.Count} bytes={bytes} records_per_block={(blocks == 0 ? 0 : (double)records / blocks):0.0}"));
    }
}
