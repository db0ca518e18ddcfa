namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="RefreshModelActivity"/>.</summary>
/// <param name="ModelBase">The model the window was merged into (the pinned one, else the current pointer's at refresh time).</param>
/// <param name="ModelOut">The refreshed model (equal to <paramref name="ModelBase"/> when nothing was merged).</param>
/// <param name="Merged">True when <paramref name="ModelOut"/> is <paramref name="ModelBase"/> plus this window.</param>
/// <param name="AccountsMerged">Accounts of the window merged into the baselines.</param>
/// <param name="Refit">What the weight refit did.</param>
/// <param name="Publish">One of <see cref="ModelPublishOutcomes"/>.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record ModelRefreshResult(string ModelBase, string ModelOut, bool Merged, long AccountsMerged, RefitSummary Refit, string Publish);
