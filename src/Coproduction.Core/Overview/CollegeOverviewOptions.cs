namespace Coproduction.Overview;

/// <summary>What the college overview shows. <see cref="Problems"/> says what makes no sense; the overview refuses it.</summary>
public sealed class CollegeOverviewOptions
{
    /// <summary>
    /// The smallest count the overview's charts and totals write as a number; a smaller one other than
    /// none reads "fewer than 3" (with the default), as the evidence report does. A count of flags of one
    /// kind in one month, in a small college, could all but say whose course and whose conduct it was.
    /// At least 2. Default 3.
    /// </summary>
    public int SmallestCountShown { get; set; } = 3;

    /// <summary>How far back a course's trend looks: its score now against its score then. Default 28 days.</summary>
    public TimeSpan TrendOver { get; set; } = TimeSpan.FromDays(28);

    /// <summary>How many months the charts over time show, ending with the overview's own. Default 12.</summary>
    public int Months { get; set; } = 12;

    /// <summary>
    /// The moment the overview is made for. Default: the latest moment its records know (an assessment,
    /// a line of history, a deletion), so that the same records always give the same page, whenever it is made.
    /// </summary>
    public DateTimeOffset? AsOf { get; set; }

    /// <summary>Every option whose value makes no sense, in plain words naming it; empty when all are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (SmallestCountShown < 2)
        {
            problems.Add($"{nameof(SmallestCountShown)} must be 2 or more, so that a count never stands for one person or course, not {SmallestCountShown}.");
        }

        if (TrendOver < TimeSpan.FromDays(1) || TrendOver > TimeSpan.FromDays(366))
        {
            problems.Add($"{nameof(TrendOver)} must be from one day to a year, not {TrendOver}.");
        }

        if (Months is < 1 or > 60)
        {
            problems.Add($"{nameof(Months)} must be 1 to 60, not {Months}.");
        }

        return problems;
    }
}
