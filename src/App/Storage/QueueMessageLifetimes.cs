namespace Tidewater.App.Storage;

/// <summary>Time-to-live values for queue messages.</summary>
public static class QueueMessageLifetimes
{
    /// <summary>A message that never expires (sent as <c>messagettl=-1</c>).</summary>
    public static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
}
