namespace Tidewater.App.Dashboard;

/// <summary>The values of <see cref="WindowSummary.State"/>.</summary>
public static class WindowStates
{
    /// <summary>Events are still being received into it.</summary>
    public const string Open = "open";

    /// <summary>Ended, but not sealed yet: late appends may still land.</summary>
    public const string Closing = "closing";

    /// <summary>Sealed: its segments are fixed and it can be batched.</summary>
    public const string Sealed = "sealed";
}
