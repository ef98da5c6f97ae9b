using Coproduction.Worker.State;

namespace Coproduction.Worker.History;

/// <summary>The history as the state keeps it and <c>history</c> reads it: a course moved between sites, and a site's own lines.</summary>
public sealed class HistoryFileTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("coproduction-history-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Read_ACourseMovedToAnotherSite_GivesItsLinesOnEachSiteUnderItsId()
    {
        var path = Path.Combine(_folder, "state.db");
        using (var state = WorkerState.Open(path))
        {
            state.RecordAssessment("site-a", "https://contoso.sharepoint.com/sites/a", "7", Line(Monday, "https://contoso.sharepoint.com/sites/a", new HistoryFlag("soleFocus", "sleep-2026")));
            state.RecordCoursesGone("site-a", new HashSet<string>(), Monday.AddDays(7));
            state.RecordCoursesGone("site-a", new HashSet<string>(), Monday.AddDays(8));
            state.RecordAssessment("site-b", "https://contoso.sharepoint.com/sites/b", "3", Line(Monday.AddDays(7), "https://contoso.sharepoint.com/sites/b", new HistoryFlag("soleFocus", "sleep-2026")));
            state.RecordAssessment("site-b", "https://contoso.sharepoint.com/sites/b", "3", Line(Monday.AddDays(9), "https://contoso.sharepoint.com/sites/b"));
        }

        var all = HistoryFile.Read(path, null, "sleep-2026");
        var onB = HistoryFile.Read(path, "https://contoso.sharepoint.com/sites/B/", null);

        all.Select(l => (l.SiteUrl[^1], l.Event, l.Opened.Count, l.Resolved.Count)).ShouldBe([
            ('a', "assessed", 1, 0),
            ('a', "deleted", 0, 1),
            ('b', "assessed", 1, 0),
            ('b', "assessed", 0, 1),
        ], "the deletion once; on the new site the course starts afresh, its flags opened there");
        onB.Count.ShouldBe(2, "a site named in any case, with or without its slash");
    }

    [Fact]
    public void RecordAssessment_TheSameAsTheLineBefore_AddsNone()
    {
        var path = Path.Combine(_folder, "state.db");
        using (var state = WorkerState.Open(path))
        {
            // As after a pass in which the course failed: the next assessment is what it was.
            state.RecordAssessment("site-a", "https://contoso.sharepoint.com/sites/a", "7", Line(Monday, "https://contoso.sharepoint.com/sites/a", new HistoryFlag("soleFocus", "sleep-2026")));
            state.RecordAssessment("site-a", "https://contoso.sharepoint.com/sites/a", "7", Line(Monday.AddDays(1), "https://contoso.sharepoint.com/sites/a", new HistoryFlag("soleFocus", "sleep-2026")));
            state.RecordAssessment("site-a", "https://contoso.sharepoint.com/sites/a", "7", Line(Monday.AddDays(2), "https://contoso.sharepoint.com/sites/a") with { Score = 9 });
        }

        HistoryFile.Read(path, null, null).Select(l => (l.At.Day, l.Score, l.Resolved.Count)).ShouldBe([(2, 8, 0), (4, 9, 1)], "a line is a change");
    }

    [Fact]
    public void Write_IdsAStaffMemberTypedLikeAFormulaOrWithCommas_AreQuotedAndNeverRun()
    {
        var line = Line(Monday, "https://contoso.sharepoint.com/sites/a") with { CourseId = "=HYPERLINK(\"http://e\",\"x\")" };
        var other = Line(Monday, "https://contoso.sharepoint.com/sites/a") with { CourseId = "sleep, 2026" };

        var rows = HistoryCsv.Write([line, other]).Split("\r\n");

        rows[1].ShouldContain(",\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\",", Case.Sensitive, "led by ' and quoted, so a spreadsheet shows it as text");
        rows[2].ShouldContain(",\"sleep, 2026\",");
        rows[3].ShouldBeEmpty("the last line ends with CRLF too");
    }

    [Fact]
    public void Read_AChecklistKeptByItem_ReadsInTheChecklistsOrder()
    {
        WorkerState.Checklist("workShared=met,relevantLearnedExperience=notMet").ShouldBe(["notMet", "", "", "", "", "met"], "by item, not by place: an item added later leaves old lines as they were");
        WorkerState.Checklist(WorkerState.Checklist(["met", "partlyMet", "notMet", "met", "met", "notMet"])).ShouldBe(["met", "partlyMet", "notMet", "met", "met", "notMet"]);
    }

    private static HistoryEntry Line(DateTimeOffset at, string site, params HistoryFlag[] open) =>
        new(at, site, "sleep-2026", HistoryEntry.Assessed, "developing", 8, false, ["met", "met", "notMet", "partlyMet", "met", "partlyMet"], open, [], []);
}
