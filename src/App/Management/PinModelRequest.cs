using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Management;

/// <summary>The body of <c>POST /api/models/pin</c>.</summary>
/// <param name="Version">The published version to make current.</param>
/// <param name="Pinned">True (the default) keeps batches from switching away from it; false releases the pin.</param>
/// <remarks>
/// Version is nullable so that <see cref="ModelManagementHandler"/> answers a missing one with a 400 naming it;
/// <see cref="RequiredAttribute"/> only tells the API description it is required.
/// </remarks>
public sealed record PinModelRequest([property: Required] string? Version, bool? Pinned = null);
