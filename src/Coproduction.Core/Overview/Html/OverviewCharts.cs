using Coproduction.Model;
using System.Globalization;
using Coproduction.Checklist;
using Coproduction.Report;
using Coproduction.Report.Html;

namespace Coproduction.Overview.Html;

/// <summary>
/// The overview's charts, each an SVG image that says its figures, with a table of the same figures
/// beside it: scores by stage, flags opened and resolved by month, readiness over time, and the
/// coverage of carers' views and focus groups.
/// </summary>
internal static class OverviewCharts
{
    private const string Blue = "#1d70b8";
    private const string Green = "#00703c";
    private const string Brown = "#8a4d00";
    private const string Red = "#b3261e";
    private const string Grey = "#505a5f";

    public static void Write(HtmlText html, OverviewFigures figures, int smallest)
    {
        Scores(html, figures);
        Flags(html, figures, smallest);
        Readiness(html, figures);
        Coverage(html, figures);
    }

    private static void Scores(HtmlText html, OverviewFigures figures)
    {
        Open(html, "scores", "Scores by stage");
        if (figures.ScoresByStage.Count == 0)
        {
            html.Element("p", "No course has been assessed yet.").Raw("</section>\n");
            return;
        }

        var groups = figures.ScoresByStage.Select(s => new BarGroup(English(ReportText.Stage(s.Stage)),
            [new Bar("mean score", s.Mean, $"{Number(s.Mean)} of 12 ({Count(s.Courses, "course")})", Blue)])).ToList();
        Figure(html, "scores-chart", "The mean co-production score of the courses at each stage, out of 12", groups, 12);
        HtmlTables.Write(html, "Scores by stage", ["Stage", "#Courses", "#Mean score", "#Lowest", "#Highest"],
            figures.ScoresByStage.Select(s => (IReadOnlyList<HtmlCell>)[English(ReportText.Stage(s.Stage)), Int(s.Courses), Number(s.Mean), Int(s.Lowest), Int(s.Highest)]));
        html.Raw("</section>\n");
    }

    private static void Flags(HtmlText html, OverviewFigures figures, int smallest)
    {
        Open(html, "flags", "Flags opened and resolved, by month");
        if (!figures.HasHistory)
        {
            html.Element("p", "Not known: this overview was made without the worker's history, which records when each flag opened and was resolved. The worker's own overview, in each site's evidence library, has it.", "class=\"note\"")
                .Raw("</section>\n");
            return;
        }

        Bar Counted(string series, int count, string fill) =>
            new(series, SmallCounts.Suppressed(count, smallest) ? smallest - 1 : count, SmallCounts.Text(count, smallest), fill, SmallCounts.Suppressed(count, smallest));
        var most = Math.Max(smallest, figures.Months.Max(m => Math.Max(m.Opened, m.Resolved)));
        Figure(html, "flags-chart", "Flags opened and resolved in each month", [.. figures.Months.Select(m => new BarGroup(Month(m.Start), [Counted("opened", m.Opened, Red), Counted("resolved", m.Resolved, Green)]))], most);
        html.Element("p", $"A count under {smallest} is not written, and its bar is hatched to the most it could be.");
        HtmlTables.Write(html, "Flags opened and resolved, by month", ["Month", "#Opened", "#Resolved"],
            figures.Months.Select(m => (IReadOnlyList<HtmlCell>)[Month(m.Start), SmallCounts.Text(m.Opened, smallest), SmallCounts.Text(m.Resolved, smallest)]));
        html.Raw("</section>\n");
    }

    private static void Readiness(HtmlText html, OverviewFigures figures)
    {
        Open(html, "readiness", "Readiness for quality review over time");
        var months = figures.HasHistory ? figures.Months : [figures.Months[^1]];
        var most = Math.Max(1, months.Max(m => m.Courses));
        Figure(html, "readiness-chart", "Courses ready for quality review, of all courses, at each month's end", [.. months.Select(m => new BarGroup(Month(m.Start),
            [new Bar("ready", m.Ready, Int(m.Ready), Green), new Bar("all courses", m.Courses, Int(m.Courses), Grey)]))], most);
        html.Element("p", "Each month's figures are as the courses stood at its end; this month's, as they stand now.");
        HtmlTables.Write(html, "Readiness for quality review, by month", ["Month", "#Ready", "#All courses"],
            months.Select(m => (IReadOnlyList<HtmlCell>)[Month(m.Start), Int(m.Ready), Int(m.Courses)]));
        html.Raw("</section>\n");
    }

    private static void Coverage(HtmlText html, OverviewFigures figures)
    {
        Open(html, "coverage", "Carers' views and focus groups");
        html.Element("p", "How many courses have sought carers' and supporters' views, and used focus groups: the two checklist items that bring voices beyond the core team.");
        var most = Math.Max(1, figures.Rows.Count);
        Figure(html, "coverage-chart", "Courses meeting, partly meeting and not meeting each item", [.. figures.Coverage.Select(c => new BarGroup(OverviewWords.Item(c.Item),
            [new Bar("met", c.Met, Int(c.Met), Green), new Bar("partly met", c.PartlyMet, Int(c.PartlyMet), Brown), new Bar("not met", c.NotMet, Int(c.NotMet), Red)]))], most);
        HtmlTables.Write(html, "Carers' views and focus groups, in courses", ["Checklist item", "#Met", "#Partly met", "#Not met"],
            figures.Coverage.Select(c => (IReadOnlyList<HtmlCell>)[ChecklistText.Describe(c.Item), Int(c.Met), Int(c.PartlyMet), Int(c.NotMet)]));
        html.Raw("</section>\n");
    }

    private static void Open(HtmlText html, string id, string heading) =>
        html.Raw($"<section aria-labelledby=\"{id}\">").Element("h2", heading, $"id=\"{id}\"");

    private static void Figure(HtmlText html, string id, string title, IReadOnlyList<BarGroup> groups, double most)
    {
        HtmlFigures.Write(html, title, title + ". The table below gives the same figures.", chart => BarsSvg.Write(chart, id, title, groups, most));
        html.Raw("\n");
    }

    private static string Month(DateTimeOffset start) => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string English(string stage) => Text.English.Capitalised(stage);

    private static string Count(int n, string noun) => Text.English.Count(n, noun);

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double n) => n.ToString("0.#", CultureInfo.InvariantCulture);
}
