using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>How many people bring relevant lived, learned and carer experience, in the core team and through focus groups. Counts only, never who.</summary>
internal static class ExperienceSummary
{
    public static IReadOnlyList<ExperienceRow> Of(CourseView view) =>
    [
        Row(view, "Lived experience", ExperienceKind.Lived),
        Row(view, "Learned experience", ExperienceKind.Learned),
        Row(view, "Carer or supporter experience", ExperienceKind.Carer),
    ];

    private static ExperienceRow Row(CourseView view, string category, ExperienceKind kind)
    {
        var bringing = view.Snapshot.People.Where(p => p.Experience.Any(e => e.Kind == kind && view.IsRelevant(e))).ToList();
        var core = bringing.Count(p => p.Membership == Membership.Core);
        return new ExperienceRow(category, core, bringing.Count - core);
    }
}
