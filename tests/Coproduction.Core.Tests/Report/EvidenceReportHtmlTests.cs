using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Report;

public sealed class EvidenceReportHtmlTests
{
    public static TheoryData<string> Samples => new() { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" };

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_IsOneSelfContainedPageWithoutScript(string sample)
    {
        var html = ReportFixtures.Html(ReportFixtures.Sample(sample));
        var document = Parse(html);

        document.DocumentElement.GetAttribute("lang").ShouldBe("en-GB");
        document.QuerySelector("meta[name=viewport]").ShouldNotBeNull();
        document.QuerySelectorAll("script, link, iframe, img, object, embed").ShouldBeEmpty();
        document.All.Where(e => e.HasAttribute("src") || (e.GetAttribute("href") ?? string.Empty).Contains("//", StringComparison.Ordinal)).ShouldBeEmpty();
        var style = document.QuerySelector("style").ShouldNotBeNull().TextContent;
        style.ShouldNotContain("url(");
        style.ShouldNotContain("@import");
        style.ShouldContain("@media print");
        style.ShouldContain("@media (max-width");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_HeadingsGoInOrder(string sample)
    {
        var document = Parse(ReportFixtures.Html(ReportFixtures.Sample(sample)));
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();

        levels.Count(l => l == 1).ShouldBe(1);
        levels[0].ShouldBe(1);
        for (var i = 1; i < levels.Count; i++)
        {
            levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, $"heading {i} skips a level");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_TablesHaveCaptionsAndHeaders(string sample)
    {
        var tables = Parse(ReportFixtures.Html(ReportFixtures.Sample(sample))).QuerySelectorAll("table");

        tables.Length.ShouldBeGreaterThanOrEqualTo(4);
        foreach (var table in tables)
        {
            table.QuerySelector("caption").ShouldNotBeNull().TextContent.ShouldNotBeNullOrWhiteSpace();
            var headers = table.QuerySelectorAll("thead th");
            headers.Length.ShouldBeGreaterThan(0);
            headers.ShouldAllBe(th => th.GetAttribute("scope") == "col");
            table.QuerySelectorAll("tbody tr").ShouldAllBe(tr => tr.FirstElementChild!.LocalName == "th" && tr.FirstElementChild.GetAttribute("scope") == "row");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_ChartsHaveTextAlternatives(string sample)
    {
        var svgs = Parse(ReportFixtures.Html(ReportFixtures.Sample(sample))).QuerySelectorAll("svg");

        svgs.Length.ShouldBe(2);
        foreach (var svg in svgs)
        {
            svg.GetAttribute("role").ShouldBe("img");
            foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
            {
                svg.QuerySelector($"#{id}").ShouldNotBeNull().TextContent.ShouldNotBeNullOrWhiteSpace();
            }

            var region = svg.ParentElement!;
            region.ClassName.ShouldBe("chart-wrap");
            region.ParentElement!.LocalName.ShouldBe("figure");
            region.ParentElement.QuerySelector("figcaption").ShouldNotBeNull().TextContent.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_ChartsScrollInANamedRegionOnAPhone(string sample)
    {
        var document = Parse(ReportFixtures.Html(ReportFixtures.Sample(sample)));
        var style = document.QuerySelector("style")!.TextContent;

        // Scaled down to a phone, a chart's labels would be about 6px: it keeps its width and scrolls.
        style.ShouldContain(".chart-wrap { overflow-x: auto; }");
        style.ShouldContain(".chart-wrap svg { min-width: 36rem; }");
        foreach (var region in document.QuerySelectorAll("figure > .chart-wrap"))
        {
            region.GetAttribute("role").ShouldBe("region");
            region.GetAttribute("tabindex").ShouldBe("0");
            region.GetAttribute("aria-label").ShouldStartWith("Chart of ");
        }

        document.QuerySelectorAll("figure > .chart-wrap").Length.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToHtml_Sample_PrintsOnA4WithMargins(string sample)
    {
        var style = Parse(ReportFixtures.Html(ReportFixtures.Sample(sample))).QuerySelector("style")!.TextContent;

        // Without @page, a PDF printed with no dialog's margins (Chromium's printToPDF) runs to the paper's edge.
        style.ShouldContain("@page { size: A4; margin: 15mm; }");
        style.ShouldContain(".table-wrap, .chart-wrap { overflow: visible; }");
    }

    [Fact]
    public void ToHtml_ContributionsChart_HasOneLabelledBarPerCoreMember()
    {
        var snapshot = ReportFixtures.Sample("drifting-course.json");
        var svg = Parse(ReportFixtures.Html(snapshot)).QuerySelector("#contributions ~ figure svg").ShouldNotBeNull();

        svg.QuerySelectorAll("rect").Length.ShouldBe(snapshot.People.Count(p => p.Membership == Membership.Core));
        svg.QuerySelector("desc")!.TextContent.ShouldContain("Manager A: 23 (67%)");
    }

    [Fact]
    public void ToHtml_ChecklistStatus_IsSaidInWordsNotOnlyColour()
    {
        var items = Parse(ReportFixtures.Html(ReportFixtures.Sample("drifting-course.json"))).QuerySelectorAll("article.item");

        items.Length.ShouldBe(6);
        items.Select(i => i.QuerySelector(".status")!.TextContent).ShouldBe(
            ["\u2714 Met (2 of 2)", "\u2714 Met (2 of 2)", "\u2718 Not met (0 of 2)", "\u25D1 Partly met (1 of 2)", "\u25D1 Partly met (1 of 2)", "\u25D1 Partly met (1 of 2)"]);
    }

    [Fact]
    public void ToHtml_UnderReviewSample_ShowsTheTeamsNoteAndTheMissingPhase()
    {
        var document = Parse(ReportFixtures.Html(ReportFixtures.Sample("course-under-review.json")));

        document.QuerySelectorAll("article.item .note").Length.ShouldBeGreaterThan(0);
        document.QuerySelector("#summary")!.ParentElement!.TextContent.ShouldContain("not ready for quality review yet");
    }

    [Fact]
    public void ToHtml_NoFocusGroupTowardsTheEnd_GivesAGentleNote()
    {
        var text = Parse(ReportFixtures.Html(ReportFixtures.Sample("drifting-course.json"))).QuerySelector("#focus-groups")!.ParentElement!.TextContent;

        text.ShouldContain("No focus group has taken place towards the end yet.");
        text.ShouldContain("No focus group took place at the beginning.");
    }

    [Fact]
    public void ToHtml_Decisions_ShowExemptionsWithTheirJustification()
    {
        var rows = Parse(ReportFixtures.Html(ReportFixtures.Sample("drifting-course.json"))).QuerySelectorAll("#decisions ~ div table tbody tr");

        rows.Select(r => r.Children[^1].TextContent).ShouldContain("a managerial decision: no justification recorded");
        rows.Select(r => r.Children[4].TextContent).ShouldContain("no");
    }

    [Fact]
    public void ToHtml_SameInput_GivesTheSameBytes()
    {
        var snapshot = ReportFixtures.Sample("course-under-review.json");

        ReportFixtures.Html(snapshot).ShouldBe(ReportFixtures.Html(snapshot));
    }

    [Fact]
    public void ToHtml_AssessmentOfAnotherCourse_IsRefused()
    {
        var snapshot = ReportFixtures.Sample("healthy-new-course.json");
        var other = ReportFixtures.Assess(ReportFixtures.Sample("drifting-course.json"));

        var error = Should.Throw<ArgumentException>(() => EvidenceReport.ToHtml(snapshot, other));

        error.ParamName.ShouldBe("assessment");
        error.Message.ShouldNotContain(other.CourseId, Case.Insensitive, "a course id can carry its topic");
        error.Message.ShouldNotContain(snapshot.Course.Id, Case.Insensitive);
    }

    [Fact]
    public void ToHtml_EmptyCourse_StillMakesAReport()
    {
        var snapshot = new CourseBuilder().Build();
        var document = Parse(EvidenceReport.ToHtml(snapshot, new CourseAssessor().Assess(snapshot, CourseBuilder.Day(1))));

        document.QuerySelectorAll("article.item").Length.ShouldBe(6);
        document.QuerySelector("#timeline-desc")!.TextContent.ShouldStartWith("Nothing was recorded");
    }
}
