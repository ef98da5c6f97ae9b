namespace Coproduction.Overview;

/// <summary>Which way a course's score went over the overview's trend window.</summary>
internal enum TrendDirection
{
    /// <summary>No record of the course but its assessment now.</summary>
    NoHistory,

    /// <summary>The course's records start inside the window.</summary>
    New,

    /// <summary>The score is higher than it was.</summary>
    Up,

    /// <summary>The score is lower than it was.</summary>
    Down,

    /// <summary>The score is as it was.</summary>
    Same,
}

/// <summary>A course's score now against its score at the start of the trend window (or when its records start).</summary>
/// <param name="Direction">Which way it went.</param>
/// <param name="Change">By how much (positive or negative); 0 unless up or down.</param>
/// <param name="Since">The moment it is measured from: the last record at or before the window's start, or the first record of a new course.</param>
internal readonly record struct CourseTrend(TrendDirection Direction, int Change, DateTimeOffset? Since)
{
    /// <summary>
    /// The trend of a course scoring <paramref name="score"/> now, from its records (oldest first):
    /// against the last one at or before <paramref name="from"/>; a course deleted then, or with none so
    /// old, is new since its first record after.
    /// </summary>
    public static CourseTrend Of(int score, IReadOnlyList<OverviewPoint> records, DateTimeOffset from)
    {
        var then = records.LastOrDefault(p => p.At <= from);
        if (then is { Deleted: false, Score: { } before })
        {
            var change = score - before;
            return new(change > 0 ? TrendDirection.Up : change < 0 ? TrendDirection.Down : TrendDirection.Same, change, then.At);
        }

        var first = records.FirstOrDefault(p => p.At > from && !p.Deleted);
        return first is null ? new(TrendDirection.NoHistory, 0, null) : new(TrendDirection.New, 0, first.At);
    }
}
