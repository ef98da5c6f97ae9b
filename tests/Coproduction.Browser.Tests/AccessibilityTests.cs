using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Coproduction.Browser;

/// <summary>
/// axe-core finds no WCAG 2.1 A or AA violation in any page, at either width: the phone layout has
/// its own ways to fail (a table that scrolls must be reachable by keyboard, say).
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [MemberData(nameof(PageCases.NamesByViewport), MemberType = typeof(PageCases))]
    public async Task Axe_PageAtViewport_FindsNoWcag21AAViolation(string name, string viewport)
    {
        await using var page = await OpenedPage.OpenAsync(browser.Browser, PageCases.Named(name), Viewports.Named(viewport));

        var result = await page.Page.RunAxe(Wcag21AA);

        result.Passes.ShouldNotBeEmpty("axe-core did not run its rules on the page");
        result.Violations.Select(Describe).ToList().ShouldBeNone("axe-core, WCAG 2.1 A and AA");
    }

    // The rule, what it asks and where it is explained; then each element that breaks it, and why.
    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}\n" +
        string.Join('\n', violation.Nodes.Select(n => $"  at {n.Target}: {n.Html}\n    {Messages(n)}"));

    private static string Messages(AxeResultNode node) =>
        string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message));
}
