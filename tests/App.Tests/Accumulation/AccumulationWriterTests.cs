using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Telemetry;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Accumulation;

[Collection(AzuriteCollections.Azurite)]
public sealed class AccumulationWriterTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 10, 15, 0, TimeSpan.Zero));
    private readonly TestMeterFactory _meters = new();

    private async Task<(AccumulationWriter Writer, BlobContainerClient Container, WindowClock Clock)> CreateAsync(int segmentMaxBlocks = 40_000, bool createContainer = true, int lingerMilliseconds = 0)
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("acc"));
        if (createContainer)
        {
            await container.CreateIfNotExistsAsync();
        }

        var options = Options.Create(new AccumulationOptions { WindowMinutes = 60, SealGraceSeconds = 300, SegmentMaxBlocks = segmentMaxBlocks, GroupCommitLingerMilliseconds = lingerMilliseconds });
        var clock = new WindowClock(options, _time);
        return (new AccumulationWriter(container, options, clock, _time, NullLogger<AccumulationWriter>.Instance, new AccumulationMetrics(_meters)), container, clock);
    }

    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    private static async Task<List<BlobItem>> SegmentsAsync(BlobContainerClient container)
    {
        var items = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task AppendAsync_ManyConcurrentCallers_AllDurableInFewerBlocks()
    {
        var (writer, container, clock) = await CreateAsync();
        await using (writer)
        {
            await Task.WhenAll(Enumerable.Range(0, 300).Select(i => writer.AppendAsync(clock.Current, Lines($"{{\"n\":{i}}}"), 1)));

            var segment = Assert.Single(await SegmentsAsync(container));
            var properties = (await container.GetAppendBlobClient(segment.Name).GetPropertiesAsync()).Value;
            var content = (await container.GetAppendBlobClient(segment.Name).DownloadContentAsync()).Value.Content.ToString();
            Assert.Equal(300, content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(properties.BlobCommittedBlockCount < 300, $"group commit used {properties.BlobCommittedBlockCount} blocks for 300 calls");
            Assert.Equal(300, writer.ItemsWritten);
        }
    }

    [Fact]
    public async Task AppendAsync_PastSegmentMaxBlocks_RollsOverAndClosesWithCountSizeAndHash()
    {
        var (writer, container, clock) = await CreateAsync(segmentMaxBlocks: 2);
        await using (writer)
        {
            for (int i = 0; i < 5; i++)
            {
                await writer.AppendAsync(clock.Current, Lines($"{{\"n\":{i}}}"), 1);
            }
        }

        var segments = await SegmentsAsync(container);
        Assert.Equal(3, segments.Count);
        Assert.All(segments, s => Assert.StartsWith(clock.Current.Id + "/" + writer.WriterId + "/", s.Name, StringComparison.Ordinal));
        foreach (var segment in segments)
        {
            var content = (await container.GetAppendBlobClient(segment.Name).DownloadContentAsync()).Value.Content.ToArray();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), segment.Metadata[SegmentLayout.Sha256Key]);
            Assert.Equal(content.Length.ToString(CultureInfo.InvariantCulture), segment.Metadata[SegmentLayout.BytesKey]);
            Assert.Equal(content.Count(b => b == '\n').ToString(CultureInfo.InvariantCulture), segment.Metadata[SegmentLayout.ItemsKey]);
        }
    }

    [Fact]
    public async Task AppendAsync_UnderLoadWithLinger_GathersMoreCallersPerBlock_AndLoneCallersNeverWait()
    {
        var (writer, container, clock) = await CreateAsync(lingerMilliseconds: 2);
        await using (writer)
        {
            // Low load: nothing lingers, so this completes without the (fake) clock moving.
            await writer.AppendAsync(clock.Current, Lines("{\"n\":-1}"), 1);

            var load = Task.WhenAll(Enumerable.Range(0, 400).Select(i => writer.AppendAsync(clock.Current, Lines($"{{\"n\":{i}}}"), 1)));
            while (!load.IsCompleted)
            {
                _time.Advance(TimeSpan.FromMilliseconds(2)); // lets a lingering commit proceed
                await Task.WhenAny(load, Task.Delay(1));
            }

            await load;
            var segment = Assert.Single(await SegmentsAsync(container));
            var properties = (await container.GetAppendBlobClient(segment.Name).GetPropertiesAsync()).Value;
            Assert.Equal(401, writer.ItemsWritten);
            Assert.True(properties.BlobCommittedBlockCount < 100, $"{properties.BlobCommittedBlockCount} blocks for 401 calls");
        }
    }

    [Fact]
    public async Task AppendAsync_AfterAppendDeadline_IsRefused()
    {
        var (writer, _, clock) = await CreateAsync();
        await using (writer)
        {
            var window = clock.Current;
            _time.SetUtcNow(clock.AppendDeadline(window).AddTicks(1));

            await Assert.ThrowsAsync<StorageUnavailableException>(() => writer.AppendAsync(window, Lines("{}"), 1));
        }
    }

    [Fact]
    public async Task AppendAsync_WhenStorageFails_ThrowsStorageUnavailable_ThenRecoversInNewSegment()
    {
        var (writer, container, clock) = await CreateAsync(createContainer: false);
        await using (writer)
        {
            await Assert.ThrowsAsync<StorageUnavailableException>(() => writer.AppendAsync(clock.Current, Lines("{\"n\":1}"), 1));

            await container.CreateIfNotExistsAsync();
            await writer.AppendAsync(clock.Current, Lines("{\"n\":2}"), 1);

            var segment = Assert.Single(await SegmentsAsync(container));
            Assert.EndsWith("/000001.ndjson", segment.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Maintenance_AfterWindowEnds_ClosesItsSegment()
    {
        var (writer, container, clock) = await CreateAsync();
        await using (writer)
        {
            var window = clock.Current;
            await writer.AppendAsync(window, Lines("{}"), 1);

            _time.SetUtcNow(window.End.AddSeconds(1));
            _time.Advance(TimeSpan.FromSeconds(5));

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!SegmentLayout.IsClosed(Assert.Single(await SegmentsAsync(container)).Metadata.AsReadOnly()))
            {
                Assert.True(DateTime.UtcNow < deadline, "the ended window's segment was not closed");
                await Task.Delay(20);
            }
        }
    }
}
