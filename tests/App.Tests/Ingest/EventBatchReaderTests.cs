using System.Text;
using Tidewater.App.Ingest;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Tests.Ingest;

public sealed class EventBatchReaderTests
{
    private static readonly ValidationContext Context = ValidationContext.At(TestEvents.Now);

    private static EventBatch Read(string body, BodyFormat format = BodyFormat.Json, int maxItems = 1000) =>
        EventBatchReader.Read(Encoding.UTF8.GetBytes(body), format, Context, maxItems);

    [Fact]
    public void Read_SingleObject_ReturnsOneEvent()
    {
        var batch = Read(TestEvents.Json());

        Assert.True(batch.IsValid);
        Assert.Equal("evt-1", Assert.Single(batch.Events).Id);
    }

    [Fact]
    public void Read_Array_ReturnsEventsInOrder()
    {
        var batch = Read($"[{TestEvents.Json("a")},{TestEvents.Json("b")}]");

        Assert.Equal(["a", "b"], batch.Events.Select(e => e.Id));
    }

    [Fact]
    public void Read_ArrayWithInvalidItems_ReportsEveryProblemWithItemPathAndNoEvents()
    {
        var batch = Read($$"""[{{TestEvents.Json("a")}},{{TestEvents.Json("b", amount: -1)}},42]""");

        Assert.Empty(batch.Events);
        Assert.Contains(batch.Problems, p => p.Path == "$[1].amount");
        Assert.Contains(batch.Problems, p => p.Path == "$[2]");
    }

    [Fact]
    public void Read_SingleInvalidObject_UsesDollarPath()
    {
        var batch = Read(TestEvents.Json(amount: 0));

        Assert.Equal("$.amount", Assert.Single(batch.Problems).Path);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2")]
    public void Read_MalformedJson_ReportsBodyProblem(string body)
    {
        var problem = Assert.Single(Read(body).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Read_RootNotObjectOrArray_ReportsBodyProblem(string body) =>
        Assert.Equal("$", Assert.Single(Read(body).Problems).Path);

    [Fact]
    public void Read_EmptyArray_IsRejected() => Assert.Equal("$", Assert.Single(Read("[]").Problems).Path);

    [Fact]
    public void Read_ArrayOverLimit_IsRejected()
    {
        var body = "[" + string.Join(',', Enumerable.Range(0, 3).Select(i => TestEvents.Json($"e{i}"))) + "]";

        var problem = Assert.Single(Read(body, maxItems: 2).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("1 to 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepNesting_IsRejectedAsBodyProblem()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var body = TestEvents.Json()[..^1] + ",\"extra\":" + deep + "}";

        Assert.Equal("$", Assert.Single(Read(body).Problems).Path);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(TestEvents.Json()).ToList();
        bytes.InsertRange(10, new byte[] { 0xC3, 0x28 });

        var batch = EventBatchReader.Read(bytes.ToArray(), BodyFormat.Json, Context, 1000);

        Assert.Contains("UTF-8", Assert.Single(batch.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OversizedItem_IsRejectedWithItsPath()
    {
        var padded = TestEvents.Json()[..^1] + ",\"note\":\"" + new string('x', 17_000) + "\"}";

        var problem = Assert.Single(Read($"[{TestEvents.Json("a")},{padded}]").Problems);

        Assert.Equal("$[1]", problem.Path);
    }

    [Fact]
    public void Read_Ndjson_SkipsBlankLinesAndIndexesItems()
    {
        var body = TestEvents.Json("a") + "\r\n\n" + TestEvents.Json("b", amount: 0) + "\n";

        var batch = Read(body, BodyFormat.Ndjson);

        Assert.Equal("$[1].amount", Assert.Single(batch.Problems).Path);
    }

    [Fact]
    public void Read_NdjsonMalformedLine_ReportsItsIndex()
    {
        var batch = Read(TestEvents.Json("a") + "\n{oops\n", BodyFormat.Ndjson);

        Assert.Equal("$[1]", Assert.Single(batch.Problems).Path);
    }

    [Fact]
    public void Read_NdjsonOverLimit_IsRejected()
    {
        var body = string.Join('\n', Enumerable.Range(0, 3).Select(i => TestEvents.Json($"e{i}")));

        Assert.Equal("$", Assert.Single(Read(body, BodyFormat.Ndjson, maxItems: 2).Problems).Path);
    }

    [Fact]
    public void Read_Utf8Bom_IsIgnored() => Assert.True(Read("\uFEFF" + TestEvents.Json()).IsValid);
}
