using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tidewater.App.Schedule;
using Tidewater.LocalHost.Schedule;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Schedule;

/// <summary>
/// One <see cref="ScheduleTimer"/> on a schedule container of Azurite and a shared fake clock, recording its
/// invocations. Several rigs on the same container and clock are several hosts on the same storage.
/// </summary>
internal sealed class TimerRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ScheduleTimerInfo> _invocations = [];
    private Task _running = Task.CompletedTask;

    private readonly Func<ScheduleTimerInfo, Task>? _onInvoke;

    public TimerRig(AzuriteFixture azurite, string container, FakeTimeProvider time, string cron, bool runOnStartup = false,
        IScheduleLease? lease = null, Func<ScheduleTimerInfo, Task>? onInvoke = null)
    {
        _onInvoke = onInvoke;
        Store = new ScheduleStore(azurite.CreateBlobServiceClient(), Options.Create(new ScheduleOptions { ScheduleContainer = container }));
        Status = new ScheduleStatusStore(Store, "BatchSchedule");
        Timer = new ScheduleTimer("BatchSchedule", CronSchedules.Parse(cron), runOnStartup, Status,
            lease ?? new BlobScheduleLease(Store, "BatchSchedule"), RecordAsync, time, NullLogger.Instance);
    }

    public ScheduleStore Store { get; }

    public ScheduleStatusStore Status { get; }

    public ScheduleTimer Timer { get; }

    public IReadOnlyList<ScheduleTimerInfo> Invocations
    {
        get
        {
            lock (_invocations)
            {
                return [.. _invocations];
            }
        }
    }

    public TimerRig Start()
    {
        _running = Task.Run(() => Timer.RunAsync(_stop.Token));
        return this;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    /// <summary>Waits until the timer holds its lease and waits for <paramref name="occurrence"/>.</summary>
    public Task WaitingForAsync(DateTimeOffset occurrence) =>
        Eventually.WaitAsync(() => Task.FromResult(Timer.WaitingFor), w => w == occurrence, $"the timer to wait for {occurrence:o}");

    public async Task<ScheduleStatus> ReadStatusAsync() =>
        (await Status.ReadAsync(CancellationToken.None)).Status ?? throw new InvalidOperationException("No status was written.");

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private Task RecordAsync(ScheduleTimerInfo info, CancellationToken cancellationToken)
    {
        lock (_invocations)
        {
            _invocations.Add(info);
        }

        return _onInvoke?.Invoke(info) ?? Task.CompletedTask;
    }
}
