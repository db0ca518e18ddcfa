using Azure;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Ingest;

public sealed partial class IngestHandler
{
    private async Task SendAlertsAsync(
        List<(UInt128 Key, PaymentEvent Event, RiskDecision Decision)> due, WindowKey window, DateTimeOffset receivedAt, EventSource source, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return;
        }

        try
        {
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (alert, token) =>
            {
                await alerts.SendAsync(alert.Event, alert.Decision, receivedAt, source, token);
                recent.MarkAlertSent(alert.Key, window);
            });
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
        {
            throw new StorageUnavailableException("Events are stored but an alert could not be sent; retry the call.", ex);
        }
    }
}
