using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Checklist;

/// <summary>"I/we have used focus groups to gather feedback and ideas": voices from beyond the core team.</summary>
internal static class FocusGroupsRule
{
    public static ChecklistResult Evaluate(CourseView view)
    {
        var groups = view.Activities.Where(a => a.Kind == ActivityKind.FocusGroup).ToList();
        var reachingOut = groups.Where(g => g.Participants.Any(p => !view.IsCore(p))).Select(g => g.Id).ToArray();
        if (reachingOut.Length > 0)
        {
            return new(ChecklistItem.FocusGroupsUsed, ChecklistStatus.Met,
                $"{Count(reachingOut.Length, "focus group")} in this cycle heard from people outside the core team.",
                reachingOut);
        }

        if (groups.Count > 0)
        {
            return new(ChecklistItem.FocusGroupsUsed, ChecklistStatus.PartlyMet,
                $"{Count(groups.Count, "focus group")} in this cycle included only core team members: invite people with lived or learned experience from outside the team.",
                groups.Select(g => g.Id).ToArray());
        }

        return new(ChecklistItem.FocusGroupsUsed, ChecklistStatus.NotMet,
            "No focus group in this cycle: a meeting, shared information, a poll or survey, or shared experiences can bring in more voices at the beginning, part way or towards the end.",
            []);
    }
}
