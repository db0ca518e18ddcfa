using System.Diagnostics;

namespace Tidewater.App.Accumulation;

/// <summary>One caller's lines waiting for the group commit, completed once they are durable.</summary>
/// <param name="window">The window the lines go to.</param>
/// <param name="lines">Complete record lines.</param>
/// <param name="items">Records in <paramref name="lines"/>.</param>
/// <param name="span">The caller's <c>append</c> span, or null when nobody listens.</param>
internal sealed class PendingAppend(WindowKey window, ReadOnlyMemory<byte> lines, int items, Activity? span)
{
    /// <summary>A marker that asks the commit loop to close segments of ended windows.</summary>
    public static readonly PendingAppend Maintenance = new(default, ReadOnlyMemory<byte>.Empty, 0, null);

    public WindowKey Window => window;

    public ReadOnlyMemory<byte> Lines => lines;

    public int Items => items;

    /// <summary>
    /// The caller's span: the commit loop parents its block span on it and tags it with the group size before
    /// completing. The caller only awaits meanwhile, so the span is handed over, never used by two threads at once.
    /// </summary>
    public Activity? Span => span;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
