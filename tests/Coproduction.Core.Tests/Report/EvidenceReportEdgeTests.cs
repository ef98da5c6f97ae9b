using AngleSharp.Html.Parser;
using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Report;

/// <summary>Cases found in review: ids shared across collections, far-off and long cycles, empty sections.</summary>
public sealed class EvidenceReportEdgeTests
{
    [Fact]
    public void ToHtml_PersonAndActivitySharingAnId_EvidenceIsTheActivityAndNoNameAppears()
    {
        // Ids are unique only within a collection: focus-group member "a3" and focus group "a3".
        var snapshot = new CourseBuilder()
            .Core("p1", Learned()).FocusGroupMember("a3", Lived())
            .Activity(ActivityKind.FocusGroup, 3, "p1", ["a3"], id: "a3")
            .Build();
        snapshot = snapshot with { People = snapshot.People.Select(p => p.Id == "a3" ? p with { DisplayName = "Ola Smith" } : p).ToList() };

        var document = new HtmlParser().ParseDocument(ReportFixtures.Html(snapshot, showNames: true));
        var focusGroups = document.QuerySelectorAll("article.item")[3];

        focusGroups.QuerySelector("li")!.TextContent.ShouldBe("A focus group on 4 March 2026");
        document.QuerySelector("#experience")!.ParentElement!.TextContent.ShouldNotContain("Ola Smith");
        document.QuerySelectorAll("article.item").Take(4).ShouldAllBe(a => !a.TextContent.Contains("Ola Smith"));
    }

    [Fact]
    public void ToMarkdown_CourseIdSharedWithAMaterial_FlagOnTheCourseSaysSo()
    {
        var snapshot = new CourseBuilder().CoreTeam("p1", "p2", "p3")
            .Material("course-1", [(1, "p1")], [(1, "p2"), (1, "p3")])
            .Contributions(2, "p1", "p1", "p1", "p1", "p1", "p1", "p1", "p2", "p3")
            .Build();

        var markdown = ReportFixtures.Markdown(snapshot);

        markdown.ShouldContain("### One person's work as the sole focus: the course as a whole");
    }

    [Fact]
    public void ToHtml_MaterialAndDecisionSharingAnId_EachFlagNamesItsOwnSubject()
    {
        var snapshot = new CourseBuilder().CoreTeam("p1", "p2")
            .Material("x", [(1, "p1"), (2, "p1"), (3, "p1")])
            .Decision("x", 4, "p1")
            .Build();

        var headings = new HtmlParser().ParseDocument(ReportFixtures.Html(snapshot)).QuerySelectorAll(".flag h3").Select(h => h.TextContent).ToList();

        headings.ShouldBe(["Work on a material without feedback: \u201CMaterial x\u201D", "A decision pushed through without feedback: \u201CDecision x\u201D"]);
    }

    [Theory]
    [InlineData("9999-12-30T00:00:00Z", "2026-03-01T00:00:00Z", "year")]
    [InlineData("9999-12-30T00:00:00Z", "9999-11-01T00:00:00Z", "week")]
    [InlineData("9999-12-30T00:00:00Z", "9998-01-01T00:00:00Z", "month")]
    [InlineData("2026-03-01T00:00:00Z", "1900-01-01T00:00:00Z", "year")]
    public void ToHtml_FarOffOrLongCycles_DrawABoundedTimeline(string asOf, string cycleStart, string unit)
    {
        var builder = new CourseBuilder().CoreTeam("p1");
        var snapshot = builder.Build() with
        {
            AsOf = DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
            StageHistory = [new StageChange(DateTimeOffset.Parse(cycleStart, System.Globalization.CultureInfo.InvariantCulture), Stage.Proposed, Stage.Scoping, "p1")],
        };

        var html = ReportFixtures.Html(snapshot);
        var desc = new HtmlParser().ParseDocument(html).QuerySelector("#timeline-title")!.TextContent;

        desc.ShouldBe($"What happened in each {unit} of the cycle");
        html.Length.ShouldBeLessThan(200_000);
    }

    [Fact]
    public void ToMarkdown_EmptyCourse_SaysSoInsteadOfEmptyTables()
    {
        var snapshot = new CourseBuilder().Build();
        var markdown = EvidenceReport.ToMarkdown(snapshot, new CourseAssessor().Assess(snapshot, Day(1)));
        var lines = markdown.Split('\n');

        for (var i = 0; i < lines.Length - 2; i++)
        {
            if (lines[i + 1].StartsWith("| ---", StringComparison.Ordinal))
            {
                lines[i + 2].StartsWith('|').ShouldBeTrue($"the table at line {i + 1} has rows");
            }
        }

        markdown.ShouldContain(ReportText.NoDecisions);
        markdown.ShouldContain(ReportText.NothingRecorded);
        markdown.ShouldContain(ReportText.FlagsNote);
    }
}
