using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Sending;

/// <summary>Hands out numbered batches of generated events to concurrent senders, in generation order.</summary>
public sealed class BatchSource(TrafficGenerator generator, int batchSize)
{
    private readonly Lock _lock = new();
    private long _nextIndex;

    /// <summary>Gets the number of batches in all: ceil(count / batch size).</summary>
    public long BatchCount { get; } = (generator.Count + batchSize - 1) / batchSize;

    /// <summary>Gets the number of events per batch (the last batch may be smaller).</summary>
    public int BatchSize => batchSize;

    /// <summary>Gets the number of events in all.</summary>
    public long EventCount => generator.Count;

    /// <summary>Takes the next batch and its index, or returns <see langword="false"/> when none is left.</summary>
    public bool TryTake(out long index, out IReadOnlyList<GeneratedEvent> batch)
    {
        lock (_lock)
        {
            var events = new List<GeneratedEvent>(batchSize);
            while (events.Count < batchSize && generator.TryNext(out var generated))
            {
                events.Add(generated);
            }

            index = events.Count == 0 ? -1 : _nextIndex++;
            batch = events;
            return events.Count > 0;
        }
    }
}
