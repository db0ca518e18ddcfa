using System.Buffers;
using System.Text.Json;
using Azure.Storage.Queues;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Alerts;

/// <summary>
/// Sends alerts for review and decline decisions to the alert queue: one message per ingest call, <c>{"alerts":[...]}</c>,
/// each entry carrying its <c>eventId</c> (at most <see cref="MaxAlertsPerMessage"/> entries per message).
/// </summary>
/// <remarks>
/// Alerts are sent after the events are durable and before the caller is answered; a failed send fails the call,
/// and the retried call (a duplicate by then) sends the alert again. So delivery is at least once, and consumers
/// dedupe by <c>eventId</c>. One message per call rather than per event keeps queue transactions proportional to
/// calls (a 50-event queue message raises one alert message, not up to 50). Alert messages never expire.
/// </remarks>
public sealed class AlertSender(QueueClient alertQueue)
{
    /// <summary>Most alerts in one message (about 350 bytes each, far under the 64 KiB message limit after base64).</summary>
    public const int MaxAlertsPerMessage = 100;

    /// <summary>True when <paramref name="decision"/> calls for an alert.</summary>
    public static bool IsAlertable(Decision decision) => decision != Decision.Approve;

    /// <summary>Sends one message holding <paramref name="alerts"/> (at most <see cref="MaxAlertsPerMessage"/>).</summary>
    public async Task SendAsync(IReadOnlyList<(PaymentEvent Event, RiskDecision Decision)> alerts, DateTimeOffset receivedAt, EventSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(alerts.Count, MaxAlertsPerMessage);
        var buffer = new ArrayBufferWriter<byte>(512 * alerts.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("alerts");
            foreach (var (paymentEvent, decision) in alerts)
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

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await alertQueue.SendMessageAsync(new BinaryData(buffer.WrittenMemory), visibilityTimeout: null, timeToLive: QueueMessageLifetimes.NeverExpires, cancellationToken);
    }
}
