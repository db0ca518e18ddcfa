using System.Globalization;
using Spectre.Console;
using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary>How <c>tidewater batch</c> prints batches: plain, stable lines (greppable), a table on a terminal.</summary>
public static class BatchPrinter
{
    /// <summary>One line of a running batch: id, state, phase, chunks and items done of total.</summary>
    public static string ProgressLine(BatchStatusView status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var p = status.Progress;
        string state = Lower(status.RuntimeStatus);
        if (p is null)
        {
            return $"{status.Id} {state}";
        }

        string failed = p.FailedChunks > 0 ? Invariant($" failed chunks {p.FailedChunks}") : string.Empty;
        return Invariant($"{status.Id} {state} {p.Phase}: chunks {p.ChunksDone}/{p.ChunksTotal}, items {p.ItemsDone}/{p.ItemsTotal}{failed}");
    }

    /// <summary>The batches started (or found) by <c>start</c>.</summary>
    public static void WriteStarted(BatchConsole console, StartedBatchesView started)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(started);
        foreach (var links in started.Batches)
        {
            console.Out.WriteLine($"{links.Id}\t{links.StatusQueryGetUri}");
        }

        console.Error.WriteLine(Invariant($"{started.Batches.Count} batch(es); follow one with: tidewater batch watch <id>"));
    }

    /// <summary>The batches of <c>list</c>: a table on a terminal, tab-separated lines otherwise.</summary>
    public static void WriteList(BatchConsole console, IReadOnlyList<BatchStatusView> batches)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(batches);
        if (!console.Interactive)
        {
            foreach (var b in batches)
            {
                console.Out.WriteLine(string.Join('\t', b.Id, Lower(b.RuntimeStatus), Phase(b), Time(b.CreatedAt), Records(b)));
            }

            return;
        }

        var table = new Table().AddColumns("id", "status", "phase / progress", "created", "records");
        foreach (var b in batches)
        {
            table.AddRow(Markup.Escape(b.Id), Lower(b.RuntimeStatus), Markup.Escape(Phase(b)), Time(b.CreatedAt), Records(b));
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine(Invariant($"{batches.Count} batch(es)"));
    }

    /// <summary>One batch as <c>name: value</c> lines: state, progress, then the output summary or the failure, then links.</summary>
    public static void WriteStatus(TextWriter output, BatchStatusView status)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(status);
        output.WriteLine($"id: {status.Id}");
        output.WriteLine($"status: {Lower(status.RuntimeStatus)}");
        output.WriteLine($"created: {Time(status.CreatedAt)}, last updated: {Time(status.LastUpdatedAt)}");
        if (status.Input is { } input)
        {
            output.WriteLine(Invariant($"window: {input.WindowId} ({input.WindowMinutes} min), model: {input.ModelVersion ?? "current"}, publish: {Lower(input.PublishModel)}"));
        }

        if (status.Progress is { } p)
        {
            output.WriteLine(Invariant($"progress: {p.Phase}, chunks {p.ChunksDone}/{p.ChunksTotal}, items {p.ItemsDone}/{p.ItemsTotal}, failed chunks {p.FailedChunks}"));
        }

        if (status.Output is { } o)
        {
            output.WriteLine(Invariant($"records: {o.Records}"));
            output.WriteLine(Invariant($"events: {o.Events}"));
            output.WriteLine($"model: {o.ModelIn} -> {o.ModelOut} ({o.Publish})");
            output.WriteLine(Invariant($"failed chunks: {o.FailedChunks}"));
            output.WriteLine($"checksum: {o.Checksum}");
        }

        for (var failure = status.Failure; failure is not null; failure = failure.InnerFailure)
        {
            output.WriteLine($"{(failure == status.Failure ? "failure" : "  caused by")}: {failure.ErrorType}: {failure.ErrorMessage}");
        }

        if (status.Links?.ReportGetUri is { } report && status.RuntimeStatus == BatchRuntimeStatus.Completed)
        {
            output.WriteLine($"report: {report} (html: {report}?format=html)");
        }

        if (status.Links?.StatusQueryGetUri is { } self)
        {
            output.WriteLine($"status: {self}");
        }
    }

    private static string Phase(BatchStatusView b) =>
        b.Progress is { } p ? Invariant($"{p.Phase} {p.ItemsDone}/{p.ItemsTotal}") : "-";

    private static string Records(BatchStatusView b) =>
        b.Output is { } o ? o.Records.ToString(CultureInfo.InvariantCulture) : "-";

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) => (value?.ToString() ?? string.Empty).ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
