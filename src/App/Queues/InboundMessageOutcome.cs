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

    /// <summary>The kind of <see cref="PoisonReason"/> (meaningful only when <see cref="IsPoison"/>).</summary>
    public PoisonCause PoisonCause { get; private init; }

    internal static InboundMessageOutcome Poison(PoisonCause cause, string reason, IReadOnlyList<ValidationProblem>? problems = null) =>
        new(problems is null ? null : new IngestResult([], problems), reason) { PoisonCause = cause };
}
