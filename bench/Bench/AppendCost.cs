using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.Bench;

/// <summary>
/// Appends <c>count</c> blocks of <c>size</c> bytes, one at a time (as the host's single commit loop does), to a new
/// append blob; with the storage process's CPU read before and after by the caller, this gives the storage cost of
/// one append and of one kilobyte.
/// </summary>
internal static class AppendCost
{
    public static async Task RunAsync(BlobContainerClient container, int count, int size, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var blob = container.GetAppendBlobClient($"cost-{size}-{Guid.NewGuid():N}.ndjson");
        await blob.CreateAsync(new AppendBlobCreateOptions(), cancellationToken);
        var block = new byte[size];
        Array.Fill(block, (byte)'x');
        block[^1] = (byte)'\n';
        var started = Stopwatch.GetTimestamp();
        long position = 0;
        for (var i = 0; i < count; i++)
        {
            using var content = new MemoryStream(block, writable: false);
            var append = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = position } };
            await blob.AppendBlockAsync(content, append, cancellationToken);
            position += size;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"appends={count} size={size} seconds={seconds:0.000} appends_per_s={count / seconds:0.0} mb_per_s={position / seconds / 1e6:0.00}"));
    }
}
