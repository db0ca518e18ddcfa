using Tidewater.Domain.Scoring;

namespace Tidewater.App.Dedupe;

/// <summary>A decision recalled for a repeated event id.</summary>
/// <param name="Decision">The original decision.</param>
/// <param name="AlertPending">True when an alert was due and is not known to have been sent.</param>
public readonly record struct RememberedDecision(RiskDecision Decision, bool AlertPending);
