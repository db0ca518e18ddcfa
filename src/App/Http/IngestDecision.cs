using Tidewater.Domain.Scoring;

namespace Tidewater.App.Http;

/// <summary>The decision for one event of a <c>POST /api/events</c> call.</summary>
/// <param name="EventId">The event's <c>id</c>.</param>
/// <param name="Decision">approve, review or decline.</param>
/// <param name="Score">The risk score, 0 to 1.</param>
/// <param name="Reasons">Up to three reason codes, strongest first.</param>
/// <param name="ModelVersion">The model version that scored it.</param>
/// <param name="Duplicate">True when the id was already accepted: the decision is the original one.</param>
public sealed record IngestDecision(string EventId, Decision Decision, double Score, IReadOnlyList<string> Reasons, string ModelVersion, bool Duplicate);
