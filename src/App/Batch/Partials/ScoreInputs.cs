using System.Runtime.CompilerServices;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// A chunk's counted records as the score pass needs them (<see cref="ScoreItem"/>), written by the stats pass, which
/// parses the records anyway, so the score pass reads a compact binary file instead of parsing the JSON again.
/// </summary>
/// <remarks>
/// Layout: the format byte <see cref="Format"/>, the chunk's line, skipped and malformed counts and the item count
/// (int32 each), then per item: type, channel, UTC hour and real-time decision (a byte each), amount and real-time
/// score (doubles), then event id, account id, country, merchant category and real-time model version (strings), as
/// <see cref="SidecarWriter"/> encodes them. It depends only on the chunk's records and skip list, not on a model.
/// </remarks>
internal static class ScoreInputs
{
    /// <summary>The first byte of the file.</summary>
    public const byte Format = 0xC1;

    private const string What = "a score inputs file";

    /// <summary>The fewest bytes an item takes: four bytes, two doubles and five empty strings.</summary>
    private const int MinItemBytes = 4 + (2 * sizeof(double)) + 5;

    /// <summary>Encodes the counted records of a chunk.</summary>
    public static byte[] Write(ParsedChunk parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        using var writer = new SidecarWriter(parsed.Records.Count * 96);
        writer.Byte(Format);
        writer.Int32(parsed.Lines);
        writer.Int32(parsed.Skipped);
        writer.Int32(parsed.Malformed);
        writer.Int32(parsed.Records.Count);
        foreach (var record in parsed.Records)
        {
            var item = ScoreItem.Of(record);
            writer.Byte((byte)item.Type);
            writer.Byte((byte)item.Input.Channel);
            writer.Byte((byte)item.Input.HourUtc);
            writer.Byte((byte)item.RealtimeDecision);
            writer.Double(item.Input.Amount);
            writer.Double(item.RealtimeScore);
            writer.String(item.EventId);
            writer.String(item.AccountId);
            writer.String(item.Input.Country);
            writer.String(item.Input.MerchantCategory);
            writer.String(item.RealtimeModelVersion);
        }

        return writer.ToArray();
    }

    /// <summary>Decodes a file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is truncated, of another format or holds impossible values.</exception>
    public static ScoreChunk Read(ReadOnlySpan<byte> content)
    {
        var reader = new SidecarReader(content, What);
        byte format = reader.Byte();
        if (format != Format)
        {
            throw new InvalidDataException($"A score inputs file starts with 0x{format:X2}, not 0x{Format:X2}.");
        }

        int lines = reader.Int32(), skipped = reader.Int32(), malformed = reader.Int32(), count = reader.Int32();
        if (lines < 0 || skipped < 0 || malformed < 0 || count < 0 || count > lines || count > reader.Remaining / MinItemBytes)
        {
            throw new InvalidDataException($"A score inputs file has impossible counts ({lines} lines, {count} items in {reader.Remaining} bytes).");
        }

        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new ScoreItem[count];
        for (int i = 0; i < items.Length; i++)
        {
            var type = Enum<EventType>(reader.Byte());
            var channel = Enum<PaymentChannel>(reader.Byte());
            int hour = reader.Byte();
            var decision = Enum<Decision>(reader.Byte());
            double amount = reader.Double(), score = reader.Double();
            if (hour > 23)
            {
                throw new InvalidDataException($"A score inputs file has the hour {hour}.");
            }

            string eventId = reader.String(), accountId = reader.String();
            items[i] = new ScoreItem(
                eventId, accountId, type, new ScoringInput(amount, reader.String(pool), reader.String(pool), channel, hour), decision, score, reader.String(pool));
        }

        if (reader.Remaining != 0)
        {
            throw new InvalidDataException($"A score inputs file has {reader.Remaining} bytes after its last item.");
        }

        return new ScoreChunk(items, lines, skipped, malformed);
    }

    /// <summary>The enum value <paramref name="value"/>; these enums are numbered 0, 1, 2... without gaps.</summary>
    private static T Enum<T>(byte value)
        where T : struct, Enum
    {
        int number = value;
        return number < Defined<T>.Count ? Unsafe.As<int, T>(ref number) : throw new InvalidDataException($"A score inputs file has {typeof(T).Name} {value}.");
    }

    private static class Defined<T>
        where T : struct, Enum
    {
        public static readonly int Count = System.Enum.GetValues<T>().Length;
    }
}
