using System.Buffers;
using System.Text;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Tests.Accumulation;

public sealed class AccumulationRecordFormatTests
{
    [Fact]
    public void WriteThenRead_RoundTripsEveryField()
    {
        var paymentEvent = EventBatchReader.Read(Encoding.UTF8.GetBytes(TestEvents.Json()), BodyFormat.Json, ValidationContext.At(TestEvents.Now), 10).Events[0];
        var record = new AccumulationRecord(paymentEvent, new RiskDecision(0.91, Decision.Decline, ["large_amount"], "v7"), TestEvents.Now, 412, EventSource.Queue);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AccumulationRecordFormat.Write(writer, record);
        }

        var read = AccumulationRecordFormat.Read(buffer.WrittenMemory);

        Assert.Equal(record.Event, read.Event);
        Assert.Equal(record.Decision.Score, read.Decision.Score);
        Assert.Equal(record.Decision.Decision, read.Decision.Decision);
        Assert.Equal(record.Decision.Reasons, read.Decision.Reasons);
        Assert.Equal(record.Decision.ModelVersion, read.Decision.ModelVersion);
        Assert.Equal(record.ReceivedAt, read.ReceivedAt);
        Assert.Equal(412, read.LatencyMicros);
        Assert.Equal(EventSource.Queue, read.Source);
    }

    [Fact]
    public void Read_OtherSchema_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => AccumulationRecordFormat.Read(Encoding.UTF8.GetBytes("""{"schema":2}""")));

    [Fact]
    public void Read_Garbage_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => AccumulationRecordFormat.Read(Encoding.UTF8.GetBytes("{")));

    [Fact]
    public void Lines_SkipsEmptyLinesAndAnUnterminatedTail()
    {
        var lines = AccumulationRecordFormat.Lines(Encoding.UTF8.GetBytes("a\n\nbc\npartial")).Select(l => Encoding.UTF8.GetString(l.Span)).ToList();

        Assert.Equal(["a", "bc"], lines);
    }
}
