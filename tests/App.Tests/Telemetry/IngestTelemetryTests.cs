using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;
using Tidewater.App.Queues;
using Tidewater.App.Telemetry;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Telemetry;

/// <summary>The real-time path's instruments and spans, through the real handlers on Azurite.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class IngestTelemetryTests(AzuriteFixture azurite)
{
    private const string Events = "tidewater.events";
    private static readonly (string, object?) Http = (TelemetryTags.Source, "http");
    private static readonly (string, object?) Queue = (TelemetryTags.Source, "queue");

    private static (string, object?) Outcome(string value) => (TelemetryTags.Outcome, value);

    private static string Now => DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static string Safe(string id) => TestEvents.Json(id, occurredAt: Now);

    /// <summary>Declines under the shipped v0 model (as in IngestHandlerTests).</summary>
    private static string Risky(string id) =>
        $$"""{"id":"{{id}}","type":"payment","accountId":"acct-9","amount":9000,"currency":"EUR","merchantCategory":"7995","country":"NG","channel":"ecommerce","occurredAt":"{{Now}}"}""";

    private static Task<IngestResult> PostAsync(AppHost host, string body) =>
        host.Get<IngestHandler>().HandleAsync(Encoding.UTF8.GetBytes(body), BodyFormat.Json, EventSource.Http, CancellationToken.None);

    [Fact]
    public async Task HandleAsync_AcceptedInvalidAndDuplicate_CountsEventsBySourceAndOutcome_AndDecisions()
    {
        await using var host = await AppHost.StartAsync(azurite);
        using var metrics = new MetricCapture(host.Get<IMeterFactory>());

        Assert.True((await PostAsync(host, $"[{Safe("a")},{Risky("r")},{Safe("b")}]")).IsAccepted);
        Assert.False((await PostAsync(host, $$"""[{{Safe("c")}},{"id":"d"}]""")).IsAccepted);
        Assert.False((await PostAsync(host, "not json")).IsAccepted);
        var repeated = await host.Get<InboundMessageHandler>().HandleAsync(BinaryData.FromString($"[{Safe("a")},{Safe("q")}]"), CancellationToken.None);
        Assert.False(repeated.IsPoison);

        Assert.Equal(3, metrics.Sum(Events, Http, Outcome(IngestOutcomes.Accepted)));
        Assert.Equal(3, metrics.Sum(Events, Http, Outcome(IngestOutcomes.Rejected))); // two items, then one unreadable body
        Assert.Equal(0, metrics.Sum(Events, Http, Outcome(IngestOutcomes.Duplicate)));
        Assert.Equal(1, metrics.Sum(Events, Queue, Outcome(IngestOutcomes.Duplicate)));
        Assert.Equal(1, metrics.Sum(Events, Queue, Outcome(IngestOutcomes.Accepted)));
        Assert.Equal(3, metrics.Sum("tidewater.decisions", (TelemetryTags.Decision, "approve")));
        Assert.Equal(1, metrics.Sum("tidewater.decisions", (TelemetryTags.Decision, "decline")));
        Assert.Equal(0, metrics.Sum("tidewater.decisions", (TelemetryTags.Decision, "review")));
        Assert.Equal(1, metrics.Sum("tidewater.alerts", Http));
        Assert.Equal(1, metrics.Count("tidewater.ingest.duration", Http, Outcome(IngestOutcomes.Accepted)));
        Assert.Equal(2, metrics.Count("tidewater.ingest.duration", Http, Outcome(IngestOutcomes.Rejected)));
        Assert.Equal(1, metrics.Count("tidewater.ingest.duration", Queue, Outcome(IngestOutcomes.Accepted)));
        Assert.All(metrics.Of("tidewater.ingest.duration"), m => Assert.InRange(m.Value, 0, 30));
    }

    [Fact]
    public async Task HandleAsync_ConcurrentCalls_GroupCommitSizesAddUpToTheCalls()
    {
        await using var host = await AppHost.StartAsync(azurite);
        using var metrics = new MetricCapture(host.Get<IMeterFactory>());

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => PostAsync(host, Safe($"g{i}"))));

        Assert.All(results, r => Assert.True(r.IsAccepted));
        var sizes = metrics.Of("tidewater.append.batch_size");
        Assert.Equal(40, sizes.Sum(m => m.Value)); // every call rode in exactly one block
        Assert.All(sizes, m => Assert.True(m.Has(Outcome(AccumulationMetrics.Appended))));
        Assert.Equal(sizes.Count, metrics.Count("tidewater.append.duration", Outcome(AccumulationMetrics.Appended)));
        Assert.Equal(40, metrics.Sum(Events, Http, Outcome(IngestOutcomes.Accepted)));
    }

    [Fact]
    public async Task HandleAsync_Traced_ValidateScoreAppendAreChildrenOfTheCallersSpan()
    {
        await using var host = await AppHost.StartAsync(azurite);
        using var spans = new SpanCapture();
        ActivityTraceId trace;
        ActivitySpanId request;

        using (var parent = SpanCapture.TestSource.StartActivity("request"))
        {
            Assert.NotNull(parent);
            trace = parent.TraceId;
            request = parent.SpanId;
            Assert.True((await PostAsync(host, $"[{Safe("s1")},{Safe("s2")},{Safe("s1")}]")).IsAccepted);
        }

        var mine = spans.InTrace(trace);
        var children = mine.Where(s => s.ParentSpanId == request).ToList();
        Assert.Equal([IngestSpans.Validate, IngestSpans.Score, IngestSpans.Append], children.OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));
        Assert.Equal(3, children.Single(s => s.OperationName == IngestSpans.Validate).GetTagItem(IngestSpans.ItemsTag));
        var score = children.Single(s => s.OperationName == IngestSpans.Score);
        Assert.Equal(2, score.GetTagItem(IngestSpans.NewTag));
        Assert.Equal(1, score.GetTagItem(IngestSpans.DuplicateTag));
        Assert.Equal("v0", score.GetTagItem(TelemetryTags.ModelVersion));
        var append = children.Single(s => s.OperationName == IngestSpans.Append);
        Assert.Equal(2, append.GetTagItem(AppendSpans.RecordsTag));
        Assert.Equal(1, append.GetTagItem(AppendSpans.GroupSizeTag));

        // The storage append of the block the call rode in hangs under the call's append span.
        var block = Assert.Single(mine, s => s.OperationName == AppendSpans.BlockName);
        Assert.Equal(append.SpanId, block.ParentSpanId);
        Assert.Equal(2, block.GetTagItem(AppendSpans.RecordsTag));
    }

    [Fact]
    public async Task MoveAsync_BadMessages_CountedByReason()
    {
        await using var host = await AppHost.StartAsync(azurite);
        using var metrics = new MetricCapture(host.Get<IMeterFactory>());
        var handler = host.Get<InboundMessageHandler>();
        var poison = host.Get<PoisonQueue>();

        foreach (var (id, body) in new[] { ("m1", BinaryData.FromString("{\"id\":")), ("m2", (BinaryData?)null) })
        {
            var outcome = await handler.HandleAsync(body, CancellationToken.None);
            Assert.True(outcome.IsPoison);
            await poison.MoveAsync(id, "text", 1, outcome.PoisonCause, outcome.PoisonReason!, outcome.Result?.Problems, CancellationToken.None);
        }

        Assert.Equal(1, metrics.Sum("tidewater.queue.poisoned", (TelemetryTags.PoisonReason, "invalid")));
        Assert.Equal(1, metrics.Sum("tidewater.queue.poisoned", (TelemetryTags.PoisonReason, "undecodable")));
        Assert.Equal(2, metrics.Sum("tidewater.queue.poisoned"));
    }

    [Fact]
    public async Task ModelVersionServed_IsOneTaggedWithTheServedVersion()
    {
        await using var host = await AppHost.StartAsync(azurite);
        using var metrics = new MetricCapture(host.Get<IMeterFactory>());

        metrics.RecordObservables();

        var served = Assert.Single(metrics.Of("tidewater.model.version_served"));
        Assert.Equal(1, served.Value);
        Assert.Equal("v0", served.Tags[TelemetryTags.ModelVersion]);
    }
}
