using System.Buffers;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.BatchBench;

/// <summary>
/// Deterministic stored records of one window: payments over N/20 accounts and 0.5 % chargebacks, written in the
/// segment record format, so the seeded segments and the baseline's bytes are the same.
/// </summary>
internal static class BenchEvents
{
    /// <summary>The window every run uses: 60 minutes, long sealed.</summary>
    public static readonly WindowKey Window = new(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(60));

    private static readonly string[] Categories = ["5411", "5812", "5999", "4829", "7995", "5732", "5311", "4111"];
    private static readonly string[] Countries = ["DE", "FR", "NL", "ES", "IT", "GB", "US", "PL"];
    private static readonly PaymentChannel[] Channels = [PaymentChannel.CardPresent, PaymentChannel.Ecommerce, PaymentChannel.CardPresent];
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary>Record <paramref name="index"/> of <paramref name="total"/> (segment-independent).</summary>
    public static AccumulationRecord Record(long index, long total)
    {
        var random = new Random((int)(index * 2654435761 % int.MaxValue));
        long accounts = Math.Max(10, total / 20);
        string account = "acct-" + random.NextInt64(accounts);
        var receivedAt = Window.Start.AddTicks(index * Window.Length.Ticks / Math.Max(1, total));
        bool chargeback = index % 200 == 199;
        var e = new PaymentEvent(
            "evt-" + index,
            chargeback ? EventType.Chargeback : EventType.Payment,
            chargeback ? "evt-" + (index - 100) : null,
            account,
            Math.Round((decimal)(random.NextDouble() * 400 + 1), 2),
            "EUR",
            null,
            Categories[random.Next(Categories.Length)],
            Countries[random.Next(Countries.Length)],
            Channels[random.Next(Channels.Length)],
            receivedAt.AddSeconds(-2));
        var decision = new RiskDecision(random.NextDouble() * 0.3, Decision.Approve, [], "v0");
        return new AccumulationRecord(e, decision, receivedAt, 300 + random.Next(2000), EventSource.Http);
    }

    /// <summary>Appends records [<paramref name="from"/>, <paramref name="to"/>) as NDJSON lines to <paramref name="buffer"/>.</summary>
    public static void WriteLines(ArrayBufferWriter<byte> buffer, long from, long to, long total)
    {
        for (long i = from; i < to; i++)
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                AccumulationRecordFormat.Write(writer, Record(i, total));
            }

            buffer.Write("\n"u8);
        }
    }
}
