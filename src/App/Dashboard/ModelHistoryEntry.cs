namespace Tidewater.App.Dashboard;

/// <summary>One model version a batch refresh made (from its provenance record).</summary>
/// <param name="Version">The version.</param>
/// <param name="BaseVersion">The version it was made from.</param>
/// <param name="WindowId">The window merged into it.</param>
/// <param name="AccountsMerged">Accounts of that window merged into its baselines.</param>
/// <param name="RefitOutcome">What the weight refit did (<see cref="Batch.RefitOutcomes"/>).</param>
/// <param name="MadeAt">When the refresh recorded it.</param>
/// <param name="Published">True when its <c>model.json</c> exists, so it can be served or pinned.</param>
public sealed record ModelHistoryEntry(string Version, string BaseVersion, string WindowId, long AccountsMerged, string RefitOutcome, DateTimeOffset MadeAt, bool Published);
