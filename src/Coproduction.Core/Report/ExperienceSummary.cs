using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Report;

/// <summary>
/// How many people bring relevant lived, learned and carer experience, in the core team and through
/// focus groups. Counts only, never who, and a small count not as a number (<see cref="PeopleCount"/>).
/// </summary>
internal static class ExperienceSummary
{
    public static IReadOnlyList<ExperienceRow> Of(CourseView view, PeopleCount count) =>
    [
        Row(view, count, "Lived experience", ExperienceKind.Lived),
        Row(view, count, "Learned experience", ExperienceKind.Learned),
        Row(view, count, "Carer or supporter experience", ExperienceKind.Carer),
    ];

    private static ExperienceRow Row(CourseView view, PeopleCount count, string category, ExperienceKind kind)
    {
        var bringing = view.Snapshot.People.Where(p => p.Experience.Any(e => e.Kind == kind && view.IsRelevant(e))).ToList();
        var core = bringing.Count(p => p.Membership == Membership.Core);
        return new ExperienceRow(category, count.Number(core), count.Number(bringing.Count - core));
    }
}
