namespace Tidewater.App.Queues;

/// <summary>Why an inbound message was moved to the poison queue (the <c>tidewater.poison.reason</c> tag).</summary>
public enum PoisonCause
{
    /// <summary>The body is not valid base64 (or the configured encoding).</summary>
    Undecodable,

    /// <summary>The body is not JSON, or holds an invalid event: it can never succeed.</summary>
    Invalid,

    /// <summary>Every attempt up to <c>maxDequeueCount</c> failed (a transient failure that lasted).</summary>
    RetriesExhausted,
}
