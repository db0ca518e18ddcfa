namespace Tidewater.App.Batch;

/// <summary>What every chunk of one pass shares: the window, the plan, the pass and, after dedupe, the model and skip list.</summary>
/// <param name="WindowId">The window id.</param>
/// <param name="PlanId">The plan (see <see cref="BatchPlan.PlanId"/>).</param>
/// <param name="Pass">The pass.</param>
/// <param name="ModelVersion">The model the pass scores with (<see cref="BatchPass.Stats"/> and <see cref="BatchPass.Score"/>).</param>
/// <param name="DedupeId">The skip list (<see cref="DuplicateResolution.DedupeId"/>), for the passes after dedupe.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename. Blob names derive from it (<see cref="BatchLayout"/>).</remarks>
public sealed record ChunkWork(string WindowId, string PlanId, BatchPass Pass, string? ModelVersion = null, string? DedupeId = null);
