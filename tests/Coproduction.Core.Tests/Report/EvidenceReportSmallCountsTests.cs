using AngleSharp.Html.Parser;
using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Report;

/// <summary>
/// The report lists the core team member by member, so "Lived experience: 1 core member" would all
/// but name someone. A count from 1 up to one below the smallest shown reads "fewer than N", in the
/// experience table, in each focus group's row and in the experience items; at the smallest it is a number.
/// </summary>
public sealed class EvidenceReportSmallCountsTests
{
    public static TheoryData<int> Thresholds => [2, 3, 5];

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ToHtml_CoreMembersWithLivedExperience_OneBelowTheThresholdIsHiddenAtItIsShown(int threshold)
    {
        ExperienceCell(threshold - 1, threshold).ShouldBe($"fewer than {threshold}");
        ExperienceCell(threshold, threshold).ShouldBe($"{threshold}");
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ToHtml_FocusGroupSessionWithLivedExperience_OneBelowTheThresholdIsHiddenAtItIsShown(int threshold)
    {
        SessionLivedCell(threshold - 1, threshold).ShouldBe($"fewer than {threshold}");
        SessionLivedCell(threshold, threshold).ShouldBe($"{threshold}");
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ToMarkdown_BothTables_OneBelowTheThresholdIsHiddenAtItIsShown(int threshold)
    {
        var below = Markdown(Course(threshold - 1, threshold - 1), threshold);
        var at = Markdown(Course(threshold, threshold), threshold);

        below.ShouldContain($"| Lived experience | fewer than {threshold} | fewer than {threshold} |");
        below.ShouldContain($"| {threshold - 1} | {threshold - 1} | fewer than {threshold} | 0 | 0 |", customMessage: "the session: people and outsiders are counted, experience hidden");
        at.ShouldContain($"| Lived experience | {threshold} | {threshold} |");
        at.ShouldContain($"| {threshold} | {threshold} | {threshold} | 0 | 0 |");
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ToHtml_LivedExperienceItem_OneBelowTheThresholdSaysFewerInItsReasonAndEvidence(int threshold)
    {
        var below = LivedItem(threshold - 1, threshold);
        var at = LivedItem(threshold, threshold);

        below.ShouldContain($"Fewer than {threshold} core members with lived (or carer) experience");
        below.ShouldContain($"Fewer than {threshold} core team members (not named");
        below.ShouldNotContain($"{threshold - 1} core");
        at.ShouldContain($"{threshold} core members with lived (or carer) experience");
        at.ShouldContain($"{threshold} core team members (not named");
    }

    [Fact]
    public void ToHtml_NoOneWithAKindOfExperience_IsCountedAsNone()
    {
        var document = Parse(EvidenceReport.ToHtml(Course(3, 0), Assess(Course(3, 0))));

        var carer = document.QuerySelectorAll("#experience ~ div table tbody tr")[2];
        carer.Children.Skip(1).Select(c => c.TextContent).ShouldBe(["0", "0"]);
    }

    [Fact]
    public void ToHtml_ContributionRows_CarryNoExperience()
    {
        var document = Parse(EvidenceReport.ToHtml(Course(4, 4), Assess(Course(4, 4)), new EvidenceReportOptions { ShowNames = true }));
        var table = document.QuerySelector("#contributions ~ div table")!;

        table.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["Core member", "Contributions", "Share"]);
        table.QuerySelector("tbody")!.TextContent.ShouldNotContain("xperience");
        table.QuerySelector("tbody")!.TextContent.ShouldNotContain("ived");
    }

    /// <summary>A core team of <paramref name="coreLived"/> people with lived experience and one without, and a focus group of <paramref name="focusLived"/> people with it.</summary>
    private static CourseSnapshot Course(int coreLived, int focusLived)
    {
        var builder = new CourseBuilder().Core("c0", Learned());
        var core = Enumerable.Range(1, coreLived).Select(i => $"c{i}").ToArray();
        var focus = Enumerable.Range(1, focusLived).Select(i => $"f{i}").ToArray();
        foreach (var id in core)
        {
            builder.Core(id, Lived());
        }

        foreach (var id in focus)
        {
            builder.FocusGroupMember(id, Lived());
        }

        return builder.Meeting(1, "c0", core).Activity(ActivityKind.FocusGroup, 2, "c0", focus).Build();
    }

    private static CourseAssessment Assess(CourseSnapshot snapshot) => new CourseAssessor().Assess(snapshot, Day(30));

    private static string Html(CourseSnapshot snapshot, int threshold) =>
        EvidenceReport.ToHtml(snapshot, Assess(snapshot), new EvidenceReportOptions { SmallestCountShown = threshold });

    private static string Markdown(CourseSnapshot snapshot, int threshold) =>
        EvidenceReport.ToMarkdown(snapshot, Assess(snapshot), new EvidenceReportOptions { SmallestCountShown = threshold });

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string ExperienceCell(int coreLived, int threshold) =>
        Parse(Html(Course(coreLived, 0), threshold)).QuerySelectorAll("#experience ~ div table tbody tr")[0].Children[1].TextContent;

    private static string SessionLivedCell(int focusLived, int threshold) =>
        Parse(Html(Course(1, focusLived), threshold)).QuerySelectorAll("#focus-groups ~ div table tbody tr")[0].Children[5].TextContent;

    private static string LivedItem(int coreLived, int threshold) =>
        Parse(Html(Course(coreLived, 0), threshold)).QuerySelectorAll("article.item")[1].TextContent;
}
