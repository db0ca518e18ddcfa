using Microsoft.AspNetCore.Http;
using Tidewater.App.Http;
using Xunit;

namespace Tidewater.Functions.Tests.Http;

public sealed class RequestBaseUriTests
{
    [Fact]
    public void From_PlainRequest_IsSchemeAndHost()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 7071);

        Assert.Equal(new Uri("http://127.0.0.1:7071"), RequestBaseUri.From(request));
    }

    [Fact]
    public void From_ForwardedRequest_IsTheOriginalHost()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 41235);
        request.Headers["X-Forwarded-Host"] = "tidewater-api.azurewebsites.net";
        request.Headers["X-Forwarded-Proto"] = "https";

        Assert.Equal(new Uri("https://tidewater-api.azurewebsites.net"), RequestBaseUri.From(request));
    }
}
