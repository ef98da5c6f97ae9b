using Coproduction.Assessment;
using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Report;

/// <summary>
/// The checklist items whose reasons count people with a kind of experience ("1 core member with
/// lived experience…"), worded again for the report with small counts hidden. The rule is the
/// assessment's own, evaluated on the same course at the same moment, so only the counting differs.
/// </summary>
internal static class CountedReasons
{
    public static string Of(ChecklistResult result, CourseView view, PeopleCount count)
    {
        var again = result.Item switch
        {
            ChecklistItem.RelevantLearnedExperience => ExperienceRule.Learned(view, count),
            ChecklistItem.RelevantLivedExperience => ExperienceRule.Lived(view, count),
            ChecklistItem.CarersViewsSought => CarersViewsRule.Evaluate(view, count),
            _ => null,
        };

        // An assessment of another version of the snapshot may disagree: then say nothing that counts.
        return again is null ? result.Reason
            : again.Status == result.Status ? again.Reason
            : $"{English.Capitalised(ChecklistText.Describe(result.Status))}; how many people bring this experience is not shown.";
    }
}
