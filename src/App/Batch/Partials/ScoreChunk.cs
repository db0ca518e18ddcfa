using Tidewater.Domain.Events;

namespace Tidewater.App.Batch;

/// <summary>A chunk as the score pass sees it: the counted records' <see cref="ScoreItem"/>s and the chunk's line counts.</summary>
/// <param name="Items">The counted records, in record order.</param>
/// <param name="Lines">Lines in the chunk.</param>
/// <param name="Skipped">Lines skipped as repeats.</param>
/// <param name="Malformed">Lines that are not schema-1 records.</param>
internal sealed record ScoreChunk(IReadOnlyList<ScoreItem> Items, int Lines, int Skipped, int Malformed)
{
    /// <summary>The score chunk of a parsed chunk.</summary>
    public static ScoreChunk Of(ParsedChunk parsed) =>
        new([.. parsed.Records.Select(ScoreItem.Of)], parsed.Lines, parsed.Skipped, parsed.Malformed);

    /// <summary>Payments among the items.</summary>
    public int Payments => Items.Count(i => i.Type == EventType.Payment);
}
