using Tidewater.App.Accumulation;

namespace Tidewater.App.Batch;

/// <summary>The window of a batch request.</summary>
internal static class BatchWindows
{
    /// <exception cref="ArgumentException">The id or length is not valid.</exception>
    public static WindowKey Parse(string windowId, int windowMinutes)
    {
        if (windowMinutes is < 1 or > 1440 || !WindowKey.TryParseId(windowId, TimeSpan.FromMinutes(windowMinutes), out var window))
        {
            throw new ArgumentException($"'{windowId}' ({windowMinutes} minutes) is not a window.", nameof(windowId));
        }

        return window;
    }
}
