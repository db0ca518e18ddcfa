using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Tidewater.Cli.Reporting;

/// <summary>Prints a <see cref="RunSummary"/>: a table on a terminal, stable <c>key=value</c> lines otherwise, and optional JSON.</summary>
public static class SummaryWriter
{
    /// <summary>Writes the plain-text summary (one fact per line, <c>key=value</c> pairs; meant for logs and scripts).</summary>
    public static void WritePlain(TextWriter output, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        var c = summary.Counts;
        output.WriteLine(Invariant($"target: {summary.Target}{(summary.Completed ? string.Empty : " (cancelled)")}"));
        output.WriteLine(Invariant($"events: sent={c.Sent} accepted={c.Accepted} rejected={c.Rejected} errors={c.Failed}"));
        output.WriteLine(Invariant($"requests: sent={c.Requests} rejected={c.RejectedRequests} errors={c.FailedRequests} batch={summary.BatchSize} concurrency={summary.Concurrency}"));
        var target = summary.TargetRate is { } rate ? Invariant($"{rate:0.##}/s (open loop)") : "max";
        output.WriteLine(Invariant($"rate: achieved={summary.AchievedRate:0.0}/s target={target} elapsed={summary.Elapsed.TotalSeconds:0.000}s"));
        WriteLatency(output, "latency_ms", summary.Latency, summary.TargetRate is null ? "from send" : "from scheduled send time");
        if (summary.TargetRate is not null)
        {
            WriteLatency(output, "service_ms", summary.ServiceTime, "from actual send");
            WriteLatency(output, "dispatch_lag_ms", summary.DispatchLag, "actual minus scheduled send time");
        }

        if (summary.ReportsDecisions)
        {
            var d = c.Decisions;
            output.WriteLine(Invariant($"decisions: approve={d.Approve} review={d.Review} decline={d.Decline} duplicate={d.Duplicate}"));
        }

        foreach (var (detail, count) in summary.Details)
        {
            output.WriteLine(Invariant($"problem: {count} x {detail}"));
        }
    }

    /// <summary>Writes the summary as a table.</summary>
    public static void WriteTable(IAnsiConsole console, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        var c = summary.Counts;
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.Title = new TableTitle(Markup.Escape(summary.Target) + (summary.Completed ? string.Empty : " [yellow](cancelled)[/]"));
        table.AddRow("sent", Invariant($"{c.Sent:N0} events in {c.Requests:N0} requests"));
        table.AddRow("[green]accepted[/]", Invariant($"{c.Accepted:N0}"));
        table.AddRow(c.Rejected > 0 ? "[yellow]rejected (4xx)[/]" : "rejected (4xx)", Invariant($"{c.Rejected:N0}"));
        table.AddRow(c.Failed > 0 ? "[red]errors (5xx, transport)[/]" : "errors (5xx, transport)", Invariant($"{c.Failed:N0}"));
        var target = summary.TargetRate is { } rate ? Invariant($" (target {rate:0.##}/s, open loop)") : string.Empty;
        table.AddRow("achieved rate", Invariant($"{summary.AchievedRate:N1}/s{target}"));
        AddLatency(table, summary.TargetRate is null ? "latency" : "latency from schedule", summary.Latency);
        if (summary.TargetRate is not null)
        {
            AddLatency(table, "service time", summary.ServiceTime);
        }

        if (summary.ReportsDecisions)
        {
            var d = c.Decisions;
            table.AddRow("decisions", Invariant($"approve {d.Approve:N0}, review {d.Review:N0}, decline {d.Decline:N0}, duplicate {d.Duplicate:N0}"));
        }

        foreach (var (detail, count) in summary.Details)
        {
            table.AddRow("[yellow]problem[/]", Markup.Escape(Invariant($"{count} x {detail}")));
        }

        console.Write(table);
    }

    /// <summary>Writes the summary as JSON (for benchmark scripts).</summary>
    public static void WriteJson(Stream output, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        var c = summary.Counts;
        writer.WriteStartObject();
        writer.WriteString("target", summary.Target);
        writer.WriteBoolean("completed", summary.Completed);
        writer.WriteNumber("sent", c.Sent);
        writer.WriteNumber("accepted", c.Accepted);
        writer.WriteNumber("rejected", c.Rejected);
        writer.WriteNumber("errors", c.Failed);
        writer.WriteNumber("requests", c.Requests);
        writer.WriteNumber("elapsedSeconds", summary.Elapsed.TotalSeconds);
        writer.WriteNumber("achievedRate", Math.Round(summary.AchievedRate, 1));
        if (summary.TargetRate is { } rate)
        {
            writer.WriteNumber("targetRate", rate);
        }

        WriteLatencyJson(writer, "latencyMicros", summary.Latency);
        WriteLatencyJson(writer, "serviceTimeMicros", summary.ServiceTime);
        WriteLatencyJson(writer, "dispatchLagMicros", summary.DispatchLag);
        if (summary.ReportsDecisions)
        {
            writer.WriteStartObject("decisions");
            writer.WriteNumber("approve", c.Decisions.Approve);
            writer.WriteNumber("review", c.Decisions.Review);
            writer.WriteNumber("decline", c.Decisions.Decline);
            writer.WriteNumber("duplicate", c.Decisions.Duplicate);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteLatency(TextWriter output, string name, LatencySummary? latency, string note)
    {
        if (latency is null)
        {
            output.WriteLine($"{name}: none");
            return;
        }

        output.WriteLine(Invariant(
            $"{name}: p50={Ms(latency.P50)} p90={Ms(latency.P90)} p99={Ms(latency.P99)} p99.9={Ms(latency.P999)} max={Ms(latency.Max)} n={latency.Count} ({note})"));
    }

    private static void AddLatency(Table table, string name, LatencySummary? latency)
    {
        if (latency is not null)
        {
            table.AddRow(name, Invariant(
                $"p50 {Ms(latency.P50)} ms, p90 {Ms(latency.P90)} ms, p99 {Ms(latency.P99)} ms, max {Ms(latency.Max)} ms"));
        }
    }

    private static void WriteLatencyJson(Utf8JsonWriter writer, string name, LatencySummary? latency)
    {
        if (latency is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("count", latency.Count);
        writer.WriteNumber("p50", latency.P50);
        writer.WriteNumber("p90", latency.P90);
        writer.WriteNumber("p99", latency.P99);
        writer.WriteNumber("p999", latency.P999);
        writer.WriteNumber("max", latency.Max);
        writer.WriteEndObject();
    }

    private static string Ms(long micros) => (micros / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
