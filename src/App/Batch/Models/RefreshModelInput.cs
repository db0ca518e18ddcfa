namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="RefreshModelActivity"/>.</summary>
/// <param name="InstanceId">The batch instance (for logs).</param>
/// <param name="Stats">The stats pass (its model is the one the batch started with).</param>
/// <param name="StatsBlob">The merged stats partial.</param>
/// <param name="Chunks">The stats pass's completed chunks (their account and example sidecars are read).</param>
/// <param name="WindowMinutes">The window length.</param>
/// <param name="ModelPinned">True when the request pinned the model: it is then the base, never the current pointer.</param>
/// <param name="PublishModel">True when the refreshed model may be published by switching the current pointer.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record RefreshModelInput(
    string InstanceId,
    ChunkWork Stats,
    string StatsBlob,
    IReadOnlyList<int> Chunks,
    int WindowMinutes,
    bool ModelPinned,
    bool PublishModel);
