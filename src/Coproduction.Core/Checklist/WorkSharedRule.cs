using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Checklist;

/// <summary>"The work was shared between the core working group": everyone contributed and nobody's work is the sole focus.</summary>
internal static class WorkSharedRule
{
    public static ChecklistResult Evaluate(CourseView view)
    {
        var shares = CoreShares.Of(view);
        var contributors = shares.Where(s => s.Contributions > 0).ToList();
        var evidence = contributors.Select(s => s.Person.Id).ToArray();
        var dominant = contributors.FirstOrDefault(s => s.Share >= view.Options.SoleFocusShare);

        if (contributors.Count == shares.Count && contributors.Count > 0 && dominant is null)
        {
            return new(ChecklistItem.WorkShared, ChecklistStatus.Met,
                $"All {Count(shares.Count, "core member")} contributed in this cycle and nobody made {Percent(view.Options.SoleFocusShare)} or more of the contributions.",
                evidence);
        }

        if (contributors.Count >= 2)
        {
            var why = dominant is not null
                ? $"one member made {Percent(dominant.Share)} of the core team's contributions: share the work out more evenly"
                : $"{shares.Count - contributors.Count} of {Count(shares.Count, "core member")} {(shares.Count - contributors.Count == 1 ? "has" : "have")} not contributed yet: invite their ideas and feedback";
            return new(ChecklistItem.WorkShared, ChecklistStatus.PartlyMet,
                $"{contributors.Count} core members contributed in this cycle, but {why}.",
                evidence);
        }

        return new(ChecklistItem.WorkShared, ChecklistStatus.NotMet,
            contributors.Count == 1
                ? "Only one core member contributed in this cycle: share the work with the rest of the core team."
                : "No core member has contributed in this cycle yet.",
            evidence);
    }
}
