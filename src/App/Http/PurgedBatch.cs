namespace Tidewater.App.Http;

/// <summary>The answer of <c>DELETE /api/batches/{id}</c>.</summary>
/// <param name="Id">The purged batch.</param>
/// <param name="PurgedInstances">Instances whose history was deleted: the batch and its chunk groups.</param>
public sealed record PurgedBatch(string Id, int PurgedInstances);
