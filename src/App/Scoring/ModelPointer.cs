namespace Tidewater.App.Scoring;

/// <summary>The content of <see cref="ModelLayout.CurrentPointer"/>.</summary>
/// <param name="Version">The model version in use.</param>
/// <param name="Pinned">True when an operator pinned it; a batch then does not switch the pointer.</param>
/// <param name="UpdatedAt">When the pointer was last switched.</param>
public sealed record ModelPointer(string Version, bool Pinned, DateTimeOffset UpdatedAt);
