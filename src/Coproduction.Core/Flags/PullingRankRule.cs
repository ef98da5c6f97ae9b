using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Pulling rank in your respective role": someone objected to a decision, a more senior person
/// took it anyway without an exemption, and the two did not meet or message in between.
/// </summary>
internal static class PullingRankRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        foreach (var decision in view.Decisions.Where(d => d.Exemption is null))
        {
            var maker = view.People[decision.By];
            var objectors = view.ActivitiesOn[decision.Id]
                .Where(a => a.Kind == ActivityKind.Objection && a.At < decision.At)
                .Where(o => maker.EffectiveSeniority > view.People[o.By].EffectiveSeniority)
                .Where(o => !TalkedItThrough(view, decision, o))
                .Select(o => o.By)
                .Distinct()
                .ToList();
            if (objectors.Count == 0)
            {
                continue;
            }

            yield return new Flag(FlagKind.PullingRank, decision.Id, [decision.By, .. objectors], decision.At,
                $"The decision {Named(decision.Summary, decision.Id)} was taken on {Date(decision.At)} by a more senior person after " +
                $"{(objectors.Count == 1 ? "a less senior member" : $"{objectors.Count} less senior members")} objected, with no meeting or message between them since the objection. " +
                "Talk the objection through together, as equals, and record what you agree.");
        }
    }

    private static bool TalkedItThrough(CourseView view, Decision decision, Activity objection) =>
        view.ConversationsOf[objection.By].Any(a => a.At >= objection.At && a.At <= decision.At && a.Involves(decision.By));
}
