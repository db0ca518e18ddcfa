using Tidewater.App.Accumulation;

namespace Tidewater.App.Batch;

/// <summary>The records of a chunk that count: parsed, in record order, without skipped repeats and malformed lines.</summary>
/// <param name="Records">The records that count.</param>
/// <param name="Lines">Lines in the chunk.</param>
/// <param name="Skipped">Lines skipped as repeats.</param>
/// <param name="Malformed">Lines that are not schema-1 records.</param>
internal sealed record ParsedChunk(IReadOnlyList<AccumulationRecord> Records, int Lines, int Skipped, int Malformed)
{
    /// <summary>Parses <paramref name="content"/>, skipping the ordinals in <paramref name="skip"/>.</summary>
    public static ParsedChunk Parse(ReadOnlyMemory<byte> content, IReadOnlySet<int> skip)
    {
        var records = new List<AccumulationRecord>();
        int ordinal = 0, skipped = 0, malformed = 0;
        foreach (var line in AccumulationRecordFormat.Lines(content))
        {
            if (skip.Contains(ordinal++))
            {
                skipped++;
                continue;
            }

            try
            {
                records.Add(AccumulationRecordFormat.Read(line));
            }
            catch (FormatException)
            {
                malformed++; // one bad record is counted and reported, never fatal to its chunk
            }
        }

        return new ParsedChunk(records, ordinal, skipped, malformed);
    }
}
