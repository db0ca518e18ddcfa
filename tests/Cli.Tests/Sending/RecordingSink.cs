using Tidewater.Cli.Generation;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Tests.Sending;

/// <summary>A sink that records when each batch arrived (fake time) and can take a while (fake time) to answer.</summary>
internal sealed class RecordingSink(TimeProvider time, Func<int, TimeSpan>? delayOfCall = null, SendOutcome? outcome = null) : IEventSink
{
    private readonly Lock _lock = new();

    public List<(long Timestamp, string FirstId, int Count)> Calls { get; } = [];

    public string Description => "recording";

    public bool ReportsDecisions => true;

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<SendOutcome> SendAsync(IReadOnlyList<GeneratedEvent> batch, CancellationToken cancellationToken)
    {
        int call;
        lock (_lock)
        {
            call = Calls.Count;
            Calls.Add((time.GetTimestamp(), batch[0].Event.Id, batch.Count));
        }

        var delay = delayOfCall?.Invoke(call) ?? TimeSpan.Zero;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return outcome ?? new SendOutcome(SendStatus.Accepted, 200, new DecisionCounts(batch.Count, 0, 0, 0), null);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
