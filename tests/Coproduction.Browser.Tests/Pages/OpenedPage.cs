using Microsoft.Playwright;

namespace Coproduction.Browser.Pages;

/// <summary>
/// A page opened in a context of its own at one viewport. The page is served from memory at an address
/// that resolves nowhere, and every other request is refused and written down: a self-contained page
/// asks for nothing, so any request, console error or script error is a problem to report.
/// </summary>
internal sealed class OpenedPage : IAsyncDisposable
{
    public const string Address = "http://coproduction.invalid/page.html";

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private OpenedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>What went wrong while the page loaded and since: console errors, script errors, and requests other than the page.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<OpenedPage> OpenAsync(IBrowser browser, PageCase page, Viewport viewport) =>
        await OpenAsync(browser, await PageWriter.HtmlAsync(page), viewport);

    public static async Task<OpenedPage> OpenAsync(IBrowser browser, string html, Viewport viewport)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        var opened = new OpenedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == Address)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
                return;
            }

            await route.AbortAsync();
        });
        opened.Page.Request += (_, request) =>
        {
            if (request.Url != Address)
            {
                opened.Add($"request: {request.Method} {request.Url}");
            }
        };
        opened.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                opened.Add($"console {message.Type}: {message.Text}");
            }
        };
        opened.Page.PageError += (_, error) => opened.Add($"page error: {error}");
        opened.Page.RequestFailed += (_, request) =>
        {
            // Every other request fails, refused above, and is already written down.
            if (request.Url == Address)
            {
                opened.Add($"the page itself failed to load: {request.Failure}");
            }
        };

        var response = await opened.Page.GotoAsync(Address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        response.ShouldNotBeNull().Status.ShouldBe(200);
        return opened;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
