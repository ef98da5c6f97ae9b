using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>
/// Counts what happened in each week of the cycle (each month over more than half a year, each year
/// over more than three), one row per kind of activity plus versions and agreements, so the picture
/// stays the same size however busy or long the course was.
/// </summary>
internal static class TimelineBuilder
{
    private const int MostWeeks = 26;
    private const int MostMonths = 36;

    public static Timeline Of(CourseView view)
    {
        var versions = view.Materials.SelectMany(m => m.Versions).Where(v => view.InCycle(v.At)).Select(v => v.At).ToList();
        var agreements = view.Materials.SelectMany(m => m.Agreements).Where(a => view.InCycle(a.At)).Select(a => a.At).ToList();
        var all = view.Activities.Select(a => a.At).Concat(versions).Concat(agreements).ToList();
        var start = view.CycleStart ?? (all.Count > 0 ? all.Min() : view.AsOf);
        var end = view.AsOf;
        var unit = (end - start).TotalDays <= MostWeeks * 7 ? "week" : Months(start, end) < MostMonths ? "month" : "year";
        var columns = Columns(start, end, unit);
        int Column(DateTimeOffset at) => Math.Clamp(
            unit switch { "week" => (int)((at - start).TotalDays / 7), "month" => Months(start, at), _ => at.UtcDateTime.Year - start.UtcDateTime.Year },
            0,
            columns.Count - 1);
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
        return new Timeline(start, end, unit, columns, rows, moves);
    }

    /// <summary>The start of each column, computed by count so that no step goes past the end (nor past the calendar's end).</summary>
    private static List<DateTimeOffset> Columns(DateTimeOffset start, DateTimeOffset end, string unit)
    {
        var utc = start.UtcDateTime;
        var (first, count) = unit switch
        {
            "week" => (start, ((int)((end - start).TotalDays / 7)) + 1),
            "month" => (new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero), Months(start, end) + 1),
            _ => (new DateTimeOffset(utc.Year, 1, 1, 0, 0, 0, TimeSpan.Zero), end.UtcDateTime.Year - utc.Year + 1),
        };
        return Enumerable.Range(0, count)
            .Select(i => unit switch { "week" => first.AddDays(7 * i), "month" => first.AddMonths(i), _ => first.AddYears(i) })
            .ToList();
    }

    private static int Months(DateTimeOffset start, DateTimeOffset at) =>
        ((at.UtcDateTime.Year - start.UtcDateTime.Year) * 12) + at.UtcDateTime.Month - start.UtcDateTime.Month;
}
