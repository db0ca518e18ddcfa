using Microsoft.Extensions.Options;
using Tidewater.App;
using Tidewater.App.Schedule;
using Tidewater.LocalHost.Durable;

namespace Tidewater.LocalHost.Schedule;

/// <summary>
/// The local host's timer trigger of the batch schedule (<c>%BatchSchedule%</c>): a <see cref="ScheduleTimer"/>
/// named <see cref="TimerName"/> that calls the shared <see cref="ScheduleHandler"/>.
/// </summary>
/// <remarks>
/// It starts once the host's storage is prepared (<see cref="StartupGate"/>) and the engine can start batches
/// (<see cref="DurableTaskEngineStatus"/>), so a run on start-up or a catch-up never meets a hub still being created.
/// </remarks>
public sealed class BatchScheduleTrigger(
    ScheduleHandler handler,
    ScheduleStore store,
    StartupGate gate,
    DurableTaskEngineStatus engine,
    IOptions<ScheduleOptions> scheduleOptions,
    IOptions<ScheduleTimerOptions> timerOptions,
    TimeProvider time,
    ILogger<BatchScheduleTrigger> logger) : BackgroundService
{
    /// <summary>The timer's name: the function name under the Functions host, and its folder in the schedule container.</summary>
    public const string TimerName = "BatchSchedule";

    /// <summary>The running timer, once started.</summary>
    public ScheduleTimer? Timer { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(gate.Opened, engine.Ready).WaitAsync(stoppingToken);
        Timer = new ScheduleTimer(
            TimerName,
            CronSchedules.Parse(scheduleOptions.Value.BatchSchedule),
            timerOptions.Value.ScheduleRunOnStartup,
            new ScheduleStatusStore(store, TimerName),
            new BlobScheduleLease(store, TimerName),
            async (_, cancellationToken) => await handler.RunAsync(cancellationToken),
            time,
            logger);
        await Timer.RunAsync(stoppingToken);
    }
}
