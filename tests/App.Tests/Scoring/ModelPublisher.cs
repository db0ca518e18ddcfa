using System.Text.Json;
using Azure.Storage.Blobs;
using Tidewater.App.Scoring;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Scoring;

/// <summary>Writes a model version, its shards and the current pointer the way the batch path will.</summary>
internal static class ModelPublisher
{
    public static RiskModel Version(string version, int shards = 4, params string[] includedWindows) =>
        new(version, RiskModel.Default.Weights, RiskModel.Default.HighRiskMerchantCategories, RiskModel.Default.Population, shards, includedWindows);

    public static async Task PublishAsync(BlobContainerClient models, RiskModel model, IReadOnlyDictionary<int, byte[]>? shards = null)
    {
        await models.GetBlobClient(ModelLayout.ModelBlob(model.Version)).UploadAsync(new BinaryData(RiskModelJson.SerializeToUtf8Bytes(model)), overwrite: true);
        foreach (var (index, content) in shards ?? new Dictionary<int, byte[]>())
        {
            await models.GetBlobClient(ModelLayout.ShardBlob(model.Version, index)).UploadAsync(new BinaryData(content), overwrite: true);
        }

        var pointer = JsonSerializer.SerializeToUtf8Bytes(new { version = model.Version, pinned = false, updatedAt = DateTimeOffset.UtcNow });
        await models.GetBlobClient(ModelLayout.CurrentPointer).UploadAsync(new BinaryData(pointer), overwrite: true);
    }
}
