namespace Coproduction.Browser;

/// <summary>Each page loads in Chromium with no console or script errors and asks for nothing beyond itself.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PageErrorsTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageCases.Names), MemberType = typeof(PageCases))]
    public async Task Open_Page_ShowsNoErrorsAndMakesNoRequests(string name)
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, PageCases.Named(name), Viewports.Desktop);

        // Give anything the page might still do (a late script, a lazy image) time to show itself.
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        page.Problems.ShouldBeNone("the page in Chromium");
        (await page.Page.TitleAsync()).ShouldNotBeNullOrWhiteSpace();
    }
}
