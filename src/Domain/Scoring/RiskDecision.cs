namespace Tidewater.Domain.Scoring;

/// <summary>The outcome of scoring one event.</summary>
/// <param name="Score">The probability-like risk in [0, 1], rounded to <see cref="RiskScorer.ScoreDecimals"/> decimals.</param>
/// <param name="Decision">What to do, from the score and the thresholds.</param>
/// <param name="Reasons">Up to three reason codes (<see cref="ReasonCodes"/>), strongest first.</param>
/// <param name="ModelVersion">The <see cref="RiskModel.Version"/> that produced the score.</param>
/// <remarks>Record equality compares <paramref name="Reasons"/> by reference; compare the sequences in tests.</remarks>
public sealed record RiskDecision(double Score, Decision Decision, IReadOnlyList<string> Reasons, string ModelVersion);
