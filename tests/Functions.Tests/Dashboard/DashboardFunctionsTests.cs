using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Tidewater.App;
using Tidewater.App.Dashboard;
using Tidewater.Functions.Dashboard;
using Xunit;

namespace Tidewater.Functions.Tests.Dashboard;

/// <summary>The dashboard functions: the local host's routes and key levels, and the same App answers (no storage is touched).</summary>
public sealed class DashboardFunctionsTests
{
    [Theory]
    [InlineData(DashboardFunctions.PageName, "dashboard", AuthorizationLevel.Anonymous)]
    [InlineData(DashboardFunctions.AssetName, "dashboard/assets/{name}", AuthorizationLevel.Anonymous)]
    [InlineData(DashboardFunctions.SummaryName, "dashboard/summary", AuthorizationLevel.Function)]
    public void Function_HasTheLocalHostsRouteAndKeyLevel(string name, string route, AuthorizationLevel level)
    {
        var trigger = typeof(DashboardFunctions).GetMethods()
            .Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == name)
            .GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(a => a is not null)!;

        Assert.Equal((route, level), (trigger.Route, trigger.AuthLevel));
        Assert.Equal(["get"], trigger.Methods ?? []);
    }

    [Fact]
    public async Task Page_ServesTheEmbeddedPageWithItsPolicyAndEntityTag()
    {
        using var services = FunctionsAppServices.Build();
        var context = Context(services, "/api/dashboard");

        await Functions(services).Page(context.Request).ExecuteAsync(context);

        var page = DashboardAssets.Embedded.Page;
        Assert.Equal((200, page.ContentType, page.ETag), (context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.ETag.ToString()));
        Assert.Equal(DashboardHttp.PagePolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal(page.Content.ToArray(), Body(context));
    }

    [Fact]
    public async Task Asset_UnchangedSinceTheBrowsersCopy_IsNotModified()
    {
        using var services = FunctionsAppServices.Build();
        var script = DashboardAssets.Embedded.Find("dashboard.js")!;
        var context = Context(services, "/api/dashboard/assets/dashboard.js");
        context.Request.Headers.IfNoneMatch = script.ETag;

        await Functions(services).Asset(context.Request, "dashboard.js").ExecuteAsync(context);

        Assert.Equal(304, context.Response.StatusCode);
        Assert.Empty(Body(context));
    }

    [Fact]
    public async Task Asset_UnknownName_IsNotFoundNamingIt()
    {
        using var services = FunctionsAppServices.Build();
        var context = Context(services, "/api/dashboard/assets/secrets.json");

        await Functions(services).Asset(context.Request, "secrets.json").ExecuteAsync(context);

        Assert.Equal(404, context.Response.StatusCode);
        Assert.True(JsonDocument.Parse(Body(context)).RootElement.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task SummaryAsync_WindowsOutOfRange_IsBadRequestNamingWindows()
    {
        using var services = FunctionsAppServices.Build();
        var context = Context(services, "/api/dashboard/summary", "?windows=0");

        var result = await Functions(services).SummaryAsync(context.Request, new Mock<DurableTaskClient>("test").Object);
        await result.ExecuteAsync(context);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.True(JsonDocument.Parse(Body(context)).RootElement.GetProperty("errors").TryGetProperty("windows", out _));
    }

    private static DashboardFunctions Functions(IServiceProvider services) => ActivatorUtilities.CreateInstance<DashboardFunctions>(services);

    private static DefaultHttpContext Context(IServiceProvider services, string path, string query = "")
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("tidewater.example");
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static byte[] Body(HttpContext context) => ((MemoryStream)context.Response.Body).ToArray();
}
