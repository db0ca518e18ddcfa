using Azure;
using Tidewater.App.Accumulation;
using Tidewater.App.Alerts;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Ingest;

public sealed partial class IngestHandler
{
    private async Task SendAlertsAsync(
        List<(UInt128 Key, PaymentEvent Event, RiskDecision Decision)> due, WindowKey window, DateTimeOffset receivedAt, EventSource source, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var message in due.Chunk(AlertSender.MaxAlertsPerMessage))
            {
                await alerts.SendAsync([.. message.Select(a => (a.Event, a.Decision))], receivedAt, source, cancellationToken);
                foreach (var alert in message)
                {
                    recent.MarkAlertSent(alert.Key, window);
                }
            }
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
        {
            throw new StorageUnavailableException("Events are stored but an alert could not be sent; retry the call.", ex);
        }
    }
}
