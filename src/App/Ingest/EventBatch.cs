using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Ingest;

/// <summary>The events read from one request body or queue message, or every problem found in it.</summary>
/// <param name="Events">The valid events, in body order; empty when there are problems.</param>
/// <param name="Problems">Every problem, each with its JSON path.</param>
public sealed record EventBatch(IReadOnlyList<PaymentEvent> Events, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the body holds no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The items the body held, valid or not; 0 when the body itself could not be read as events.</summary>
    public int Items { get; init; }

    internal static EventBatch Invalid(string path, string message) => new([], [new ValidationProblem(path, message)]);
}
