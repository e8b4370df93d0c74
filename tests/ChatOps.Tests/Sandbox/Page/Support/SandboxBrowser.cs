using Microsoft.Playwright;

namespace ChatOps.Tests.Sandbox.Page.Support;

/// <summary>
/// One headless Chromium for the page tests: the system's Debian build at /usr/bin/chromium driven by Playwright,
/// never a downloaded browser. Shared by the tests of the <see cref="SandboxBrowserCollection"/>.
/// </summary>
public sealed class SandboxBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        // Expectations wait for the real change; the timeout is only a safety net on a loaded machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (no shared storage) with a page, generous timeouts for a loaded machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
