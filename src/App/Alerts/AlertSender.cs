using System.Buffers;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Storage;

namespace Tidewater.App.Alerts;

/// <summary>Sends an alert message for every review or decline decision to the alert queue.</summary>
/// <remarks>
/// Alerts are sent after the event is durable and before the caller is answered; a failed send fails the request,
/// and the retried request (a duplicate by then) sends the alert again. So delivery is at least once, and the
/// message carries <c>eventId</c> for consumers to dedupe. Alert messages never expire.
/// </remarks>
public sealed class AlertSender(QueueClient alertQueue)
{
    /// <summary>True when <paramref name="decision"/> calls for an alert.</summary>
    public static bool IsAlertable(Decision decision) => decision != Decision.Approve;

    /// <summary>Sends one alert.</summary>
    public async Task SendAsync(PaymentEvent paymentEvent, RiskDecision decision, DateTimeOffset receivedAt, EventSource source, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("eventId", paymentEvent.Id);
            writer.WriteString("accountId", paymentEvent.AccountId);
            writer.WriteNumber("amount", paymentEvent.Amount);
            writer.WriteString("currency", paymentEvent.Currency);
            writer.WriteString("occurredAt", paymentEvent.OccurredAt);
            writer.WriteString("receivedAt", receivedAt.UtcDateTime);
            writer.WriteString("source", source == EventSource.Http ? "http" : "queue");
            DecisionJson.WriteFields(writer, decision);
            writer.WriteEndObject();
        }

        await alertQueue.SendMessageAsync(new BinaryData(buffer.WrittenMemory), timeToLive: QueueClient.NeverExpires, cancellationToken: cancellationToken);
    }
}
