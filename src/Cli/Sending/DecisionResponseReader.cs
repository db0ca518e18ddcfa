using System.Text.Json;

namespace Tidewater.Cli.Sending;

/// <summary>Reads the host's <c>200 {"decisions":[{"eventId":..,"decision":..,"duplicate":..},...]}</c> answer.</summary>
public static class DecisionResponseReader
{
    /// <summary>Counts the decisions of an answer; unknown shapes count nothing rather than fail the send.</summary>
    public static DecisionCounts Count(ReadOnlySpan<byte> utf8Json)
    {
        long approve = 0, review = 0, decline = 0, duplicate = 0;
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 3)
                {
                    continue;
                }

                if (reader.ValueTextEquals("decision"u8) && reader.Read())
                {
                    if (reader.ValueTextEquals("approve"u8))
                    {
                        approve++;
                    }
                    else if (reader.ValueTextEquals("review"u8))
                    {
                        review++;
                    }
                    else if (reader.ValueTextEquals("decline"u8))
                    {
                        decline++;
                    }
                }
                else if (reader.ValueTextEquals("duplicate"u8) && reader.Read() && reader.TokenType == JsonTokenType.True)
                {
                    duplicate++;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed answer: report what was counted so far.
        }

        return new DecisionCounts(approve, review, decline, duplicate);
    }
}
