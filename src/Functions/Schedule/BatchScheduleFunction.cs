using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Tidewater.Functions.Batch;

namespace Tidewater.Functions.Schedule;

/// <summary>
/// The timer on <c>%BatchSchedule%</c>: one occurrence of the shared schedule handler, which starts (get-then-start)
/// <c>batch-{yyyyMMddHHmm}</c> for every sealed window without one. The Functions host provides the schedule status,
/// the past-due run and the singleton (<c>UseMonitor</c> stays true).
/// </summary>
public sealed class BatchScheduleFunction(IServiceProvider services, ILogger<BatchScheduleFunction> logger)
{
    /// <summary>Runs one occurrence with a client for this invocation.</summary>
    [Function(FunctionNames.BatchSchedule)]
    public async Task RunAsync([TimerTrigger("%BatchSchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            Logs.SchedulePastDue(logger);
        }

        await DurableHandlers.Schedule(services, client).RunAsync(cancellationToken);
    }
}
