using System.Globalization;

namespace Tidewater.App.Batch;

/// <summary>
/// Blob names in the batch container (see <c>docs/batch.md</c>). Every chunk output is named by what determines its
/// content (window, plan, skip list, pass, model, chunk), so an existing blob can be reused as it is.
/// </summary>
public static class BatchLayout
{
    /// <summary>
    /// The version of the chunk outputs' formats (partial, sidecars), part of their names: outputs written by a host
    /// with another format are recomputed, never read. Bump it whenever one of those formats changes.
    /// </summary>
    public const int ChunkFormat = 2;

    /// <summary>The plan: segments (with sha256) and chunks.</summary>
    public static string Plan(string windowId, string planId) => $"windows/{windowId}/plans/{planId}.json";

    /// <summary>A chunk's sorted id digests (<see cref="IndexChunkActivity"/>).</summary>
    public static string IdIndex(string windowId, string planId, int chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"windows/{windowId}/{planId}/index/{chunk:D5}.bin");

    /// <summary>The ordinals each chunk skips (<see cref="ResolveDuplicatesActivity"/>), named by its content hash.</summary>
    public static string Skips(string windowId, string planId, string dedupeId) => $"windows/{windowId}/{planId}/skips-{dedupeId}.json";

    /// <summary>A chunk's partial (<see cref="ProcessChunkActivity"/>); written last, so its existence means the chunk is done.</summary>
    public static string ChunkPartial(ChunkWork work, int chunk) => ChunkFile(work, chunk, "json");

    /// <summary>A chunk's account statistics, one section per baseline shard (<see cref="AccountSidecar"/>, stats pass).</summary>
    public static string ChunkAccounts(ChunkWork work, int chunk) => ChunkFile(work, chunk, "accounts.bin");

    /// <summary>A chunk's payment examples: id digest and features (stats pass).</summary>
    public static string ChunkExamples(ChunkWork work, int chunk) => ChunkFile(work, chunk, "examples.bin");

    /// <summary>
    /// A chunk's counted records as the score pass reads them (<see cref="ScoreInputs"/>, written by the stats pass).
    /// Named without pass or model: it depends only on the records and the skip list.
    /// </summary>
    public static string ChunkScoreInputs(ChunkWork work, int chunk)
    {
        ArgumentNullException.ThrowIfNull(work);
        return string.Create(CultureInfo.InvariantCulture, $"windows/{work.WindowId}/{work.PlanId}/{work.DedupeId ?? "none"}/inputs-f{ChunkFormat}/{chunk:D5}.bin");
    }

    /// <summary>The merge of one pass's partials over the chunk set <paramref name="chunkSetId"/>.</summary>
    public static string Merged(ChunkWork work, string chunkSetId) => $"{PassFolder(work)}/merged-{chunkSetId}.json";

    /// <summary>Every distinct event id digest of a window, sorted; read by the next window's batch.</summary>
    public static string WindowIds(string windowId) => $"ids/{windowId}.bin";

    /// <summary>The features of a window's payments whose id digest falls in <paramref name="bucket"/>.</summary>
    public static string Labels(int bucket, string windowId) =>
        string.Create(CultureInfo.InvariantCulture, $"labels/{bucket:D2}/{windowId}.bin");

    /// <summary>The prefix of every window's label blob of <paramref name="bucket"/>.</summary>
    public static string LabelsPrefix(int bucket) => string.Create(CultureInfo.InvariantCulture, $"labels/{bucket:D2}/");

    /// <summary>How a model version was made by <see cref="RefreshModelActivity"/>: base, window, refit.</summary>
    public static string Provenance(string modelVersion) => $"models/{modelVersion}.json";

    /// <summary>The JSON report of a batch instance.</summary>
    public static string ReportJson(string instanceId) => $"reports/{instanceId}.json";

    /// <summary>The HTML report of a batch instance.</summary>
    public static string ReportHtml(string instanceId) => $"reports/{instanceId}.html";

    /// <summary>The blob-name part of <paramref name="pass"/>.</summary>
    public static string PassName(BatchPass pass) => pass switch
    {
        BatchPass.Index => "index",
        BatchPass.Stats => "stats",
        BatchPass.Score => "score",
        _ => throw new ArgumentOutOfRangeException(nameof(pass), pass, "Unknown pass."),
    };

    private static string PassFolder(ChunkWork work) =>
        string.Create(CultureInfo.InvariantCulture, $"windows/{work.WindowId}/{work.PlanId}/{work.DedupeId ?? "none"}/{PassName(work.Pass)}-f{ChunkFormat}/{work.ModelVersion ?? "none"}");

    private static string ChunkFile(ChunkWork work, int chunk, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{PassFolder(work)}/{chunk:D5}.{extension}");
}
