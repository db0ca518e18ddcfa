using System.Buffers;
using System.Text;
using System.Text.Json;
using Tidewater.Cli.Sending;
using Tidewater.Cli.Tests.Generation;

namespace Tidewater.Cli.Tests.Sending;

public class EventBatchJsonTests
{
    [Fact]
    public void ToJson_OneEvent_IsAnObject()
    {
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 1));

        using var document = JsonDocument.Parse(EventBatchJson.ToJson(batch));

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal("s1-0", document.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void ToJson_SeveralEvents_IsAnArrayInOrder()
    {
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 3));

        using var document = JsonDocument.Parse(EventBatchJson.ToJson(batch));

        Assert.Equal(["s1-0", "s1-1", "s1-2"], document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void WriteNdjson_OneCompactLinePerEvent()
    {
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 3));
        var buffer = new ArrayBufferWriter<byte>();

        EventBatchJson.WriteNdjson(buffer, batch);

        var lines = Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(string.Empty, lines[3]);
        Assert.All(lines[..3], line => Assert.True(TestTraffic.Parse(line, TestTraffic.Start).IsValid));
    }
}
