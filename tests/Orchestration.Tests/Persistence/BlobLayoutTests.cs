using Tidewater.Orchestration.Engine.Persistence;

namespace Tidewater.Orchestration.Tests.Persistence;

public sealed class BlobLayoutTests
{
    [Fact]
    public void ContainerName_IsPrefixedAndLowercase_NeverADurableName()
    {
        Assert.Equal("twlocal-tidewater", BlobLayout.ContainerName("Tidewater"));
    }

    [Fact]
    public void Key_KeepsSafeCharactersAndEscapesTheRest()
    {
        Assert.Equal("batch-202601010000_a", BlobLayout.Key("batch-202601010000_a"));
        Assert.Equal("a~2Fb~2E~2E~7Ec~C3~A9", BlobLayout.Key("a/b..~cé"));
        Assert.NotEqual(BlobLayout.Key("Batch"), BlobLayout.Key("batch"));
    }

    [Theory]
    [InlineData("batch-", "batch-202601010000")]
    [InlineData("r~é", "r~é/x")]
    public void StatePrefix_OfAnIdPrefix_IsAPrefixOfTheStateBlob(string prefix, string id)
    {
        Assert.StartsWith(BlobLayout.StatePrefix(prefix), BlobLayout.StateBlob(id), StringComparison.Ordinal);
    }

    [Fact]
    public void HistorySegment_IsUnderTheExecutionAndInstance()
    {
        var segment = BlobLayout.HistorySegment("batch-1", "e1", 2);

        Assert.Equal("history/batch-1/e1/000002.ndjson", segment);
        Assert.StartsWith(BlobLayout.HistoryPrefix("batch-1"), segment, StringComparison.Ordinal);
        Assert.False(segment.StartsWith(BlobLayout.HistoryPrefix("batch-"), StringComparison.Ordinal));
    }
}
