using Coproduction.Assessment;
using Coproduction.Checklist;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Allowing your work and/or ideas to be the sole focus" across the course: in a core team big
/// enough to share the work, with enough contributions to judge, one member's share is too high.
/// </summary>
internal static class SoleFocusRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        var options = view.Options;
        var shares = CoreShares.Of(view);
        var total = shares.Sum(s => s.Contributions);
        if (view.Core.Count < options.SoleFocusMinimumCoreMembers || total < options.SoleFocusMinimumContributions)
        {
            yield break;
        }

        var dominant = shares.Where(s => s.Share >= options.SoleFocusShare).ToList();
        if (dominant.Count == 0)
        {
            yield break;
        }

        var since = SinceWhen(view);
        var top = dominant.MaxBy(s => s.Share)!;
        yield return new Flag(FlagKind.SoleFocus, view.Snapshot.Course.Id, dominant.Select(s => s.Person.Id).ToArray(), since,
            $"One core member made {Percent(top.Share)} of the core team's contributions in this cycle ({top.Contributions} of {total}). " +
            "Make room for everyone's ideas: share out the work and ask the other members for theirs.");
    }

    private static DateTimeOffset SinceWhen(CourseView view)
    {
        var options = view.Options;
        var counts = view.Core.ToDictionary(p => p.Id, _ => 0, StringComparer.Ordinal);
        var total = 0;
        var since = ContinuousCondition.Since(
            view.Contributions.Where(c => counts.ContainsKey(c.By)),
            c => c.At,
            c => { counts[c.By]++; total++; },
            () => total >= options.SoleFocusMinimumContributions && counts.Values.Any(n => (double)n / total >= options.SoleFocusShare));
        return since ?? view.AsOf;
    }
}
