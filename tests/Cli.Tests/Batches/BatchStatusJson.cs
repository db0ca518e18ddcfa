namespace Tidewater.Cli.Tests.Batches;

/// <summary>Status bodies shaped as the host writes them (camelCase, enums as camelCase strings).</summary>
internal static class BatchStatusJson
{
    public const string Id = "batch-202611211000";

    private const string Links = """
        "links":{"id":"batch-202611211000","statusQueryGetUri":"http://h/api/batches/batch-202611211000","terminatePostUri":"http://h/api/batches/batch-202611211000/terminate","purgeHistoryDeleteUri":"http://h/api/batches/batch-202611211000","redrivePostUri":"http://h/api/batches/batch-202611211000/redrive","reportGetUri":"http://h/api/reports/batch-202611211000"}
        """;

    public static string Running(string phase, int chunksDone, int chunksTotal, long itemsDone, long itemsTotal) =>
        "{\"id\":\"" + Id + "\",\"runtimeStatus\":\"running\",\"createdAt\":\"2026-11-21T11:00:05+00:00\",\"lastUpdatedAt\":\"2026-11-21T11:00:09+00:00\","
        + "\"input\":{\"windowId\":\"202611211000\",\"windowMinutes\":60,\"modelVersion\":null,\"publishModel\":true},"
        + $"\"progress\":{{\"phase\":\"{phase}\",\"chunksDone\":{chunksDone},\"chunksTotal\":{chunksTotal},\"itemsDone\":{itemsDone},\"itemsTotal\":{itemsTotal},\"failedChunks\":0,\"modelVersion\":\"v0\"}},"
        + "\"output\":null,\"failure\":null," + Links + "}";

    public static string Completed() =>
        "{\"id\":\"" + Id + "\",\"runtimeStatus\":\"completed\",\"createdAt\":\"2026-11-21T11:00:05+00:00\",\"lastUpdatedAt\":\"2026-11-21T11:01:00+00:00\","
        + "\"progress\":{\"phase\":\"completed\",\"chunksDone\":4,\"chunksTotal\":4,\"itemsDone\":8000,\"itemsTotal\":8000,\"failedChunks\":0},"
        + "\"output\":{\"windowId\":\"202611211000\",\"modelIn\":\"v0\",\"modelOut\":\"v1-202611211000\",\"publish\":\"switched\",\"records\":8000,\"events\":7990,"
        + "\"failedChunks\":0,\"checksum\":\"abc123\",\"report\":\"reports/x.json\",\"reportHtml\":\"reports/x.html\"}," + Links + "}";

    public static string Failed() =>
        "{\"id\":\"" + Id + "\",\"runtimeStatus\":\"failed\",\"createdAt\":\"2026-11-21T11:00:05+00:00\",\"lastUpdatedAt\":\"2026-11-21T11:01:00+00:00\","
        + "\"failure\":{\"errorType\":\"Tidewater.App.Batch.BatchFailedException\",\"errorMessage\":\"2 chunks failed: 3 (stats): boom\",\"innerFailure\":null}," + Links + "}";

    public const string Problem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Invalid request","status":400,"detail":"to is before from","errors":{"to":["must be after from"]}}
        """;
}
