using Tidewater.App.Ingest;

namespace Tidewater.App.Tests.Ingest;

public sealed class BodyFormatsTests
{
    [Theory]
    [InlineData("application/json", BodyFormat.Json)]
    [InlineData("application/json; charset=utf-8", BodyFormat.Json)]
    [InlineData("Application/JSON; charset=\"UTF-8\"", BodyFormat.Json)]
    [InlineData("application/x-ndjson", BodyFormat.Ndjson)]
    public void TryParse_Supported_ReturnsFormat(string contentType, BodyFormat expected)
    {
        Assert.True(BodyFormats.TryParse(contentType, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("not a media type")]
    public void TryParse_Unsupported_ReturnsFalse(string? contentType) => Assert.False(BodyFormats.TryParse(contentType, out _));
}
