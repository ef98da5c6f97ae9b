namespace Coproduction.Flags;

/// <summary>
/// Finds when a condition over a growing history began: replays events in time order and returns
/// the moment from which the condition has held without a break, so that "since" moves only when
/// the condition clears and returns.
/// </summary>
internal static class ContinuousCondition
{
    /// <returns>The moment the condition last became true, or null when it does not hold at the end.</returns>
    public static DateTimeOffset? Since<T>(IEnumerable<T> eventsInTimeOrder, Func<T, DateTimeOffset> at, Action<T> apply, Func<bool> holds)
    {
        DateTimeOffset? since = null;
        foreach (var moment in eventsInTimeOrder.GroupBy(at))
        {
            // Events at the same moment happen together: judge the condition after all of them.
            foreach (var e in moment)
            {
                apply(e);
            }

            since = holds() ? since ?? moment.Key : null;
        }

        return since;
    }
}
