using System.Globalization;
using System.Net;
using System.Text;

namespace Tidewater.App.Batch;

/// <summary>A small self-contained HTML page of a <see cref="BatchReportDocument"/> for people; the JSON is the record.</summary>
internal static class ReportHtml
{
    public static byte[] Render(BatchReportDocument report)
    {
        var f = report.Findings;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Batch ").Append(E(f.WindowId)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}")
            .Append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}th{background:#eee}.l{text-align:left}")
            .Append(".bar{background:#4a7;height:.8em}</style></head><body>");
        html.Append("<h1>Batch of window ").Append(E(f.WindowId)).Append(" (").Append(N(f.WindowMinutes)).Append(" min)</h1>");
        html.Append("<p>Instance ").Append(E(report.Run.InstanceId)).Append(", checksum <code>").Append(E(report.Checksum)).Append("</code></p>");

        var c = f.Counts;
        Table(html, "Counts", ["records", "events", "payments", "chargebacks", "malformed", "repeats in window", "repeats of previous window"],
            [[N(c.Records), N(c.Events), N(c.Payments), N(c.Chargebacks), N(c.Malformed), N(c.DuplicatesInWindow), N(c.DuplicatesOfPreviousWindow)]]);
        Table(html, "Decisions", ["path", "approve", "review", "decline"],
        [
            ["real time", N(f.RealtimeDecisions.Approve), N(f.RealtimeDecisions.Review), N(f.RealtimeDecisions.Decline)],
            ["batch", N(f.BatchDecisions.Approve), N(f.BatchDecisions.Review), N(f.BatchDecisions.Decline)],
        ]);
        long most = Math.Max(1, f.ScoreHistogram.Max(b => b.Count));
        Table(html, "Batch score histogram", ["score", "events", ""],
            [.. f.ScoreHistogram.Select(b => new[] { D(b.From) + "-" + D(b.To), N(b.Count), $"<div class=\"bar\" style=\"width:{N(b.Count * 300 / most)}px\"></div>" })], raw: 2);
        Table(html, "Riskiest accounts", ["account", "highest score"], [.. f.TopRiskyAccounts.Select(a => new[] { E(a.AccountId), D(a.Score) })]);
        var r = f.Reconciliation;
        html.Append("<h2>Reconciliation</h2><p>").Append(N(r.Differing)).Append(" of ").Append(N(r.Compared))
            .Append(" events (").Append(D(r.Rate * 100)).Append("%) get another decision in the batch.</p>");
        Table(html, "Examples", ["event", "account", "real time", "batch", "real-time score", "batch score", "real-time model"],
            [.. r.Examples.Select(x => new[] { E(x.EventId), E(x.AccountId), E(x.Realtime), E(x.Batch), D(x.RealtimeScore), D(x.BatchScore), E(x.RealtimeModel) })]);
        var l = f.RealtimeLatency;
        Table(html, "Real-time latency (µs)", ["events", "mean", "p50", "p90", "p99"], [[N(l.Count), D(l.MeanMicros), N(l.P50Micros), N(l.P90Micros), N(l.P99Micros)]]);
        var cost = report.Run.Cost;
        Table(html, "Cost per path", ["real time µs/event", "batch CPU µs/event", "batch CPU µs"],
            [[D(cost.RealtimeMicrosPerEvent), D(cost.BatchCpuMicrosPerEvent), N(cost.BatchCpuMicros)]]);
        html.Append("<p>").Append(E(cost.Note)).Append("</p>");
        var m = f.Models;
        Table(html, "Models", ["in", "base", "out", "merged", "accounts merged", "refit", "published"],
            [[E(m.In), E(m.Base), E(m.Out), m.Merged ? "yes" : "no", N(m.AccountsMerged), E(m.Refit.Outcome), E(report.Run.Publish)]]);
        Table(html, "Manifest", ["segment", "bytes", "records", "sha256"],
            [.. f.Segments.Select(s => new[] { E(s.Name), N(s.Length), N(s.Items ?? 0), "<code>" + E(s.Sha256 ?? string.Empty) + "</code>" })], raw: 3);
        Table(html, "Failed chunks", ["chunk", "pass", "reason"], [.. report.Run.Failures.Select(x => new[] { N(x.Chunk), E(x.Pass), E(x.Reason) })]);
        html.Append("</body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Table(StringBuilder html, string title, string[] headers, string[][] rows, int raw = -1)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>");
        if (rows.Length == 0)
        {
            html.Append("<p>none</p>");
            return;
        }

        html.Append("<table><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                // Cells are encoded by the caller (E, N, D); column `raw` carries markup built from encoded parts.
                html.Append(i == 0 || i == raw ? "<td class=\"l\">" : "<td>").Append(row[i]).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
