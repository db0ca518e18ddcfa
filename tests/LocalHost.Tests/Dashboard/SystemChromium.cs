using Microsoft.Playwright;

namespace Tidewater.LocalHost.Tests.Dashboard;

/// <summary>
/// Headless Chromium for browser tests: the machine's own (Debian's <c>chromium</c>) driven by Playwright. Playwright
/// never downloads a browser here; where the system browser is missing the test fails and says how to install it.
/// </summary>
public sealed class SystemChromium : IAsyncDisposable
{
    /// <summary>Where Debian's package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private SystemChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>Starts the browser.</summary>
    /// <exception cref="InvalidOperationException">The browser is not installed.</exception>
    public static async Task<SystemChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ExecutablePath}: ./test.sh installs it (apt-get install -y chromium, as root); or install it yourself and run the tests again.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
            return new SystemChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
