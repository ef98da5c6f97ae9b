using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>The report's two promises: text from a snapshot is only ever text, and experience is never tied to a name.</summary>
public sealed class EvidenceReportSafetyTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "</style><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "&lt;b&gt;already encoded&lt;/b&gt;",
        "]]><!-- --><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">read more</a>",
        "<iframe src=\"https://example.org/\"></iframe>",
        "<base href=\"https://example.org/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\">",
        "<link rel=\"stylesheet\" href=\"https://example.org/x.css\">",
        "</style><style>body { background: url(https://example.org/track.png) }</style>",
        "<form action=\"https://example.org/\"><input name=\"q\"></form>",
        "<!-- the rest of the page is hidden",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "javascript:alert(1)",
        "\u202Egnp.exe <b>right to left</b>",
        "{{7*7}} ${7*7} <%= 7*7 %>",
    };

    /// <summary>What a hostile value must never become in the report: markup that runs, loads, sends or hides something.</summary>
    private const string Dangerous = "script, img, iframe, object, embed, base, link, form, input, a[href], noscript, math, body meta";

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void ToHtml_HostileText_ShowsAsTextAndAddsNoMarkup(string value)
    {
        var snapshot = ReportFixtures.Hostile(value);
        var document = new HtmlParser().ParseDocument(ReportFixtures.Html(snapshot, showNames: true));

        document.QuerySelectorAll(Dangerous).ShouldBeEmpty();
        document.QuerySelectorAll("style").Length.ShouldBe(Benign.QuerySelectorAll("style").Length, "no style but the report's own");
        document.QuerySelectorAll("meta[http-equiv]").Select(m => m.GetAttribute("content")).ShouldBe([Html.HtmlReportWriter.ContentSecurityPolicy]);
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
        document.QuerySelector("svg svg").ShouldBeNull();
        // Bidirectional controls are taken out (EvidenceReportBidiTests); everything else shows as it is.
        var shown = value.Replace("\u202E", string.Empty, StringComparison.Ordinal);
        document.Title.ShouldBe($"Co-production evidence: {shown}");
        document.QuerySelector("h1")!.TextContent.ShouldBe($"Co-production evidence: {shown}");
        document.Body!.TextContent.ShouldContain(shown);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Benign { get; } = new HtmlParser().ParseDocument(ReportFixtures.Html(ReportFixtures.Hostile("plain words"), showNames: true));

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void ToMarkdown_HostileText_IsEscaped(string value)
    {
        var markdown = ReportFixtures.Markdown(ReportFixtures.Hostile(value), showNames: true);

        // Every '<' (which could open a tag) is escaped, so Markdown renderers show it as text.
        Regex.Matches(markdown, @"(?<!\\)<").ShouldBeEmpty();
        markdown.Contains(@"\<", StringComparison.Ordinal).ShouldBe(value.Contains('<', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("healthy-new-course.json")]
    [InlineData("drifting-course.json")]
    [InlineData("course-under-review.json")]
    public void ToHtmlAndMarkdown_NamesNotAllowed_NoNameAppears(string sample)
    {
        var snapshot = ReportFixtures.Sample(sample);
        var html = ReportFixtures.Html(snapshot);
        var markdown = ReportFixtures.Markdown(snapshot);

        foreach (var person in snapshot.People)
        {
            var name = new Regex($@"\b{Regex.Escape(person.DisplayName)}\b");
            name.IsMatch(html).ShouldBeFalse(person.DisplayName);
            name.IsMatch(markdown).ShouldBeFalse(person.DisplayName);
        }
    }

    [Theory]
    [InlineData("healthy-new-course.json")]
    [InlineData("drifting-course.json")]
    [InlineData("course-under-review.json")]
    public void ToHtml_NamesAllowed_NamesAppearOnlyWithContributionsNeverWithExperience(string sample)
    {
        var snapshot = ReportFixtures.Sample(sample);
        var document = new HtmlParser().ParseDocument(ReportFixtures.Html(snapshot, showNames: true));
        var names = snapshot.People.Select(p => p.DisplayName).ToList();

        // The contributions table names every core member: names are allowed there.
        var contributions = document.QuerySelector("#contributions")!.ParentElement!.TextContent;
        snapshot.People.Where(p => p.Membership == Membership.Core).ShouldAllBe(p => contributions.Contains(p.DisplayName, StringComparison.Ordinal));

        // Never in what says who has which experience: the experience section, the experience items, the focus groups.
        var experience = new[] { "#experience", "#focus-groups" }.Select(id => document.QuerySelector(id)!.ParentElement!.TextContent)
            .Concat(document.QuerySelectorAll("article.item").Take(3).Select(a => a.TextContent));
        foreach (var text in experience)
        {
            names.ShouldAllBe(name => !text.Contains(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ToHtml_Experience_IsCountedByCategory()
    {
        var snapshot = ReportFixtures.Sample("healthy-new-course.json");
        var rows = new HtmlParser().ParseDocument(ReportFixtures.Html(snapshot)).QuerySelectorAll("#experience ~ div table tbody tr");

        rows.Select(r => r.Children[0].TextContent).ShouldBe(["Lived experience", "Learned experience", "Carer or supporter experience"]);
        rows.SelectMany(r => r.Children.Skip(1)).ShouldAllBe(cell => cell.TextContent == "fewer than 3" || cell.TextContent == "0" || int.Parse(cell.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 3);
    }
}
