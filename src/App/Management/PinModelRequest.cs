namespace Tidewater.App.Management;

/// <summary>The body of <c>POST /api/models/pin</c>.</summary>
/// <param name="Version">The published version to make current.</param>
/// <param name="Pinned">True (the default) keeps batches from switching away from it; false releases the pin.</param>
public sealed record PinModelRequest(string? Version, bool? Pinned = null);
