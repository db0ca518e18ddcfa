using Tidewater.Domain.Scoring;

namespace Tidewater.App.Ingest;

/// <summary>The answer for one event: its decision, and whether it repeated an id already accepted.</summary>
public sealed record EventDecision(string EventId, RiskDecision Decision, bool Duplicate);
