using System.Text.Json;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Accumulation;

/// <summary>The decision fields shared by stored records, HTTP answers and alerts: decision, score, reasons, modelVersion.</summary>
public static class DecisionJson
{
    /// <summary>Writes the four decision properties into the current object.</summary>
    public static void WriteFields(Utf8JsonWriter writer, RiskDecision decision)
    {
        writer.WriteString("decision", DecisionNames.ToWire(decision.Decision));
        writer.WriteNumber("score", decision.Score);
        writer.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        writer.WriteString("modelVersion", decision.ModelVersion);
    }

    /// <summary>Reads the four decision properties from <paramref name="element"/>.</summary>
    public static RiskDecision ReadFields(JsonElement element)
    {
        var reasons = new List<string>();
        foreach (var reason in element.GetProperty("reasons").EnumerateArray())
        {
            reasons.Add(reason.GetString() ?? string.Empty);
        }

        return new RiskDecision(
            element.GetProperty("score").GetDouble(),
            ReadDecision(element),
            reasons,
            element.GetProperty("modelVersion").GetString() ?? string.Empty);
    }

    private static Decision ReadDecision(JsonElement element) =>
        DecisionNames.TryParse(element.GetProperty("decision").GetString(), out var decision)
            ? decision
            : throw new FormatException("Unknown decision in a stored record.");
}
