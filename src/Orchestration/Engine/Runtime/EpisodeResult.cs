using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>What one episode produced: the events to checkpoint (header first) and the new actions to dispatch after.</summary>
internal sealed record EpisodeResult(IReadOnlyList<HistoryEvent> Events, IReadOnlyList<ActionEvent> Outbound)
{
    /// <summary>True when the episode recorded anything beyond its header.</summary>
    public bool HasEvents => Events.Count > 1;
}
