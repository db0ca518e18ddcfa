using System.Text.Json;

namespace Tidewater.Domain.Scoring;

/// <summary>Reads and writes a <see cref="RiskModel"/> as versioned camelCase JSON.</summary>
/// <remarks>
/// <para>
/// Shape (schema 1): <c>{"schemaVersion":1,"version":"v0","weights":{"bias":-5,"features":{"amount_zscore":0.35,…}},
/// "highRiskMerchantCategories":[…],"population":{"amount":{"count":…,"mean":…,"m2":…},"countries":[],
/// "merchantCategories":[]},"baselineShardCount":64,"includedWindows":[]}</c>.
/// </para>
/// <para>
/// Output is deterministic (features in vector order, sets sorted, doubles in shortest round-trip form), so the same
/// model always gives the same bytes and a stored model can be compared or hashed. Reading requires every feature
/// weight and no unknown one: a model made for other features must fail to load rather than score wrongly.
/// Every problem surfaces as a <see cref="JsonException"/>.
/// </para>
/// </remarks>
public static class RiskModelJson
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serializes <paramref name="model"/> to UTF-8 JSON.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(RiskModel model) =>
        JsonSerializer.SerializeToUtf8Bytes(ToDocument(model), DomainJsonContext.Default.ModelDocument);

    /// <summary>Serializes <paramref name="model"/> to a JSON string.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RiskModel model) =>
        JsonSerializer.Serialize(ToDocument(model), DomainJsonContext.Default.ModelDocument);

    /// <summary>Deserializes a model from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="JsonException">The JSON is malformed, of another schema version, or breaks a model invariant.</exception>
    public static RiskModel Deserialize(ReadOnlySpan<byte> utf8Json) =>
        FromDocument(JsonSerializer.Deserialize(utf8Json, DomainJsonContext.Default.ModelDocument));

    /// <summary>Deserializes a model from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    /// <exception cref="JsonException">The JSON is malformed, of another schema version, or breaks a model invariant.</exception>
    public static RiskModel Deserialize(string json) =>
        FromDocument(JsonSerializer.Deserialize(json, DomainJsonContext.Default.ModelDocument));

    private static ModelDocument ToDocument(RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var features = new Dictionary<string, double>(FeatureNames.Count, StringComparer.Ordinal);
        for (var i = 0; i < FeatureNames.Count; i++)
        {
            features.Add(FeatureNames.All[i], model.Weights.Features[i]);
        }

        return new ModelDocument
        {
            SchemaVersion = SchemaVersion,
            Version = model.Version,
            Weights = new WeightsDocument { Bias = model.Weights.Bias, Features = features },
            HighRiskMerchantCategories = [.. model.HighRiskMerchantCategories.Order(StringComparer.Ordinal)],
            Population = AccountBaselineDocument.From(model.Population),
            BaselineShardCount = model.BaselineShardCount,
            IncludedWindows = [.. model.IncludedWindows],
        };
    }

    private static RiskModel FromDocument(ModelDocument? document)
    {
        if (document is null)
        {
            throw new JsonException("A model document must be a JSON object, not null.");
        }

        if (document.SchemaVersion != SchemaVersion)
        {
            throw new JsonException($"Unsupported model schemaVersion {document.SchemaVersion}; expected {SchemaVersion}.");
        }

        var weights = new double[FeatureNames.Count];
        foreach (var (name, weight) in document.Weights.Features)
        {
            var index = FeatureNames.IndexOf(name);
            weights[index >= 0 ? index : throw new JsonException($"Unknown feature '{name}' in model weights.")] = weight;
        }

        var missing = FeatureNames.All.Where(name => !document.Weights.Features.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new JsonException($"Model weights lack features: {string.Join(", ", missing)}.");
        }

        try
        {
            return new RiskModel(
                document.Version,
                new ModelWeights(document.Weights.Bias, weights),
                document.HighRiskMerchantCategories,
                document.Population.ToBaseline(),
                document.BaselineShardCount,
                document.IncludedWindows);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid model: {ex.Message}", ex);
        }
    }
}
