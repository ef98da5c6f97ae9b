using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>
/// Counts what happened in each week (or, over more than half a year, each month) of the cycle, one
/// row per kind of activity plus versions and agreements, so the picture stays the same size however
/// busy the course was.
/// </summary>
internal static class TimelineBuilder
{
    private const int MostWeeks = 26;

    public static Timeline Of(CourseView view)
    {
        var versions = view.Materials.SelectMany(m => m.Versions).Where(v => view.InCycle(v.At)).Select(v => v.At).ToList();
        var agreements = view.Materials.SelectMany(m => m.Agreements).Where(a => view.InCycle(a.At)).Select(a => a.At).ToList();
        var all = view.Activities.Select(a => a.At).Concat(versions).Concat(agreements).ToList();
        var start = view.CycleStart ?? (all.Count > 0 ? all.Min() : view.AsOf);
        var end = view.AsOf;
        var weekly = (end - start).TotalDays <= MostWeeks * 7;
        var columns = Columns(start, end, weekly);
        int Column(DateTimeOffset at) => Math.Clamp(weekly ? (int)((at - start).TotalDays / 7) : Months(start, at), 0, columns.Count - 1);
        List<int> Count(IEnumerable<DateTimeOffset> times)
        {
            var counts = new int[columns.Count];
            foreach (var at in times)
            {
                counts[Column(at)]++;
            }

            return [.. counts];
        }

        var rows = Enum.GetValues<ActivityKind>()
            .Select(kind => new TimelineRow(EvidenceText.ActivityPlural(kind), Count(view.Activities.Where(a => a.Kind == kind).Select(a => a.At))))
            .Append(new TimelineRow("Material versions", Count(versions)))
            .Append(new TimelineRow("Agreements", Count(agreements)))
            .Where(row => row.Total > 0)
            .ToList();
        var moves = view.Snapshot.StageHistory
            .Where(c => c.At >= start && c.At <= end)
            .Select(c => new StageRow(c.At, c.From, c.To, c.By))
            .ToList();
        return new Timeline(start, end, weekly ? "week" : "month", columns, rows, moves);
    }

    private static List<DateTimeOffset> Columns(DateTimeOffset start, DateTimeOffset end, bool weekly)
    {
        var columns = new List<DateTimeOffset>();
        if (weekly)
        {
            for (var at = start; at <= end || columns.Count == 0; at = at.AddDays(7))
            {
                columns.Add(at);
            }

            return columns;
        }

        var month = new DateTimeOffset(start.UtcDateTime.Year, start.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        for (var at = month; at <= end || columns.Count == 0; at = at.AddMonths(1))
        {
            columns.Add(at);
        }

        return columns;
    }

    private static int Months(DateTimeOffset start, DateTimeOffset at) =>
        ((at.UtcDateTime.Year - start.UtcDateTime.Year) * 12) + at.UtcDateTime.Month - start.UtcDateTime.Month;
}
