using System.Text;
using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Tests.Persistence;

public sealed class HistoryCodecTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EncodeDecode_RoundTripsEveryEventKind()
    {
        HistoryEvent[] episode =
        [
            new OrchestratorStartedEvent(T0, 0),
            new ExecutionStartedEvent("Batch", "e1", "{\"a\":1}", new ParentInstance("p", "pe", 3)),
            new TaskScheduledEvent(0, "Plan", "\"x\""),
            new TaskCompletedEvent(0, "42"),
            new TaskFailedEvent(1, new TaskFailureDetails("System.Exception", "boom", "at x", new TaskFailureDetails("Inner", "why"))),
            new TimerCreatedEvent(2, T0.AddHours(1)),
            new TimerFiredEvent(2, T0.AddHours(1)),
            new SubOrchestrationCreatedEvent(3, "Group", "batch-g0", null),
            new SubOrchestrationCompletedEvent(3, null),
            new SubOrchestrationFailedEvent(4, new TaskFailureDetails("T", "m")),
            new CustomStatusSetEvent("\"s\""),
            new ExecutionCompletedEvent("1"),
            new ExecutionFailedEvent(new TaskFailureDetails("T", "m")),
            new ExecutionTerminatedEvent(null),
        ];

        var decoded = HistoryCodec.Decode([HistoryCodec.Encode(episode)]);

        Assert.Equal(episode.Skip(1), decoded.Skip(1));
        Assert.Equal(new OrchestratorStartedEvent(T0, episode.Length), decoded[0]);
    }

    [Fact]
    public void Decode_IncompleteEpisodeWithTornLine_IsDroppedAndLaterEpisodesKept()
    {
        var first = HistoryCodec.Encode([new OrchestratorStartedEvent(T0, 0), new TaskScheduledEvent(0, "A", null)]);
        var partial = HistoryCodec.Encode([new OrchestratorStartedEvent(T0, 0), new TaskCompletedEvent(0, "1"), new TaskScheduledEvent(1, "B", null)]);
        var torn = partial[..(partial.Length - 10)]; // the writer died inside the last line
        var retried = HistoryCodec.Encode([new OrchestratorStartedEvent(T0.AddSeconds(1), 0), new TaskCompletedEvent(0, "1")]);
        var segment = Concat(first, torn, retried);

        var decoded = HistoryCodec.Decode([segment]);

        Assert.Equal(
            [typeof(OrchestratorStartedEvent), typeof(TaskScheduledEvent), typeof(OrchestratorStartedEvent), typeof(TaskCompletedEvent)],
            decoded.Select(e => e.GetType()));
        Assert.Equal(T0.AddSeconds(1), ((OrchestratorStartedEvent)decoded[2]).Timestamp);
    }

    [Fact]
    public void Decode_EpisodeSplitAcrossSegments_IsKept()
    {
        var episode = HistoryCodec.Encode([new OrchestratorStartedEvent(T0, 0), new TaskScheduledEvent(0, "A", null), new TaskScheduledEvent(1, "B", null)]);
        var text = Encoding.UTF8.GetString(episode.Span);
        var cut = text.LastIndexOf("\n{", StringComparison.Ordinal) + 1; // the start of the last line

        var decoded = HistoryCodec.Decode([episode[..cut], episode[cut..]]);

        Assert.Equal(3, decoded.Count);
    }

    private static ReadOnlyMemory<byte> Concat(params ReadOnlyMemory<byte>[] parts) => parts.SelectMany(p => p.ToArray()).ToArray();
}
