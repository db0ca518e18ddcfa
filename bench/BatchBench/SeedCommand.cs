using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;

namespace Tidewater.BatchBench;

/// <summary>Writes N records as closed segments (with the close metadata) of <see cref="BenchEvents.Window"/>.</summary>
internal static class SeedCommand
{
    private const int AppendBytes = 4 * 1024 * 1024 - 64 * 1024;

    public static async Task RunAsync(BenchArguments arguments)
    {
        long total = arguments.GetInt("n", 100_000);
        int segments = arguments.GetInt("segments", 8);
        var start = Stopwatch.GetTimestamp();
        await using var host = await BenchHost.StartAsync(arguments.Get("connection"), arguments.Get("suffix"), withEngine: false);
        var events = host.Get<BatchStorage>().Events;
        await events.CreateIfNotExistsAsync();
        long bytes = 0;
        await Parallel.ForAsync(0, segments, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (segment, cancellationToken) =>
        {
            long from = total * segment / segments, to = total * (segment + 1) / segments;
            string writerId = "bench-" + segment.ToString(CultureInfo.InvariantCulture);
            var blob = events.GetAppendBlobClient(SegmentLayout.SegmentName(BenchEvents.Window, writerId, 0));
            var metadata = new Dictionary<string, string> { [SegmentLayout.SchemaKey] = "1", [SegmentLayout.WindowKeyName] = BenchEvents.Window.Id, [SegmentLayout.WriterKey] = writerId };
            await blob.CreateAsync(new AppendBlobCreateOptions { Metadata = metadata }, cancellationToken);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new ArrayBufferWriter<byte>(AppendBytes + 64 * 1024);
            long length = 0;
            for (long i = from; i < to; i++)
            {
                BenchEvents.WriteLines(buffer, i, i + 1, total);
                if (buffer.WrittenCount >= AppendBytes || i == to - 1)
                {
                    hash.AppendData(buffer.WrittenSpan);
                    await blob.AppendBlockAsync(new BinaryData(buffer.WrittenMemory).ToStream(), cancellationToken: cancellationToken);
                    length += buffer.WrittenCount;
                    buffer.ResetWrittenCount();
                }
            }

            metadata[SegmentLayout.ItemsKey] = (to - from).ToString(CultureInfo.InvariantCulture);
            metadata[SegmentLayout.BytesKey] = length.ToString(CultureInfo.InvariantCulture);
            metadata[SegmentLayout.Sha256Key] = Convert.ToHexStringLower(hash.GetHashAndReset());
            await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken);
            Interlocked.Add(ref bytes, length);
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeded={total} segments={segments} bytes={bytes} seconds={Stopwatch.GetElapsedTime(start).TotalSeconds:F1}"));
    }
}
