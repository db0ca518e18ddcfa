namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="PlanBatchActivity"/>: a reference to the stored plan and what the orchestrator needs from it.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="WindowMinutes">Its length.</param>
/// <param name="PlanId">Short SHA-256 of the plan document: the same segments and chunk limits give the same id.</param>
/// <param name="ModelVersion">The model the batch starts with: the pinned one, else the current pointer's, else <c>v0</c>.</param>
/// <param name="ModelPinned">True when the request pinned <paramref name="ModelVersion"/>.</param>
/// <param name="Segments">Segments in the window.</param>
/// <param name="ChunkCount">Chunks in the plan, indexed from 0.</param>
/// <param name="Records">Records (lines) in the window.</param>
/// <param name="Bytes">Bytes in the window.</param>
/// <param name="Settings">The options the orchestrator runs with.</param>
/// <param name="PlannedAt">When planning started: the batch's start for <c>tidewater.batch.duration</c>; null in plans recorded before it existed.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record BatchPlan(
    string WindowId,
    int WindowMinutes,
    string PlanId,
    string ModelVersion,
    bool ModelPinned,
    int Segments,
    int ChunkCount,
    long Records,
    long Bytes,
    BatchSettings Settings,
    DateTimeOffset? PlannedAt = null);
