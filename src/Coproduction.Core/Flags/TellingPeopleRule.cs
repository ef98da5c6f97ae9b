using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Telling people what you think they should work on": one person handed out work that the people
/// given it did not agree to take on, again and again. Each person given a task is one assignment.
/// </summary>
internal static class TellingPeopleRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        var threshold = view.Options.UnacceptedAssignments;
        var assigners = view.Activities
            .Where(a => a.Kind == ActivityKind.TaskAssigned && a.Accepted != true)
            .SelectMany(a => a.Participants.Where(p => p != a.By).Distinct().Select(_ => a))
            .GroupBy(a => a.By, StringComparer.Ordinal)
            .Select(g => (By: g.Key, Count: g.Count(), Since: g.Count() >= threshold ? g.ElementAt(threshold - 1).At : (DateTimeOffset?)null))
            .Where(x => x.Since is not null)
            .ToList();
        if (assigners.Count == 0)
        {
            yield break;
        }

        var most = assigners.MaxBy(x => x.Count);
        yield return new Flag(FlagKind.TellingPeopleWhatToWorkOn, view.Snapshot.Course.Id, assigners.Select(x => x.By).ToArray(), assigners.Min(x => x.Since!.Value),
            (assigners.Count == 1
                ? $"One person gave out {Count(most.Count, "task")} in this cycle that the people given them had not agreed to take on. "
                : $"{assigners.Count} people each gave out {threshold} or more tasks in this cycle (up to {most.Count}) that the people given them had not agreed to take on. ") +
            "Agree the work together: ask people what they would like to work on rather than telling them.");
    }
}
