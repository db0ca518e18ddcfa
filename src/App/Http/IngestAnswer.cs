namespace Tidewater.App.Http;

/// <summary>
/// The shape of the 200 answer of <c>POST /api/events</c>, for the API description: <see cref="DecisionsResult"/>
/// writes it by hand on the hot path, and a test holds the two to the same properties.
/// </summary>
/// <param name="Decisions">One entry per event of the call, in the order sent.</param>
public sealed record IngestAnswer(IReadOnlyList<IngestDecision> Decisions);
