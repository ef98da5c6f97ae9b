using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Coproduction.Report;

/// <summary>
/// A right-to-left override (U+202E) or any other bidirectional control in a snapshot's text could
/// make the report display other words than it holds. The report takes them out and isolates each
/// value, so text from a snapshot cannot reorder the report's own words.
/// </summary>
public sealed partial class EvidenceReportBidiTests
{
    private const string Title = "\u202Efdp.exe\u202C slides \u2066x\u2069\u200F";
    private const string Shown = "fdp.exe slides x";

    [Fact]
    public void ToHtml_TitleWithARightToLeftOverride_HoldsNoBidirectionalControl()
    {
        var html = ReportFixtures.Html(ReportFixtures.Hostile(Title), showNames: true);

        AnyControl().IsMatch(html).ShouldBeFalse();
        html.ShouldContain(Shown);
    }

    [Fact]
    public void ToMarkdown_TitleWithARightToLeftOverride_HoldsNoBidirectionalControl()
    {
        var markdown = ReportFixtures.Markdown(ReportFixtures.Hostile(Title), showNames: true);

        AnyControl().IsMatch(markdown).ShouldBeFalse();
        markdown.ShouldContain($"# Co-production evidence: {Shown}");
    }

    /// <summary>Where a value from the snapshot stands among the report's own words, it is in a &lt;bdi&gt; of its own.</summary>
    [Theory]
    [InlineData("the title", "h1")]
    [InlineData("the course id and topics", "dl.facts dd")]
    [InlineData("the team's note", "p.note")]
    [InlineData("decisions, their makers and justifications", "#decisions ~ div td")]
    [InlineData("core members' contributions", "#contributions ~ div th")]
    [InlineData("who moved the course", "#lifecycle ~ div td")]
    [InlineData("a flag's subject", ".flag h3")]
    [InlineData("the people a flag concerns", ".flag p.lede")]
    [InlineData("checklist evidence", "article.item li")]
    public void ToHtml_ValueAmongTheReportsWords_IsIsolated(string description, string where)
    {
        var document = new HtmlParser().ParseDocument(ReportFixtures.Html(ReportFixtures.Hostile(Title), showNames: true));

        document.QuerySelectorAll($"{where} bdi").Select(b => b.TextContent).ShouldContain(text => text.Contains(Shown), description);
    }

    [GeneratedRegex("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex AnyControl();
}
