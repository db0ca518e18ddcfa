namespace Tidewater.App.Schedule;

/// <summary>How far the schedule has looked: every sealed window ending at or before <paramref name="CoveredUntil"/> has a batch or no segments.</summary>
/// <param name="CoveredUntil">The end of the newest window covered; the next occurrence starts at the window containing it.</param>
/// <param name="UpdatedAt">When the watermark last moved.</param>
public sealed record BatchWatermark(DateTimeOffset CoveredUntil, DateTimeOffset UpdatedAt);
