using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Management;

/// <summary>The body of <c>POST /api/batches</c>: every window starting in [<see cref="From"/>, <see cref="To"/>).</summary>
/// <param name="From">First instant (UTC or with offset); the window containing it is the first.</param>
/// <param name="To">End of the range, exclusive; every window must be sealed.</param>
/// <param name="ModelVersion">A pinned model version: the batches are replays (<c>replay-{window}-{n}</c>).</param>
/// <param name="PublishModel">Whether a replay may publish its refreshed model; the default is false. Scheduled ids always may.</param>
/// <remarks>
/// From and To are nullable so that <see cref="BatchManagementHandler"/> answers a missing one with a 400 naming it;
/// <see cref="RequiredAttribute"/> only tells the API description they are required.
/// </remarks>
public sealed record StartBatchesRequest([property: Required] DateTimeOffset? From, [property: Required] DateTimeOffset? To, string? ModelVersion = null, bool? PublishModel = null);
