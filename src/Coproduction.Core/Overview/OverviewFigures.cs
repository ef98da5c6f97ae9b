using Coproduction.Checklist;
using Coproduction.Model;

namespace Coproduction.Overview;

/// <summary>
/// Everything the overview shows, worked out once from the courses and their history: the table's
/// rows with their trends, and the figures of each chart. The page only lays these out.
/// </summary>
internal sealed record OverviewFigures(
    DateTimeOffset AsOf,
    IReadOnlyList<(OverviewCourse Course, CourseTrend Trend)> Rows,
    int Sites,
    IReadOnlyList<StageScores> ScoresByStage,
    bool HasHistory,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<Coverage> Coverage)
{
    /// <summary>The two checklist items that say whose voices reached the course beyond its core team.</summary>
    public static readonly ChecklistItem[] CoverageItems = [ChecklistItem.CarersViewsSought, ChecklistItem.FocusGroupsUsed];

    public static OverviewFigures Of(IReadOnlyList<OverviewCourse> courses, IReadOnlyList<OverviewPoint> history, CollegeOverviewOptions options)
    {
        // The latest thing the records know, a deletion after the last assessment included: the page then counts it.
        var asOf = options.AsOf ?? courses.Select(c => c.LastAssessed).Concat(history.Select(p => p.At)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var byCourse = history.Where(p => p.At <= asOf).OrderBy(p => p.At).GroupBy(p => (p.Site, p.CourseId)).ToDictionary(g => g.Key, g => (IReadOnlyList<OverviewPoint>)[.. g]);
        var rows = courses
            .OrderBy(c => c.Site, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Stage).ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.CourseId, StringComparer.Ordinal)
            .Select(c => (c, CourseTrend.Of(c.Score, byCourse.GetValueOrDefault((c.Site, c.CourseId), []), asOf - options.TrendOver)))
            .ToList();

        var scores = courses.GroupBy(c => c.Stage).OrderBy(g => g.Key)
            .Select(g => new StageScores(g.Key, g.Count(), g.Average(c => c.Score), g.Min(c => c.Score), g.Max(c => c.Score))).ToList();
        int Counted(ChecklistItem item, ChecklistStatus status) => courses.Count(c => c.Checklist.TryGetValue(item, out var s) && s == status);
        var coverage = CoverageItems.Select(i => new Coverage(i, Counted(i, ChecklistStatus.Met), Counted(i, ChecklistStatus.PartlyMet), Counted(i, ChecklistStatus.NotMet))).ToList();

        // A course with no history (an overview made from snapshot files) counts as it stands now.
        var records = byCourse.Values.SelectMany(p => p).Concat(courses.Where(c => !byCourse.ContainsKey((c.Site, c.CourseId))).Select(Now)).ToList();
        return new(asOf, rows, courses.Select(c => c.Site).Distinct(StringComparer.OrdinalIgnoreCase).Count(), scores, history.Count > 0, MonthFigures.Of(records, asOf, options.Months), coverage);
    }

    private static OverviewPoint Now(OverviewCourse course) => new()
    {
        Site = course.Site, CourseId = course.CourseId, At = course.LastAssessed, Stage = course.Stage, Score = course.Score, ReadyForQuality = course.ReadyForQuality,
    };
}

/// <summary>The courses at one stage: how many, and their scores.</summary>
internal sealed record StageScores(Stage Stage, int Courses, double Mean, int Lowest, int Highest);

/// <summary>How many courses meet, partly meet and do not meet one checklist item.</summary>
internal sealed record Coverage(ChecklistItem Item, int Met, int PartlyMet, int NotMet);
