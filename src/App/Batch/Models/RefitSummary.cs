namespace Tidewater.App.Batch;

/// <summary>What the weight refit did.</summary>
/// <param name="Outcome">One of <see cref="RefitOutcomes"/>.</param>
/// <param name="Examples">Labelled payments in the training part.</param>
/// <param name="Positives">Charged-back payments among them.</param>
/// <param name="Holdout">Labelled payments held out to judge the refit.</param>
/// <param name="HoldoutLossBefore">Mean log loss of the base weights on the held-out labels, when judged.</param>
/// <param name="HoldoutLossAfter">Mean log loss of the refitted weights on the held-out labels, when judged.</param>
/// <remarks>WARNING: orchestration output and stored shape; add fields, never rename.</remarks>
public sealed record RefitSummary(string Outcome, int Examples, int Positives, int Holdout, double? HoldoutLossBefore = null, double? HoldoutLossAfter = null)
{
    /// <summary>No refit: the window was not merged.</summary>
    public static RefitSummary NotAttempted { get; } = new(RefitOutcomes.NotAttempted, 0, 0, 0);
}
