namespace Tidewater.App.Accumulation;

/// <summary>Which real-time trigger accepted an event.</summary>
public enum EventSource
{
    /// <summary><c>POST /api/events</c>.</summary>
    Http,

    /// <summary>The inbound storage queue.</summary>
    Queue,
}
