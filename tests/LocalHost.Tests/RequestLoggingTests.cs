using Tidewater.LocalHost.Diagnostics;

namespace Tidewater.LocalHost.Tests;

public sealed class RequestLoggingTests
{
    [Theory]
    [InlineData("?code=secret", "?code=REDACTED")]
    [InlineData("?a=1&code=secret&b=2", "?a=1&code=REDACTED&b=2")]
    [InlineData("?CODE=secret", "?CODE=REDACTED")]
    [InlineData("?%63ode=secret", "?%63ode=REDACTED")]
    [InlineData("?codex=1", "?codex=1")]
    [InlineData("", "")]
    public void Redact_ReplacesEveryCodeValue(string query, string expected) =>
        Assert.Equal(expected, RequestLoggingMiddleware.Redact(query));
}
