using Tidewater.Domain.Validation;

namespace Tidewater.App.Ingest;

/// <summary>The outcome of one ingest call: a decision per event, or the problems that rejected the whole call.</summary>
public sealed record IngestResult(IReadOnlyList<EventDecision> Decisions, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the events were accepted (and are durable).</summary>
    public bool IsAccepted => Problems.Count == 0;
}
