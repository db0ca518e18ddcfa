namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="PlanBatchActivity"/>.</summary>
/// <param name="InstanceId">The batch instance (for logs).</param>
/// <param name="Request">The batch request.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record PlanBatchInput(string InstanceId, BatchRequest Request);
