using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Ingest;
using Tidewater.App.Storage;
using Tidewater.App.Telemetry;
using Tidewater.LocalHost.Queues;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Telemetry;

/// <summary>
/// The local host's OpenTelemetry wiring end to end: with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set it exports to it,
/// request spans parent the ingest spans, the queue message has its span, a batch on the real engine is one trace
/// named by its instance id, and Tidewater's metrics sit next to ASP.NET Core's (read with the in-memory exporter).
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class TelemetryTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(StartOfMinute(DateTimeOffset.UtcNow).AddSeconds(5));

    private static DateTimeOffset StartOfMinute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);

    private string Event(string id, decimal amount = 20, string country = "DE", string mcc = "5411") =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"{{id}}","type":"payment","accountId":"acct-1","amount":{{amount}},"currency":"EUR","merchantCategory":"{{mcc}}","country":"{{country}}","channel":"ecommerce","occurredAt":"{{_time.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""");

    private static HttpRequestMessage Post(string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);
        return request;
    }

    [Fact]
    public async Task LocalHost_WithOtlpEndpoint_ExportsTracesAndMetricsOfBothPathsAndTheBatch()
    {
        using var sink = new OtlpSink();
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(),
            new Dictionary<string, string?>
            {
                [TelemetryExporters.OtlpEndpointSetting] = sink.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["Tidewater:WindowMinutes"] = "1",
                ["Tidewater:SealGraceSeconds"] = "20",
            },
            _time,
            services => services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(spans)).WithMetrics(m => m.AddInMemoryExporter(metrics)));
        using var client = await factory.StartAsync();
        var window = factory.Get<WindowClock>().Current;

        // HTTP: three accepted (one declined), one invalid call, one repeat; queue: one message that can never succeed.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/events", $"[{Event("h1")},{Event("h2", 9000, "NG", "7995")},{Event("h3")}]"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Post("/api/events", """{"id":"bad"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/events", Event("h1")))).StatusCode);
        await factory.Get<TidewaterStorage>().InboundQueue.SendMessageAsync(BinaryData.FromString("{\"id\":"));
        var processor = factory.Get<InboundMessageProcessor>();
        await Eventually.WaitAsync(() => _time.AdvanceThenAsync(TimeSpan.FromMilliseconds(200), () => processor.Poisoned), n => n == 1, "the bad message to be poisoned");

        // Batch the window on the real engine.
        _time.SetUtcNow(factory.Get<WindowClock>().SealedAt(window).AddSeconds(1));
        var start = await client.SendAsync(Post("/api/batches", JsonSerializer.Serialize(new { from = window.Start, to = window.End })));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        string id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batches")[0].GetProperty("id").GetString()!;
        var status = await Eventually.WaitAsync(
            () => _time.AdvanceThenAsync(TimeSpan.FromSeconds(1), async () => await (await client.SendAsync(Get($"/api/batches/{id}"))).Content.ReadFromJsonAsync<JsonElement>()),
            s => s.GetProperty("runtimeStatus").GetString() is "completed" or "failed" or "terminated", "the batch to finish", seconds: 90);
        Assert.Equal("completed", status.GetProperty("runtimeStatus").GetString());

        Assert.True(factory.Get<TelemetryExporters>().Otlp);
        Assert.NotNull(factory.Services.GetService<MeterProvider>());

        // Stopping the host shuts the SDK down: it exports what it holds, and nothing more is added while we read.
        await factory.DisposeAsync();

        // Every validate span is a child of a request (server) or queue message (consumer) span.
        var byId = spans.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        var validates = spans.Where(s => s.OperationName == IngestSpans.Validate).ToList();
        Assert.Equal(4, validates.Count);
        Assert.All(validates, v => Assert.Contains(byId[v.ParentSpanId].Kind, new[] { ActivityKind.Server, ActivityKind.Consumer }));
        var accepted = byId[Assert.Single(validates, v => Equals(v.GetTagItem(IngestSpans.ItemsTag), 3)).ParentSpanId];
        Assert.Equal(ActivityKind.Server, accepted.Kind);
        Assert.Equal("POST /api/events", accepted.DisplayName);
        var children = spans.Where(s => s.ParentSpanId == accepted.SpanId && s.Source.Name == TidewaterTelemetry.SourceName).Select(s => s.OperationName);
        Assert.Equal(new[] { IngestSpans.Append, IngestSpans.Score, IngestSpans.Validate }, children.Order(StringComparer.Ordinal));
        var append = Assert.Single(spans, s => s.ParentSpanId == accepted.SpanId && s.OperationName == IngestSpans.Append);
        var block = Assert.Single(spans, s => s.ParentSpanId == append.SpanId && s.OperationName == AppendSpans.BlockName);
        Assert.Contains(spans, s => s.ParentSpanId == block.SpanId && s.Kind == ActivityKind.Client); // the storage call itself
        var message = Assert.Single(spans, s => s.Kind == ActivityKind.Consumer);
        Assert.Equal("process " + factory.InboundQueue, message.DisplayName);
        Assert.Equal("invalid", message.GetTagItem(TelemetryTags.PoisonReason));

        // The batch: every activity's span in the trace derived from its instance id, its storage calls beneath.
        var batch = spans.Where(s => s.TraceId == BatchTraceContext.Of(id).TraceId).ToList();
        var activities = batch.Where(s => s.Source.Name == TidewaterTelemetry.SourceName).ToList();
        Assert.Equal(BatchFunctions.Activities.Order(StringComparer.Ordinal), activities.Select(s => s.OperationName).Distinct().Order(StringComparer.Ordinal));
        Assert.All(activities, s => Assert.Equal(BatchTraceContext.Of(id).SpanId, s.ParentSpanId));
        Assert.Contains(batch, s => s.Kind == ActivityKind.Client && activities.Any(a => a.SpanId == s.ParentSpanId));

        // Metrics: ours and ASP.NET Core's, from the last export.
        Assert.Equal(3, Sum(metrics, "tidewater.events", (TelemetryTags.Source, "http"), (TelemetryTags.Outcome, IngestOutcomes.Accepted)));
        Assert.Equal(1, Sum(metrics, "tidewater.events", (TelemetryTags.Source, "http"), (TelemetryTags.Outcome, IngestOutcomes.Duplicate)));
        Assert.Equal(1, Sum(metrics, "tidewater.events", (TelemetryTags.Source, "http"), (TelemetryTags.Outcome, IngestOutcomes.Rejected)));
        Assert.Equal(1, Sum(metrics, "tidewater.events", (TelemetryTags.Source, "queue"), (TelemetryTags.Outcome, IngestOutcomes.Rejected)));
        Assert.Equal(1, Sum(metrics, "tidewater.decisions", (TelemetryTags.Decision, "decline")));
        Assert.Equal(1, Sum(metrics, "tidewater.queue.poisoned", (TelemetryTags.PoisonReason, "invalid")));
        Assert.Equal(3, Sum(metrics, "tidewater.batch.items", (TelemetryTags.Outcome, BatchMetrics.Completed)));
        Assert.Equal(1, Sum(metrics, "tidewater.batch.duration"));
        Assert.True(Sum(metrics, "tidewater.append.batch_size") >= 1);
        Assert.True(Sum(metrics, "http.server.request.duration") >= 3);
        Assert.Contains(metrics, m => m.Name.StartsWith("dotnet.", StringComparison.Ordinal)); // runtime instrumentation

        // Outgoing HTTP only within a trace: the pollers' storage calls are not a root trace each.
        Assert.DoesNotContain(spans, s => s.Kind == ActivityKind.Client && s.ParentSpanId == default);

        // And the OTLP exporter posted both signals to the configured endpoint.
        Assert.Contains("/v1/traces", sink.Paths);
        Assert.Contains("/v1/metrics", sink.Paths);
    }

    [Fact]
    public async Task LocalHost_WithoutOtlpEndpoint_RegistersNoSdk()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(),
            new Dictionary<string, string?> { [TelemetryExporters.OtlpEndpointSetting] = "" });
        using var client = await factory.StartAsync();

        Assert.False(factory.Get<TelemetryExporters>().Any);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    private static HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);
        return request;
    }

    /// <summary>Sums (counters) or counts (histograms) the points of the last exported <paramref name="name"/> that carry <paramref name="tags"/>.</summary>
    private static double Sum(List<MetricSnapshot> metrics, string name, params (string Key, object Value)[] tags)
    {
        var last = metrics.LastOrDefault(m => m.Name == name);
        if (last is null)
        {
            return 0;
        }

        double total = 0;
        foreach (var point in last.MetricPoints)
        {
            var pointTags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags)
            {
                pointTags[tag.Key] = tag.Value;
            }

            if (!tags.All(t => pointTags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))
            {
                continue;
            }

            total += last.MetricType switch
            {
                MetricType.LongSum or MetricType.LongSumNonMonotonic => point.GetSumLong(),
                MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic => point.GetSumDouble(),
                MetricType.Histogram or MetricType.ExponentialHistogram => point.GetHistogramCount(),
                MetricType.LongGauge => point.GetGaugeLastValueLong(),
                _ => point.GetGaugeLastValueDouble(),
            };
        }

        return total;
    }
}
