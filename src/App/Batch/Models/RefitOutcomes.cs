namespace Tidewater.App.Batch;

/// <summary>The values of <see cref="RefitSummary.Outcome"/>.</summary>
public static class RefitOutcomes
{
    /// <summary>The window was not merged (already included, or empty), so nothing was refitted.</summary>
    public const string NotAttempted = "not-attempted";

    /// <summary>Fewer than <see cref="BatchOptions.MinLabels"/> labelled payments in the training part.</summary>
    public const string TooFewLabels = "too-few-labels";

    /// <summary>No charged-back payment in the training part, or no held-out label to judge by.</summary>
    public const string NotEnoughClasses = "not-enough-classes";

    /// <summary>The refitted weights did no worse on the held-out labels and were kept.</summary>
    public const string Accepted = "accepted";

    /// <summary>The refitted weights did worse on the held-out labels; the base weights were kept.</summary>
    public const string Rejected = "rejected";
}
