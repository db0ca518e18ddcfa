using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Alerts;
using Tidewater.App.Configuration;
using Tidewater.App.Dedupe;
using Tidewater.App.Scoring;
using Tidewater.App.Telemetry;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Ingest;

/// <summary>
/// The real-time path shared by every trigger: validate, score, append durably to the open window, alert, answer.
/// </summary>
/// <remarks>
/// All or nothing per call: an invalid item rejects the call before anything is written, and the call's new
/// records go to storage together. Nothing is answered as accepted before it is durable; a storage failure
/// surfaces as <see cref="StorageUnavailableException"/>. Each call is three spans under the trigger's
/// (<c>validate</c>, <c>score</c>, <c>append</c>) and one set of <see cref="IngestMetrics"/> measurements.
/// </remarks>
public sealed partial class IngestHandler(
    AccumulationWriter writer,
    WindowClock clock,
    ModelProvider models,
    BaselineCache baselines,
    RecentEventIndex recent,
    AlertSender alerts,
    StartupGate gate,
    IOptions<IngestOptions> ingestOptions,
    IOptions<ScoringOptions> scoringOptions,
    IngestMetrics metrics,
    TimeProvider time)
{
    private static readonly JsonWriterOptions LineOptions = new() { SkipValidation = true };
    private readonly DecisionThresholds _thresholds = new(scoringOptions.Value.ReviewThreshold, scoringOptions.Value.DeclineThreshold);
    private readonly TimeSpan _maxAge = TimeSpan.FromDays(ingestOptions.Value.MaxEventAgeDays);
    private readonly int _maxItems = ingestOptions.Value.MaxItemsPerRequest;

    /// <summary>Handles one request body or queue message.</summary>
    /// <exception cref="StorageUnavailableException">The events could not be stored, or an alert not sent.</exception>
    public async Task<IngestResult> HandleAsync(ReadOnlyMemory<byte> body, BodyFormat format, EventSource source, CancellationToken cancellationToken)
    {
        long started = time.GetTimestamp();
        var receivedAt = time.GetUtcNow();
        var batch = Validate(body, format, receivedAt);
        if (!batch.IsValid)
        {
            metrics.Events(source, IngestOutcomes.Rejected, Math.Max(1, batch.Items));
            metrics.Call(source, IngestOutcomes.Rejected, time.GetElapsedTime(started));
            return new IngestResult([], batch.Problems);
        }

        bool answered = false;
        try
        {
            var decisions = await AcceptAsync(batch.Events, source, receivedAt, started, cancellationToken);
            answered = true;
            metrics.Call(source, IngestOutcomes.Accepted, time.GetElapsedTime(started));
            return new IngestResult(decisions, []);
        }
        finally
        {
            if (!answered)
            {
                // Nothing of the call was acknowledged: every event of it counts as failed, whatever it would have been.
                metrics.Events(source, IngestOutcomes.Failed, batch.Events.Count);
                metrics.Call(source, IngestOutcomes.Failed, time.GetElapsedTime(started));
            }
        }
    }

    private EventBatch Validate(ReadOnlyMemory<byte> body, BodyFormat format, DateTimeOffset receivedAt)
    {
        using var span = TidewaterTelemetry.Source.StartActivity(IngestSpans.Validate);
        var context = ValidationContext.At(receivedAt) with { MaxAge = _maxAge };
        var batch = EventBatchReader.Read(body, format, context, _maxItems);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(IngestSpans.ItemsTag, batch.Items);
            span.SetTag(TelemetryTags.Outcome, batch.IsValid ? IngestOutcomes.Accepted : IngestOutcomes.Rejected);
        }

        return batch;
    }

    private async Task<EventDecision[]> AcceptAsync(
        IReadOnlyList<PaymentEvent> events, EventSource source, DateTimeOffset receivedAt, long started, CancellationToken cancellationToken)
    {
        if (!gate.IsOpen)
        {
            throw new StorageUnavailableException("The host is still starting: storage is not prepared yet.");
        }

        var window = clock.WindowOf(receivedAt);
        var work = new CallState(events.Count);
        try
        {
            using (var score = TidewaterTelemetry.Source.StartActivity(IngestSpans.Score))
            {
                await DecideAsync(events, window, source, receivedAt, started, work, cancellationToken);
                IngestSpans.TagScore(score, work.ModelVersion, work.NewItems, events.Count - work.NewItems);
            }

            if (work.NewItems > 0)
            {
                using var append = TidewaterTelemetry.Source.StartActivity(IngestSpans.Append);
                append?.SetTag(AppendSpans.RecordsTag, work.NewItems);
                try
                {
                    await writer.AppendAsync(window, work.Lines.WrittenMemory, work.NewItems);
                }
                catch (StorageUnavailableException)
                {
                    append?.SetStatus(ActivityStatusCode.Error, nameof(StorageUnavailableException));
                    throw;
                }

                work.Durable = true;
            }
        }
        finally
        {
            recent.Complete(work.Begun, window, work.Durable);
        }

        await SendAlertsAsync(work.Alerts, window, receivedAt, source, cancellationToken);
        RecordAccepted(source, events.Count, work);
        return work.Decisions;
    }

    private void RecordAccepted(EventSource source, int events, CallState work)
    {
        metrics.Events(source, IngestOutcomes.Accepted, work.NewItems);
        metrics.Events(source, IngestOutcomes.Duplicate, events - work.NewItems);
        metrics.Decisions(Decision.Approve, work.Approved);
        metrics.Decisions(Decision.Review, work.Reviewed);
        metrics.Decisions(Decision.Decline, work.Declined);
        metrics.Alerts(source, work.Alerts.Count);
    }

    private async Task DecideAsync(
        IReadOnlyList<PaymentEvent> events, WindowKey window, EventSource source, DateTimeOffset receivedAt, long started, CallState work, CancellationToken cancellationToken)
    {
        var model = models.Current;
        work.ModelVersion = model.Version;
        using var lineWriter = new Utf8JsonWriter(work.Lines, LineOptions);
        for (int i = 0; i < events.Count; i++)
        {
            var paymentEvent = events[i];
            var key = EventIdKey.Of(paymentEvent.Id);
            if (work.FirstIndexOf.TryGetValue(key, out int first))
            {
                work.Decisions[i] = work.Decisions[first] with { Duplicate = true };
                continue;
            }

            work.FirstIndexOf[key] = i;
            if (await FindAsync(key, window) is { } remembered)
            {
                work.Decisions[i] = new EventDecision(paymentEvent.Id, remembered.Decision, Duplicate: true);
                if (remembered.AlertPending)
                {
                    work.Alerts.Add((key, paymentEvent, remembered.Decision));
                }

                continue;
            }

            var baseline = await baselines.GetAsync(model, paymentEvent.AccountId, cancellationToken);
            var decision = RiskScorer.Score(paymentEvent, baseline, model, _thresholds);
            long latencyMicros = (long)time.GetElapsedTime(started).TotalMicroseconds;
            bool alert = AlertSender.IsAlertable(decision.Decision);
            recent.BeginWrite(key, window, decision, alert);
            work.Begun.Add(key);
            work.Decisions[i] = new EventDecision(paymentEvent.Id, decision, Duplicate: false);
            work.Count(decision.Decision);
            if (alert)
            {
                work.Alerts.Add((key, paymentEvent, decision));
            }

            AccumulationRecordFormat.Write(lineWriter, new AccumulationRecord(paymentEvent, decision, receivedAt, latencyMicros, source));
            lineWriter.Flush();
            work.Lines.Write("\n"u8);
            lineWriter.Reset(work.Lines);
            work.NewItems++;
        }
    }

    private async ValueTask<RememberedDecision?> FindAsync(UInt128 key, WindowKey window)
    {
        while (true)
        {
            var lookup = recent.Find(key, window);
            if (lookup.InFlight is null)
            {
                return lookup.Remembered;
            }

            await lookup.InFlight;
        }
    }
}
