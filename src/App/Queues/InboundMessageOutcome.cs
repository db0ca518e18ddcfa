using Tidewater.App.Ingest;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Queues;

/// <summary>What became of one inbound queue message.</summary>
/// <param name="Result">The ingest result when the body could be read; null when it was not decodable.</param>
/// <param name="PoisonReason">Why the message can never succeed; null when it was processed.</param>
public sealed record InboundMessageOutcome(IngestResult? Result, string? PoisonReason)
{
    /// <summary>True when the message must go to the poison queue at once.</summary>
    public bool IsPoison => PoisonReason is not null;

    internal static InboundMessageOutcome Poison(string reason, IReadOnlyList<ValidationProblem>? problems = null) =>
        new(problems is null ? null : new IngestResult([], problems), reason);
}
