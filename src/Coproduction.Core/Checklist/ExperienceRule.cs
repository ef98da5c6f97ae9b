using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Checklist;

/// <summary>
/// "Is the right experience included?": relevant learned experience, and relevant lived experience
/// (a carer's counts as lived). Met when a core member who has it took part in the cycle. The
/// evidence report evaluates it again with small counts hidden (<see cref="PeopleCount"/>).
/// </summary>
internal static class ExperienceRule
{
    public static ChecklistResult Learned(CourseView view, PeopleCount? count = null) =>
        Evaluate(view, ChecklistItem.RelevantLearnedExperience, e => e.Kind == ExperienceKind.Learned, "learned", count ?? PeopleCount.Exact);

    public static ChecklistResult Lived(CourseView view, PeopleCount? count = null) =>
        Evaluate(view, ChecklistItem.RelevantLivedExperience, e => e.IsLived, "lived (or carer)", count ?? PeopleCount.Exact);

    private static ChecklistResult Evaluate(CourseView view, ChecklistItem item, Func<Experience, bool> kind, string kindWords, PeopleCount count)
    {
        var holders = view.Snapshot.People.Where(p => p.Experience.Any(e => kind(e) && view.IsRelevant(e))).ToList();
        var core = holders.Where(p => p.Membership == Membership.Core).ToList();
        var active = core.Where(p => view.TookPart.Contains(p.Id)).ToList();
        var topics = string.Join(", ", view.Snapshot.Course.Topics);

        if (active.Count > 0)
        {
            return new(item, ChecklistStatus.Met,
                $"{English.Capitalised(count.Of(active.Count, "core member"))} with {kindWords} experience related to the course's topics ({topics}) took part in this cycle.",
                Ids(active));
        }

        if (core.Count > 0)
        {
            return new(item, ChecklistStatus.PartlyMet,
                $"{English.Capitalised(count.Of(core.Count, "core member"))} with relevant {kindWords} experience {(count.IsOne(core.Count) ? "has" : "have")} not taken part in this cycle yet: involve them in meetings, feedback or agreeing materials.",
                Ids(holders));
        }

        if (holders.Count > 0)
        {
            return new(item, ChecklistStatus.PartlyMet,
                $"Relevant {kindWords} experience comes only from focus-group members ({count.Number(holders.Count)}): consider inviting someone with it into the core team.",
                Ids(holders));
        }

        return new(item, ChecklistStatus.NotMet,
            $"Nobody involved has {kindWords} experience related to the course's topics ({topics}): find someone who has it before the work goes further.",
            []);
    }

    private static string[] Ids(IEnumerable<Person> people) => people.Select(p => p.Id).ToArray();
}
