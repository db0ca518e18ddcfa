namespace Tidewater.Cli.Batches;

/// <summary>The body of <c>POST /api/batches</c>.</summary>
public sealed record StartBatchesBody(DateTimeOffset From, DateTimeOffset To, string? ModelVersion, bool? PublishModel);
