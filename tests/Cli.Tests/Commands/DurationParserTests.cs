using Tidewater.Cli.Commands;

namespace Tidewater.Cli.Tests.Commands;

public class DurationParserTests
{
    [Theory]
    [InlineData("250ms", 0.25)]
    [InlineData("20s", 20)]
    [InlineData("1.5m", 90)]
    [InlineData("24h", 86400)]
    [InlineData("2d", 172800)]
    [InlineData("01:00:00", 3600)]
    public void Parse_Valid_ReturnsSeconds(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ten seconds")]
    [InlineData("-5s")]
    public void Parse_Invalid_ReturnsNull(string text)
    {
        Assert.Null(DurationParser.Parse(text));
    }
}
