namespace Coproduction.Browser;

/// <summary>Each page holds its layout on a phone and on a desktop: no sideways scroll, nothing cut off.</summary>
[Collection(ChromiumTests.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageCases.NamesByViewport), MemberType = typeof(PageCases))]
    public async Task Layout_PageAtViewport_HoldsWithinTheWindow(string name, string viewport)
    {
        var pageCase = PageCases.Named(name);
        await using var page = await OpenedPage.OpenAsync(browser.Browser, pageCase, Viewports.Named(viewport));

        var problems = await Layout.ProblemsAsync(page.Page);

        problems.ShouldBeNone("the layout");
    }
}
