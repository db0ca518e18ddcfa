using System.Text;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Batch;

[Collection(AzuriteCollections.Azurite)]
public sealed class ChunkReaderTests(AzuriteFixture azurite)
{
    private async Task<(AppendBlobClient Blob, byte[] Content)> SegmentAsync(IEnumerable<string> lines)
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("chunks"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetAppendBlobClient("segment.ndjson");
        await blob.CreateAsync();
        var content = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        for (int offset = 0; offset < content.Length; offset += AccumulationWriter.MaxBlockBytes)
        {
            await blob.AppendBlockAsync(new BinaryData(content.AsMemory(offset, Math.Min(AccumulationWriter.MaxBlockBytes, content.Length - offset))).ToStream());
        }

        return (blob, content);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ReadAsync_AnyPlan_GivesEveryLineToExactlyOneChunk(int seed)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(0, 120).Select(i => $"{i}:" + new string('x', random.Next(0, 300))).ToList();
        var (blob, content) = await SegmentAsync(lines);

        foreach (long maxBytes in new long[] { 31, 97, 1024, 5000, content.Length })
        {
            var chunks = ChunkPlanner.Plan([new SegmentInfo(blob.Name, content.Length, null, null)], maxBytes, long.MaxValue);
            var rebuilt = new List<byte>();
            foreach (var chunk in chunks)
            {
                using var read = await ChunkReader.ReadAsync(blob, chunk, CancellationToken.None);
                rebuilt.AddRange(read.Lines.ToArray());
            }

            Assert.Equal(content, rebuilt.ToArray());
        }
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanSlack_IsCompleted()
    {
        var lines = new[] { "short", new string('y', ChunkReader.Slack * 2 + 17), "tail" };
        var (blob, content) = await SegmentAsync(lines);
        var chunks = ChunkPlanner.Plan([new SegmentInfo(blob.Name, content.Length, null, null)], maxBytes: 4, long.MaxValue)
            .Where(c => c.Start == 0).ToList();

        var only = Assert.Single(chunks);
        using var read = await ChunkReader.ReadAsync(blob, only, CancellationToken.None);

        Assert.Equal("short\n", Encoding.UTF8.GetString(read.Lines.Span));
        var second = ChunkPlanner.Plan([new SegmentInfo(blob.Name, content.Length, null, null)], maxBytes: 4, long.MaxValue).First(c => c.Start <= 6 && c.End > 6);
        using var long1 = await ChunkReader.ReadAsync(blob, second, CancellationToken.None);
        Assert.Equal(lines[1] + "\n", Encoding.UTF8.GetString(long1.Lines.Span));
    }
}
