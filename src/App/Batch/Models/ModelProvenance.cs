namespace Tidewater.App.Batch;

/// <summary>
/// How <see cref="RefreshModelActivity"/> made a model version (<see cref="BatchLayout.Provenance"/>): written before
/// the version's <c>model.json</c>, so a refresh that runs again after its model was published (crash, redrive)
/// reports the same merge instead of "already included".
/// </summary>
/// <param name="Version">The version made.</param>
/// <param name="BaseVersion">The version it was made from.</param>
/// <param name="WindowId">The window merged.</param>
/// <param name="AccountsMerged">Accounts of the window merged into the baselines.</param>
/// <param name="Refit">What the refit did.</param>
/// <remarks>WARNING: stored; add fields, never rename.</remarks>
public sealed record ModelProvenance(string Version, string BaseVersion, string WindowId, long AccountsMerged, RefitSummary Refit);
