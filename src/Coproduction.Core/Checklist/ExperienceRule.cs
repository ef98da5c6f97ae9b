using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Checklist;

/// <summary>
/// "Is the right experience included?": relevant learned experience, and relevant lived experience
/// (a carer's counts as lived). Met when a core member who has it took part in the cycle.
/// </summary>
internal static class ExperienceRule
{
    public static ChecklistResult Learned(CourseView view) =>
        Evaluate(view, ChecklistItem.RelevantLearnedExperience, e => e.Kind == ExperienceKind.Learned, "learned");

    public static ChecklistResult Lived(CourseView view) =>
        Evaluate(view, ChecklistItem.RelevantLivedExperience, e => e.IsLived, "lived (or carer)");

    private static ChecklistResult Evaluate(CourseView view, ChecklistItem item, Func<Experience, bool> kind, string kindWords)
    {
        var holders = view.Snapshot.People.Where(p => p.Experience.Any(e => kind(e) && view.IsRelevant(e))).ToList();
        var core = holders.Where(p => p.Membership == Membership.Core).ToList();
        var active = core.Where(p => view.TookPart.Contains(p.Id)).ToList();
        var topics = string.Join(", ", view.Snapshot.Course.Topics);

        if (active.Count > 0)
        {
            return new(item, ChecklistStatus.Met,
                $"{Count(active.Count, "core member")} with {kindWords} experience related to the course's topics ({topics}) took part in this cycle.",
                Ids(active));
        }

        if (core.Count > 0)
        {
            return new(item, ChecklistStatus.PartlyMet,
                $"{Count(core.Count, "core member")} with relevant {kindWords} experience {(core.Count == 1 ? "has" : "have")} not taken part in this cycle yet: involve them in meetings, feedback or agreeing materials.",
                Ids(holders));
        }

        if (holders.Count > 0)
        {
            return new(item, ChecklistStatus.PartlyMet,
                $"Relevant {kindWords} experience comes only from focus-group members ({holders.Count}): consider inviting someone with it into the core team.",
                Ids(holders));
        }

        return new(item, ChecklistStatus.NotMet,
            $"Nobody involved has {kindWords} experience related to the course's topics ({topics}): find someone who has it before the work goes further.",
            []);
    }

    private static string[] Ids(IEnumerable<Person> people) => people.Select(p => p.Id).ToArray();
}
