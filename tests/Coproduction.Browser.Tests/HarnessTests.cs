using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Coproduction.Browser;

/// <summary>
/// The checks themselves, each shown a small page that breaks it: a check that never fails would let
/// every report pass. Page problems, layout, paper size and axe each catch what they are there for.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class HarnessTests(BrowserFixture browser)
{
    private const string Head = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Check</title></head><body><main>";

    [Fact]
    public async Task OpenedPage_PageThatFetchesAnImage_ReportsTheRequest()
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, Head + "<img src=\"https://example.org/logo.png\" alt=\"Logo\"></main></body></html>", Viewports.Desktop);
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        page.Problems.ShouldContain("request: GET https://example.org/logo.png");
    }

    [Fact]
    public async Task OpenedPage_PageWithAScriptErrorAndAConsoleError_ReportsBoth()
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, Head + "<script>console.error('broken'); missing();</script></main></body></html>", Viewports.Desktop);

        page.Problems.ShouldContain("console error: broken");
        page.Problems.ShouldContain(p => p.StartsWith("page error:", StringComparison.Ordinal) && p.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Layout_BoxWiderThanAPhone_IsReported()
    {
        var problems = await LayoutProblemsAsync("<div style=\"width:600px\">Wide</div>", Viewports.Phone);

        problems.ShouldContain(p => p.StartsWith("the document is 6", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("<div> \"Wide\" spans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Layout_WideTableThatScrollsInItsWrapper_IsAllowed() =>
        (await LayoutProblemsAsync("<div style=\"overflow-x:auto\" tabindex=\"0\"><table style=\"width:600px\"><tr><td>Wide</td></tr></table></div>", Viewports.Phone))
            .ShouldBeEmpty();

    [Fact]
    public async Task Layout_TextCutOffByItsBox_IsReported() =>
        (await LayoutProblemsAsync("<p style=\"width:5rem;overflow:hidden;white-space:nowrap\">A sentence far longer than its box</p>", Viewports.Desktop))
            .ShouldContain(p => p.Contains("cuts off its content", StringComparison.Ordinal));

    [Fact]
    public async Task Layout_ChartLabelOutsideItsChart_IsReported() =>
        (await LayoutProblemsAsync("<svg viewBox=\"0 0 100 20\" width=\"100\" height=\"20\" role=\"img\" aria-label=\"Chart\"><text x=\"90\" y=\"15\">Label</text></svg>", Viewports.Desktop))
            .ShouldContain("chart label \"Label\" lies outside its chart");

    [Fact]
    public async Task Layout_ChartScaledDownToAPhone_ReportsItsTinyLabels() =>
        (await LayoutProblemsAsync("<svg viewBox=\"0 0 640 40\" style=\"width:100%;font:12px sans-serif\" role=\"img\" aria-label=\"Chart\"><text x=\"10\" y=\"20\">Label</text></svg>", Viewports.Phone))
            .ShouldContain(p => p.StartsWith("chart label \"Label\" is 6.7px", StringComparison.Ordinal));

    [Fact]
    public async Task PdfPages_LetterPaper_ReadsLetterNotA4()
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, Head + "<p>One page</p></main></body></html>", Viewports.Desktop);

        var sizes = PdfPages.Sizes(await page.Page.PdfAsync(new PagePdfOptions { Format = "Letter" }));

        sizes.ShouldBe([(612, 792)]);
    }

    [Fact]
    public async Task Axe_ImageWithoutText_IsAViolation()
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser,
            Head + "<svg role=\"img\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg></main></body></html>", Viewports.Desktop);

        var result = await page.Page.RunAxe();

        result.Violations.Select(v => v.Id).ShouldContain("svg-img-alt");
    }

    private async Task<IReadOnlyList<string>> LayoutProblemsAsync(string body, Viewport viewport)
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, Head + body + "</main></body></html>", viewport);
        return await Layout.ProblemsAsync(page.Page);
    }
}
