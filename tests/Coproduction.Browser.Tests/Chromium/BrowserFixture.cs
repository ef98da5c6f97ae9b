using Microsoft.Playwright;

namespace Coproduction.Browser.Chromium;

/// <summary>
/// One headless Chromium for the whole test run, driven by Playwright's bundled driver. It is Debian's
/// browser, never one Playwright would download, and it starts with nothing that reaches the network:
/// this machine's network is closed, and a page that is meant to fetch nothing is best tested where
/// nothing answers. Playwright gives each launch a fresh, empty profile (its own --user-data-dir).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", // CI runs as root, where Chromium's sandbox will not start
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        await ChromiumInstall.EnsureInstalledAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstall.ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Every browser test shares the one browser; xunit then runs them one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium";
}
