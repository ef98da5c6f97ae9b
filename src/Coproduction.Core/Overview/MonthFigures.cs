namespace Coproduction.Overview;

/// <summary>
/// One calendar month (UTC) of the college's records: the flags opened and resolved in it, and, at
/// its end (or at the overview's moment, for the month it falls in), how many courses there were and
/// how many of them were ready for quality review.
/// </summary>
internal sealed record MonthFigures(DateTimeOffset Start, int Opened, int Resolved, int Courses, int Ready)
{
    /// <summary>The <paramref name="months"/> months ending with the one <paramref name="asOf"/> falls in, oldest first.</summary>
    public static IReadOnlyList<MonthFigures> Of(IReadOnlyList<OverviewPoint> records, DateTimeOffset asOf, int months)
    {
        var at = asOf.ToUniversalTime();
        var current = new DateTimeOffset(at.Year, at.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var byCourse = records.GroupBy(p => (p.Site, p.CourseId)).Select(g => g.OrderBy(p => p.At).ToList()).ToList();
        return [.. Enumerable.Range(0, months).Select(i => current.AddMonths(i - months + 1)).Select(start =>
        {
            var end = start.AddMonths(1);
            var cut = end > asOf ? asOf : end.AddTicks(-1);
            var inMonth = records.Where(p => p.At >= start && p.At < end && p.At <= asOf).ToList();

            // Where each course stood at the month's end: its last record by then, unless that was its deletion.
            var standing = byCourse.Select(c => c.LastOrDefault(p => p.At <= cut)).Where(p => p is { Deleted: false }).ToList();
            return new MonthFigures(start, inMonth.Sum(p => p.Opened.Count), inMonth.Sum(p => p.Resolved.Count), standing.Count, standing.Count(p => p!.ReadyForQuality == true));
        })];
    }
}
