using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

/// <summary>Stored records and window segments written the way the real-time path writes them.</summary>
internal static class BatchRecords
{
    public static readonly DateTimeOffset WindowStart = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static string WindowId(DateTimeOffset start) => start.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public static AccumulationRecord Payment(
        string id, string account = "acct-1", decimal amount = 25m, string mcc = "5411", PaymentChannel channel = PaymentChannel.CardPresent,
        string country = "DE", Decision decision = Decision.Approve, double score = 0.02, long latencyMicros = 400, DateTimeOffset? receivedAt = null) =>
        Record(new PaymentEvent(id, EventType.Payment, null, account, amount, "EUR", null, mcc, country, channel, (receivedAt ?? WindowStart).AddSeconds(-5)),
            decision, score, latencyMicros, receivedAt);

    public static AccumulationRecord Chargeback(string id, string paymentId, string account = "acct-1", decimal amount = 25m, DateTimeOffset? receivedAt = null) =>
        Record(new PaymentEvent(id, EventType.Chargeback, paymentId, account, amount, "EUR", null, "5411", "DE", PaymentChannel.CardPresent, (receivedAt ?? WindowStart).AddSeconds(-5)),
            Decision.Approve, 0.01, 300, receivedAt);

    public static byte[] Lines(IEnumerable<AccumulationRecord> records)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var record in records)
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
            {
                AccumulationRecordFormat.Write(writer, record);
            }

            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes one segment; closed ones carry the close metadata (items, bytes, sha256).</summary>
    public static async Task<string> WriteSegmentAsync(
        BlobContainerClient events, string windowId, string writer, IReadOnlyList<AccumulationRecord> records, bool closed = true, int sequence = 0)
    {
        await events.CreateIfNotExistsAsync();
        string name = string.Create(CultureInfo.InvariantCulture, $"{windowId}/{writer}/{sequence:D6}.ndjson");
        var blob = events.GetAppendBlobClient(name);
        var metadata = new Dictionary<string, string> { [SegmentLayout.SchemaKey] = "1", [SegmentLayout.WindowKeyName] = windowId, [SegmentLayout.WriterKey] = writer };
        await blob.CreateAsync(metadata: metadata);
        var content = Lines(records);
        if (content.Length > 0)
        {
            await blob.AppendBlockAsync(new BinaryData(content.AsMemory()).ToStream());
        }

        if (closed)
        {
            metadata[SegmentLayout.ItemsKey] = records.Count.ToString(CultureInfo.InvariantCulture);
            metadata[SegmentLayout.BytesKey] = content.Length.ToString(CultureInfo.InvariantCulture);
            metadata[SegmentLayout.Sha256Key] = Convert.ToHexStringLower(SHA256.HashData(content));
            await blob.SetMetadataAsync(metadata);
        }

        return name;
    }

    private static AccumulationRecord Record(PaymentEvent e, Decision decision, double score, long latencyMicros, DateTimeOffset? receivedAt) =>
        new(e, new RiskDecision(score, decision, [], "v0"), receivedAt ?? WindowStart.AddSeconds(1), latencyMicros, EventSource.Http);
}
