using Microsoft.Extensions.Options;
using Tidewater.App;
using Tidewater.App.Schedule;
using Tidewater.Orchestration;

namespace Tidewater.LocalHost.Schedule;

/// <summary>
/// The local host's timer trigger of the batch schedule (<c>%BatchSchedule%</c>): a <see cref="ScheduleTimer"/>
/// named <see cref="TimerName"/> that calls the shared <see cref="ScheduleHandler"/>.
/// </summary>
/// <remarks>
/// The handler is resolved only when the trigger starts and only if an orchestration engine
/// (<see cref="IOrchestrationClient"/>) is registered; without one the trigger logs that the schedule is off and
/// stays idle (touching neither the lease nor the status), so the host still starts and no occurrence is consumed.
/// </remarks>
public sealed partial class BatchScheduleTrigger(
    IServiceProvider services,
    ScheduleStore store,
    StartupGate gate,
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
        if (services.GetService<IOrchestrationClient>() is null)
        {
            LogNoEngine(logger);
            return;
        }

        await gate.Opened.WaitAsync(stoppingToken);
        var handler = services.GetRequiredService<ScheduleHandler>();
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

    [LoggerMessage(3520, LogLevel.Warning, "Batch schedule is off: no orchestration engine (IOrchestrationClient) is registered")]
    private static partial void LogNoEngine(ILogger logger);
}
