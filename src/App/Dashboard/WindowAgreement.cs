namespace Tidewater.App.Dashboard;

/// <summary>Real-time decisions against the batch re-score of one window, from its batch report's reconciliation.</summary>
/// <param name="BatchId">The completed batch whose report this is.</param>
/// <param name="Compared">Events compared.</param>
/// <param name="Differing">Events whose batch decision differs from the real-time one.</param>
public sealed record WindowAgreement(string BatchId, long Compared, long Differing)
{
    /// <summary>The share of compared events both paths decided alike, 0 to 1; 1 when nothing was compared.</summary>
    public double Rate => Compared == 0 ? 1 : (double)(Compared - Differing) / Compared;
}
