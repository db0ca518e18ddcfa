namespace Tidewater.Cli.Sending;

/// <summary>How one request (one batch of events) ended.</summary>
public enum SendStatus
{
    /// <summary>The target took every event of the batch (HTTP 2xx, message enqueued, line written).</summary>
    Accepted,

    /// <summary>The target refused the batch as a client error (HTTP 4xx): nothing of it was taken.</summary>
    Rejected,

    /// <summary>The target failed (HTTP 5xx) or could not be reached (transport error, timeout).</summary>
    Failed,
}
