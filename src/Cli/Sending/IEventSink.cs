using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Sending;

/// <summary>Where generated events go: the HTTP trigger, the inbound queue, or NDJSON lines.</summary>
public interface IEventSink : IAsyncDisposable
{
    /// <summary>Gets a one-line description of the target for the summary (never a key).</summary>
    string Description { get; }

    /// <summary>Gets a value indicating whether answers carry decisions (only HTTP does).</summary>
    bool ReportsDecisions { get; }

    /// <summary>Prepares the target once before sending (e.g. creates the queue).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Sends one batch. Reports failures in the outcome; throws only on cancellation.</summary>
    Task<SendOutcome> SendAsync(IReadOnlyList<GeneratedEvent> batch, CancellationToken cancellationToken);
}
