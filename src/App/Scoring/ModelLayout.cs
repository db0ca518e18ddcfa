using System.Globalization;

namespace Tidewater.App.Scoring;

/// <summary>
/// Blob names in the models container: the current-version pointer, each version's model and its baseline shards
/// (see <c>docs/models.md</c>).
/// </summary>
public static class ModelLayout
{
    /// <summary>The pointer to the version the real-time path uses, switched by ETag.</summary>
    public const string CurrentPointer = "current.json";

    /// <summary>The model document of <paramref name="version"/>.</summary>
    public static string ModelBlob(string version) => $"versions/{version}/model.json";

    /// <summary>One baseline shard of <paramref name="version"/>.</summary>
    public static string ShardBlob(string version, int shard) =>
        string.Create(CultureInfo.InvariantCulture, $"versions/{version}/baselines/{shard:D4}.json");
}
