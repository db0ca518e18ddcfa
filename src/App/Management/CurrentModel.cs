namespace Tidewater.App.Management;

/// <summary>The answer of <c>GET /api/models/current</c>.</summary>
/// <param name="Version">The version the real-time path uses (per the pointer; <c>v0</c> when there is none).</param>
/// <param name="Pinned">True when an operator pinned it.</param>
/// <param name="UpdatedAt">When the pointer last moved, if it exists.</param>
/// <param name="IncludedWindows">The windows merged into its baselines.</param>
/// <param name="ServingVersion">The version this host scores with right now (it follows the pointer within the refresh interval).</param>
public sealed record CurrentModel(string Version, bool Pinned, DateTimeOffset? UpdatedAt, IReadOnlyList<string> IncludedWindows, string ServingVersion);
