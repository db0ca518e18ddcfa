using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tidewater.LocalHost.Tests.Processes;
using Tidewater.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Tidewater.LocalHost.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser (headless Chromium) against a local host process on Azurite: a person enters the
/// key, watches the batch an operator started run to 100%, and reads the same counts the batch report holds, in the
/// batch, window, agreement and real-time panels. The page's
/// screenshot is saved with the test output (and, with <c>UPDATE_SCREENSHOT=1</c>, as <c>docs/images/dashboard.png</c>).
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class DashboardBrowserTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Events = 10_000;
    private const string Key = ProcessCluster.FunctionKey;
    private const float BatchTimeoutMs = 240_000;

    [Fact]
    public async Task Dashboard_BatchRunsToCompletion_ShowsTheReportsCountsWithoutTheKeyInAnyAddress()
    {
        // Arrange: a local host process with one sealed window of events; the page open in Chromium.
        await using var chromium = await SystemChromium.LaunchAsync();
        await using var cluster = new ProcessCluster(azurite.ConnectionString, output);
        var host = await cluster.StartHostAsync();
        using var client = host.CreateClient();
        var window = await ProcessCluster.PostWindowAsync(client, Events, seed: 31);
        await ProcessCluster.WaitSealedAsync(window);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<IRequest>();
        var errors = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request);
        page.Console += (_, message) => { if (message.Type == "error") errors.Enqueue($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Enqueue(error);
        await page.GotoAsync(new Uri(host.BaseAddress, "/api/dashboard").ToString());

        // A wrong key is refused and asked for again; the right one opens the dashboard.
        await EnterKeyAsync(page, "not-the-key");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new LocatorFilterOptions { HasText = "refused" })).ToBeVisibleAsync();
        await EnterKeyAsync(page, Key);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Batches", Exact = true })).ToBeVisibleAsync();

        // Act: an operator starts the window's batch and refreshes the page.
        string id = await StartBatchAsync(client, window);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Refresh now" }).ClickAsync();

        // Assert: the page follows the batch while it runs, to 100% and completed.
        var batches = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Batches, newest first" });
        var row = RowOf(page, batches, id);
        var progress = page.GetByRole(AriaRole.Progressbar, new PageGetByRoleOptions { Name = $"Progress of {id}" });
        try
        {
            await Expect(await CellAsync(batches, row, "Status")).ToHaveTextAsync(new Regex("^(pending|running)$"), new LocatorAssertionsToHaveTextOptions { Timeout = 60_000 });
            await Expect(progress).ToHaveAttributeAsync("aria-valuenow", "100", new LocatorAssertionsToHaveAttributeOptions { Timeout = BatchTimeoutMs });
        }
        catch (PlaywrightException)
        {
            output.WriteLine($"The page showed: {await row.InnerTextAsync()}\n{await page.Locator("#load-error").InnerTextAsync()}\n{host.Tail()}");
            throw;
        }

        await Expect(await CellAsync(batches, row, "Status")).ToHaveTextAsync("completed");
        int chunks = Events / int.Parse(cluster.Environment["Tidewater__ChunkMaxItems"], CultureInfo.InvariantCulture);
        await Expect(await CellAsync(batches, row, "Progress")).ToContainTextAsync(
            string.Create(CultureInfo.InvariantCulture, $"completed: {chunks} of {chunks} chunks, {Events:N0} of {Events:N0} records"));

        // ...with the report's counts, decisions, reconciliation, models and checksum.
        var (report, result) = (await GetJsonAsync(client, $"/api/reports/{id}"), (await GetJsonAsync(client, $"/api/batches/{id}")).GetProperty("output"));
        var findings = report.GetProperty("findings");
        var counts = findings.GetProperty("counts");
        var decisions = findings.GetProperty("batchDecisions");
        Assert.Equal(Events, counts.GetProperty("events").GetInt64());
        await ExpectCellAsync(batches, row, "Records", Number(counts, "records"));
        await ExpectCellAsync(batches, row, "Events", Number(counts, "events"));
        await ExpectCellAsync(batches, row, "Approve", Number(decisions, "approve"));
        await ExpectCellAsync(batches, row, "Review", Number(decisions, "review"));
        await ExpectCellAsync(batches, row, "Decline", Number(decisions, "decline"));
        await ExpectCellAsync(batches, row, "Differing", Number(findings.GetProperty("reconciliation"), "differing"));
        string modelOut = result.GetProperty("modelOut").GetString()!;
        await ExpectCellAsync(batches, row, "Models in → out", $"v0 → {modelOut}");
        await Expect((await CellAsync(batches, row, "Checksum")).Locator("code")).ToHaveAttributeAsync("title", report.GetProperty("checksum").GetString()!);

        // The window's timeline row and agreement agree with the report; the refreshed model is current and listed.
        string windowName = window.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await page.GetByText("Windows as a table").ClickAsync();
        var windows = page.GetByRole(AriaRole.Table).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Window (UTC)" }) }).First;
        var windowRow = RowOf(page, windows, windowName);
        await ExpectCellAsync(windows, windowRow, "Records", Number(counts, "records"));
        await ExpectCellAsync(windows, windowRow, "Events", Number(counts, "events"));
        await ExpectCellAsync(windows, windowRow, "Batch status", "completed (completed)");
        await page.GetByText("Agreement as a table").ClickAsync();
        var agreement = page.GetByRole(AriaRole.Table).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Compared" }) });
        var agreementRow = RowOf(page, agreement, windowName);
        await ExpectCellAsync(agreement, agreementRow, "Compared", Number(findings.GetProperty("reconciliation"), "compared"));
        await ExpectCellAsync(agreement, agreementRow, "Differing", Number(findings.GetProperty("reconciliation"), "differing"));
        await Expect(page.Locator("#model-current dt:has-text('Current version') + dd")).ToHaveTextAsync(modelOut);
        var history = page.GetByRole(AriaRole.Table).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Made from" }) });
        await ExpectCellAsync(history, RowOf(page, history, modelOut, exact: false), "Published", "yes");

        // The real-time panel (this host's meter) saw every event accepted over HTTP, with the decisions the report read back.
        await Expect(page.GetByText("This host's view")).ToBeVisibleAsync();
        await Expect(Fact(page, "Accepted over HTTP")).ToHaveTextAsync(Events.ToString("N0", CultureInfo.InvariantCulture));
        var realtimeDecisions = findings.GetProperty("realtimeDecisions");
        foreach (var (term, property) in new[] { ("Approve", "approve"), ("Review", "review"), ("Decline", "decline") })
        {
            await Expect(Fact(page, term)).ToHaveTextAsync(new Regex("^" + Regex.Escape(Number(realtimeDecisions, property)) + @"( \(|$)"));
        }

        await Expect(Fact(page, "Ingest latency p50 / p99")).ToHaveTextAsync(new Regex(@"^[0-9.]+ ms / [0-9.]+ ms"));

        // The report opens in the page, from the same key.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"Open report of {id}" }).ClickAsync();
        await Expect(page.FrameLocator("iframe[title='Batch report']").GetByRole(AriaRole.Heading, new FrameLocatorGetByRoleOptions { Level = 1 }))
            .ToContainTextAsync(window.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Close" }).ClickAsync();

        // The key went only in the header: never in an address, kept for this tab only; nothing failed in the page.
        Assert.DoesNotContain(requests, r => r.Url.Contains(Key, StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Url.EndsWith("/api/batches", StringComparison.Ordinal) && r.Headers.TryGetValue("x-functions-key", out var sent) && sent == Key);
        Assert.Equal(Key, await page.EvaluateAsync<string?>("() => sessionStorage.getItem('tidewater.functionKey')"));
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('tidewater.functionKey')"));
        var unexpected = errors.Where(e => !e.Contains("status of 401", StringComparison.Ordinal)).ToList(); // the refused key's 401s are the browser's own lines
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        Assert.DoesNotContain(Key, host.Output, StringComparison.Ordinal);

        await SaveScreenshotAsync(page);
    }

    /// <summary>The value of the real-time panel's fact named <paramref name="term"/>.</summary>
    private static ILocator Fact(IPage page, string term) => page.Locator($"#realtime-facts dt:text-is('{term}') + dd");

    private static async Task EnterKeyAsync(IPage page, string key)
    {
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Function key", Exact = true }).FillAsync(key);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Open dashboard" }).ClickAsync();
    }

    /// <summary>The row of <paramref name="table"/> whose row header reads (or, not <paramref name="exact"/>, contains) <paramref name="name"/>.</summary>
    private static ILocator RowOf(IPage page, ILocator table, string name, bool exact = true) =>
        table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = name, Exact = exact }) });

    /// <summary>The cell of <paramref name="row"/> under the column headed <paramref name="header"/>, as a person reads the table.</summary>
    private static async Task<ILocator> CellAsync(ILocator table, ILocator row, string header)
    {
        var headers = (await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        int index = headers.IndexOf(header);
        Assert.True(index >= 0, $"no column '{header}' in [{string.Join(", ", headers)}]");
        return row.Locator("th, td").Nth(index);
    }

    private static async Task ExpectCellAsync(ILocator table, ILocator row, string header, string expected) =>
        await Expect(await CellAsync(table, row, header)).ToHaveTextAsync(expected);

    private static string Number(JsonElement element, string property) =>
        element.GetProperty(property).GetInt64().ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<string> StartBatchAsync(HttpClient client, DateTimeOffset window)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/batches") { Content = JsonContent.Create(new { from = window, to = window.AddMinutes(1) }) };
        request.Headers.Add("x-functions-key", Key);
        using var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("batches")[0].GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", Key);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    /// <summary>Saves the page under the test output directory, and as the README's screenshot when <c>UPDATE_SCREENSHOT=1</c>.</summary>
    private async Task SaveScreenshotAsync(IPage page)
    {
        // As a person first sees it: tables scrolled to their start, the chart tables folded.
        await page.EvaluateAsync("() => { document.querySelectorAll('.scroll').forEach(e => e.scrollLeft = 0); document.querySelectorAll('details').forEach(d => d.open = false); window.scrollTo(0, 0); }");
        string path = Path.Combine(AppContext.BaseDirectory, "screenshots", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1")
        {
            string readme = Path.Combine(RepositoryRoot.Find(), "docs", "images", "dashboard.png");
            Directory.CreateDirectory(Path.GetDirectoryName(readme)!);
            File.Copy(path, readme, overwrite: true);
            output.WriteLine($"Copied to {readme}");
        }
    }
}
