using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Telemetry;

namespace Tidewater.App.Accumulation;

/// <summary>
/// Appends record lines to the current segment of their window by group commit: callers queue their lines and
/// one loop appends everything queued in one block, so many concurrent requests share one storage call.
/// </summary>
/// <remarks>
/// A batch is cut as soon as the previous append returns (or at the 4 MiB block limit), so there is no artificial
/// delay at low load and under load the batch grows with the append latency. When the previous batch was large,
/// the loop also lingers <see cref="AccumulationOptions.GroupCommitLingerMilliseconds"/> before cutting the next,
/// trading a little latency under load for far fewer appends. One caller's lines always go into the same block
/// when they fit, so they become durable together or not at all.
/// <para>
/// Telemetry: each block append is one <c>append.block</c> span whose parent is the first member's <c>append</c> span
/// and which links every other member's, and one <c>tidewater.append.batch_size</c> / <c>tidewater.append.duration</c>
/// measurement; each member's <c>append</c> span is tagged with the size of the group it rode in.
/// </para>
/// </remarks>
public sealed partial class AccumulationWriter : IAsyncDisposable
{
    /// <summary>The largest block an append blob takes.</summary>
    public const int MaxBlockBytes = 4 * 1024 * 1024;

    /// <summary>A group commit with at least this many callers means load: the next one lingers to gather more.</summary>
    public const int LingerAfterCallers = 8;

    private readonly BlobContainerClient _container;
    private readonly AccumulationOptions _options;
    private readonly WindowClock _clock;
    private readonly TimeProvider _time;
    private readonly ILogger<AccumulationWriter> _logger;
    private readonly AccumulationMetrics _metrics;
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = true });
    private readonly Dictionary<WindowKey, SegmentWriter> _open = [];
    private readonly Dictionary<WindowKey, int> _nextSequence = [];
    private readonly List<PendingAppend> _batch = [];
    private readonly ArrayBufferWriter<byte> _block = new(64 * 1024);
    private readonly ITimer _maintenanceTimer;
    private readonly TimeSpan _linger;
    private readonly Task _loop;
    private int _previousBatchCallers;

    /// <summary>Creates the writer and starts its commit loop.</summary>
    public AccumulationWriter(
        BlobContainerClient container,
        IOptions<AccumulationOptions> options,
        WindowClock clock,
        TimeProvider time,
        ILogger<AccumulationWriter> logger,
        AccumulationMetrics metrics)
    {
        _container = container;
        _options = options.Value;
        _clock = clock;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        WriterId = WriterIdentity.Create(_options.WriterId);
        _linger = TimeSpan.FromMilliseconds(_options.GroupCommitLingerMilliseconds);
        _maintenanceTimer = time.CreateTimer(_ => _queue.Writer.TryWrite(PendingAppend.Maintenance), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        // The loop must not inherit whatever span is current where the singleton happens to be created.
        using (ExecutionContext.SuppressFlow())
        {
            _loop = Task.Run(RunAsync);
        }
    }

    /// <summary>This writer's id in segment names, unique per process start.</summary>
    public string WriterId { get; }

    /// <summary>Records made durable since start.</summary>
    public long ItemsWritten { get; private set; }

    /// <summary>Appends complete record lines (each ending in '\n') to <paramref name="window"/>.</summary>
    /// <returns>A task that completes once the lines are durable.</returns>
    /// <exception cref="StorageUnavailableException">The append failed or the window no longer takes appends.</exception>
    public Task AppendAsync(WindowKey window, ReadOnlyMemory<byte> lines, int items)
    {
        if (_time.GetUtcNow() > _clock.AppendDeadline(window))
        {
            return Task.FromException(new StorageUnavailableException($"Window {window.Id} no longer takes appends."));
        }

        var pending = new PendingAppend(window, lines, items, Activity.Current);
        return _queue.Writer.TryWrite(pending)
            ? pending.Completion.Task
            : Task.FromException(new StorageUnavailableException("The accumulation writer is shutting down."));
    }

    /// <summary>Stops taking appends, writes what is queued and closes every open segment.</summary>
    public async ValueTask DisposeAsync()
    {
        await _maintenanceTimer.DisposeAsync();
        _queue.Writer.TryComplete();
        await _loop;
        foreach (var segment in _open.Values)
        {
            await CloseQuietlyAsync(segment);
        }

        _open.Clear();
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            if (_linger > TimeSpan.Zero && _previousBatchCallers >= LingerAfterCallers)
            {
                await Task.Delay(_linger, _time);
            }

            _batch.Clear();
            bool maintenance = false;
            long bytes = 0;
            while (bytes < MaxBlockBytes && reader.TryRead(out var pending))
            {
                if (ReferenceEquals(pending, PendingAppend.Maintenance))
                {
                    maintenance = true;
                    continue;
                }

                _batch.Add(pending);
                bytes += pending.Lines.Length;
            }

            _previousBatchCallers = _batch.Count;
            await CommitBatchAsync();
            if (maintenance)
            {
                await CloseEndedWindowsAsync();
            }
        }
    }
}
