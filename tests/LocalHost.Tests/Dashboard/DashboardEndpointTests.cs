using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tidewater.App.Dashboard;
using Tidewater.LocalHost.Diagnostics;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Dashboard;

/// <summary>The dashboard routes of the real local host in memory, on Azurite: the page and its files anonymous, the summary keyed.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed partial class DashboardEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Page_WithoutKey_ServesThePageAndEveryFileItNames()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = await factory.StartAsync();

        using var page = await client.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal(DashboardHttp.PagePolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        string html = await page.Content.ReadAsStringAsync();
        Assert.Equal(DashboardAssets.Embedded.Page.Content.ToArray(), await page.Content.ReadAsByteArrayAsync());
        var names = LinkedFile().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(["/api/dashboard/assets/dashboard.css", "/api/dashboard/assets/dashboard.js", "data:,"], names.Order(StringComparer.Ordinal)); // data:, is the empty icon
        var linked = names.Where(n => n.StartsWith('/')).ToList();
        foreach (string path in linked)
        {
            using var file = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(DashboardAssets.Embedded.Find(path[(path.LastIndexOf('/') + 1)..])!.ContentType, file.Content.Headers.ContentType?.ToString());
        }
    }

    [Fact]
    public async Task Asset_IfNoneMatchTheCurrentTag_IsNotModified()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = await factory.StartAsync();
        using var first = await client.GetAsync("/api/dashboard/assets/dashboard.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/assets/dashboard.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(DashboardAssets.Embedded.Find("dashboard.js")!.ETag, first.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("/api/dashboard/assets/dashboard.html")]
    [InlineData("/api/dashboard/assets/missing.js")]
    public async Task Asset_NotAFileOfThePage_IsNotFound(string path)
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = await factory.StartAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Summary_WithoutKey_IsUnauthorized()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = await factory.StartAsync();

        using var response = await client.GetAsync("/api/dashboard/summary");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Summary_WithKey_CoversTheAskedWindowsUpToTheOpenOne()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        await using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = logged.CreateClient();
        await logged.Services.GetRequiredService<App.StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        await logged.Services.GetRequiredService<Tidewater.LocalHost.Durable.DurableTaskEngineStatus>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/summary?windows=3");
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);

        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{string.Join('\n', logs.Messages.Where(m => m.Message.Contains("xception", StringComparison.Ordinal)).Select(m => m.Category + ": " + m.Message))}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(60, summary.GetProperty("windowMinutes").GetInt32());
        var windows = summary.GetProperty("windows");
        Assert.Equal(3, windows.GetArrayLength());
        Assert.Equal("open", windows[2].GetProperty("state").GetString());
        Assert.Equal(0, summary.GetProperty("modelHistory").GetArrayLength());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("289")]
    [InlineData("x")]
    public async Task Summary_WindowsOutOfRange_IsBadRequestNamingWindows(string windows)
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = await factory.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/summary?windows=" + windows);
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("windows", out _));
    }

    [Fact]
    public async Task Summary_KeyInHeaderOrQuery_IsNeverLogged()
    {
        // Arrange: every log line of the host, request lines (debug) included.
        var logs = new CapturingLoggerProvider();
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(),
            new Dictionary<string, string?> { ["Logging:LogLevel:" + typeof(RequestLoggingMiddleware).FullName] = "Debug" });
        await using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = logged.CreateClient();
        await logged.Services.GetRequiredService<App.StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        await logged.Services.GetRequiredService<Tidewater.LocalHost.Durable.DurableTaskEngineStatus>().Ready.WaitAsync(TimeSpan.FromSeconds(30));

        // Act: the key in the header, then in the code query parameter.
        using var byHeader = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/summary?windows=2");
        byHeader.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);
        using var first = await client.SendAsync(byHeader);
        using var second = await client.GetAsync("/api/dashboard/summary?windows=2&code=" + LocalHostFactory.FunctionKey);

        // Assert: both were answered and logged, neither with the key.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var lines = await Eventually.WaitAsync(
            () => Task.FromResult(logs.Messages.Where(m => m.Message.Contains("/api/dashboard/summary", StringComparison.Ordinal)).ToList()),
            l => l.Count == 2, "both request lines to be logged");
        Assert.Contains(lines, l => l.Message.Contains("code=REDACTED", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Message.Contains(LocalHostFactory.FunctionKey, StringComparison.Ordinal));
    }

    [GeneratedRegex("""(?:href|src)="(?<path>[^"]+)""")]
    private static partial Regex LinkedFile();
}
