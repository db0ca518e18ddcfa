namespace Tidewater.App.Batch;

/// <summary>The model versions a batch used and made.</summary>
/// <param name="In">The model the batch started with (first pass).</param>
/// <param name="Base">The model the window was merged into.</param>
/// <param name="Out">The refreshed model (second pass).</param>
/// <param name="Merged">True when <paramref name="Out"/> is <paramref name="Base"/> plus this window.</param>
/// <param name="AccountsMerged">Accounts merged into the baselines.</param>
/// <param name="Refit">What the refit did.</param>
public sealed record ReportModels(string In, string Base, string Out, bool Merged, long AccountsMerged, RefitSummary Refit);
