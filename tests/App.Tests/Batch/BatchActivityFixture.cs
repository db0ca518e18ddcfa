using Tidewater.App.Batch;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Batch;

/// <summary>A batch host without an engine on fake time an hour after the test window, and the window's helpers.</summary>
internal sealed class BatchActivityFixture : IAsyncDisposable
{
    private BatchActivityFixture(BatchHost host)
    {
        Host = host;
        Steps = new BatchSteps(host);
    }

    public static string Window => WindowId(WindowStart);

    public static string PreviousWindow => WindowId(WindowStart.AddMinutes(-1));

    public BatchHost Host { get; }

    public BatchSteps Steps { get; }

    public BatchStorage Storage => Host.Storage;

    public static async Task<BatchActivityFixture> StartAsync(AzuriteFixture azurite, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = BatchHost.Settings(azurite);
        configure?.Invoke(settings);
        return new BatchActivityFixture(await BatchHost.StartAsync(azurite, settings, new FakeTimeProvider(WindowStart.AddHours(1)), withEngine: false));
    }

    public Task WriteAsync(string windowId, string writer, params Tidewater.App.Accumulation.AccumulationRecord[] records) =>
        WriteSegmentAsync(Storage.Events, windowId, writer, records);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
