namespace Tidewater.App.Accumulation;

/// <summary>One caller's lines waiting for the group commit, completed once they are durable.</summary>
internal sealed class PendingAppend(WindowKey window, ReadOnlyMemory<byte> lines, int items)
{
    /// <summary>A marker that asks the commit loop to close segments of ended windows.</summary>
    public static readonly PendingAppend Maintenance = new(default, ReadOnlyMemory<byte>.Empty, 0);

    public WindowKey Window => window;

    public ReadOnlyMemory<byte> Lines => lines;

    public int Items => items;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
