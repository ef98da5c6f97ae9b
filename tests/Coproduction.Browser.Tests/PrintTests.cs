using Microsoft.Playwright;

namespace Coproduction.Browser;

/// <summary>Each page prints on A4, as the Quality Process hands it on: A4 pages, and nothing wider than the paper.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    // A4 is 210 × 297 mm, 595.3 × 841.9 points; Chromium rounds it to 8.27 × 11.7 inches.
    private const double A4Width = 595;
    private const double A4Height = 842;

    [Theory]
    [MemberData(nameof(PageCases.Names), MemberType = typeof(PageCases))]
    public async Task Pdf_Page_PrintsOnA4Pages(string name)
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, PageCases.Named(name), Viewports.Desktop);

        var pdf = await page.Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        var sizes = PdfPages.Sizes(pdf);
        sizes.ShouldNotBeEmpty("the PDF has no pages");
        sizes.ShouldAllBe(size => Math.Abs(size.Width - A4Width) <= 1 && Math.Abs(size.Height - A4Height) <= 1,
            $"pages not A4: {string.Join(", ", sizes.Select(s => $"{s.Width}×{s.Height}"))}");
        page.Problems.ShouldBeNone("the page in Chromium");
    }

    [Theory]
    [MemberData(nameof(PageCases.Names), MemberType = typeof(PageCases))]
    public async Task Print_PageAtA4Width_HoldsWithinThePaper(string name)
    {
        var pageCase = PageCases.Named(name);
        await using var page = await OpenedPage.OpenAsync(browser.Browser, pageCase, Viewports.A4Printable);

        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var problems = await Layout.ProblemsAsync(page.Page);

        problems.ShouldBeNone("the layout in print at A4 width");
    }
}
