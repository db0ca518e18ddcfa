namespace Tidewater.App.Batch;

/// <summary>The input of one batch instance: which window, with which model, and whether it may publish a model.</summary>
/// <param name="WindowId">The window id (<c>yyyyMMddHHmm</c>, UTC start).</param>
/// <param name="WindowMinutes">The window length when the batch was started.</param>
/// <param name="ModelVersion">A pinned model version (a replay), or null for the current one when the batch starts.</param>
/// <param name="PublishModel">True when the batch may publish a refreshed model (scheduled batches; replays only when asked).</param>
/// <remarks>WARNING: this is orchestration input; changing its JSON shape breaks in-flight orchestrations.</remarks>
public sealed record BatchRequest(string WindowId, int WindowMinutes, string? ModelVersion, bool PublishModel);
