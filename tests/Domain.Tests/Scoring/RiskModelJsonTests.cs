using System.Text.Json;
using System.Text.Json.Nodes;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

public class RiskModelJsonTests
{
    [Fact]
    public void Serialize_DefaultModel_RoundTripsEveryMember()
    {
        // Arrange
        var model = new RiskModel(
            "v7", new ModelWeights(-3.25, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]), ["7995", "4829"],
            new AccountBaseline(RunningStats.Of([1, 2, 3.5]), ["DE"], ["5411"]), 128, ["2026-11-20", "2026-11-19"]);

        // Act
        var json = RiskModelJson.Serialize(model);
        var back = RiskModelJson.Deserialize(json);

        // Assert
        Assert.Equal(model.Version, back.Version);
        Assert.Equal(model.Weights, back.Weights);
        Assert.Equal(["4829", "7995"], back.HighRiskMerchantCategories.Order(StringComparer.Ordinal));
        Assert.Equal(model.Population, back.Population);
        Assert.Equal(128, back.BaselineShardCount);
        Assert.Equal(["2026-11-19", "2026-11-20"], back.IncludedWindows);
        Assert.Equal(json, RiskModelJson.Serialize(back));
        Assert.Equal(RiskModelJson.SerializeToUtf8Bytes(model), RiskModelJson.SerializeToUtf8Bytes(back));
    }

    [Fact]
    public void Serialize_DefaultModel_HasVersionedCamelCaseShape()
    {
        // Act
        var node = JsonNode.Parse(RiskModelJson.Serialize(RiskModel.Default))!.AsObject();

        // Assert
        Assert.Equal(1, (int)node["schemaVersion"]!);
        Assert.Equal("v0", (string)node["version"]!);
        Assert.Equal(FeatureNames.All, node["weights"]!["features"]!.AsObject().Select(p => p.Key));
        Assert.Equal(64, (int)node["baselineShardCount"]!);
        Assert.Equal(1_000_000, (long)node["population"]!["amount"]!["count"]!);
        Assert.Empty(node["includedWindows"]!.AsArray());
    }

    [Theory]
    [InlineData("schemaVersion", "2")]
    [InlineData("schemaVersion", null)]
    [InlineData("version", "\"\"")]
    [InlineData("version", "null")]
    [InlineData("baselineShardCount", "0")]
    [InlineData("highRiskMerchantCategories", "[\"12345\"]")]
    [InlineData("weights", "{\"bias\":0,\"features\":{\"amount_zscore\":1}}")]
    [InlineData("population", "{\"amount\":{\"count\":1,\"mean\":1,\"m2\":-1},\"countries\":[],\"merchantCategories\":[]}")]
    public void Deserialize_InvalidMember_ThrowsJsonException(string member, string? rawValue)
    {
        // Arrange
        var node = JsonNode.Parse(RiskModelJson.Serialize(RiskModel.Default))!.AsObject();
        node.Remove(member);
        if (rawValue is not null)
        {
            node[member] = JsonNode.Parse(rawValue);
        }

        // Act & Assert
        Assert.ThrowsAny<JsonException>(() => RiskModelJson.Deserialize(node.ToJsonString()));
    }

    [Fact]
    public void Deserialize_UnknownFeatureWeight_ThrowsJsonException()
    {
        // Arrange
        var node = JsonNode.Parse(RiskModelJson.Serialize(RiskModel.Default))!.AsObject();
        node["weights"]!["features"]!["velocity"] = 1.0;

        // Act
        var ex = Assert.ThrowsAny<JsonException>(() => RiskModelJson.Deserialize(node.ToJsonString()));

        // Assert
        Assert.Contains("velocity", ex.Message, StringComparison.Ordinal);
    }
}
