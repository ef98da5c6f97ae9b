using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Report;

/// <summary>
/// Turns a checklist item's evidence ids into words: activities by kind and date, materials by title,
/// decisions by summary. People named as evidence of lived, learned or carer experience are only
/// counted, and a small count is not shown as a number: naming them beside their experience, or
/// counting one or two of them, would disclose health information.
/// </summary>
internal sealed class EvidenceText(CourseSnapshot snapshot, PersonLabels labels, PeopleCount count)
{
    private readonly Dictionary<string, Person> _people = snapshot.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Activity> _activities = snapshot.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Material> _materials = snapshot.Materials.ToDictionary(m => m.Id, StringComparer.Ordinal);

    /// <summary>
    /// Each item's rule says what its evidence is: ids are unique only within a collection, so the
    /// item decides which collection to read, never a lookup that might find a person by accident.
    /// </summary>
    public IReadOnlyList<string> Describe(ChecklistResult result)
    {
        if (result.Evidence.Count == 0)
        {
            return [];
        }

        return result.Item switch
        {
            ChecklistItem.RelevantLearnedExperience or ChecklistItem.RelevantLivedExperience => [CountPeople(People(result))],
            ChecklistItem.CarersViewsSought when result.Status == ChecklistStatus.Met => [CountPeople(People(result))],
            ChecklistItem.CarersViewsSought or ChecklistItem.FocusGroupsUsed => result.Evidence.Select(Activity).ToList(),
            ChecklistItem.MaterialsAgreed => result.Evidence.Select(Material).ToList(),
            ChecklistItem.WorkShared => result.Evidence.Select(id => labels[id]).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Item, null),
        };
    }

    private List<Person> People(ChecklistResult result) => result.Evidence.Select(id => _people[id]).ToList();

    private string Activity(string id) =>
        _activities.TryGetValue(id, out var activity) ? $"{ActivityWords(activity.Kind)} on {English.Date(activity.At)}" : id;

    private string Material(string id) =>
        _materials.TryGetValue(id, out var material) ? $"\u201C{material.Title}\u201D" : id;

    private string CountPeople(List<Person> people)
    {
        var core = people.Count(p => p.Membership == Membership.Core);
        var focus = people.Count - core;
        var parts = new List<string>();
        if (core > 0)
        {
            parts.Add(count.Of(core, "core team member"));
        }

        if (focus > 0)
        {
            parts.Add(count.Of(focus, "focus-group member"));
        }

        return English.Capitalised($"{string.Join(" and ", parts)} (not named: experience is health information)");
    }

    /// <summary>The kind of activity, plural, as a row of the timeline.</summary>
    public static string ActivityPlural(ActivityKind kind) => kind switch
    {
        ActivityKind.Meeting => "Meetings",
        ActivityKind.Message => "Emails and chats",
        ActivityKind.WorkShared => "Work shared",
        ActivityKind.Feedback => "Feedback",
        ActivityKind.ResearchAgreed => "Research agreed",
        ActivityKind.FocusGroup => "Focus groups",
        ActivityKind.CarerViewsSought => "Carers' views sought",
        ActivityKind.TaskAssigned => "Tasks given",
        ActivityKind.Objection => "Objections",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ActivityWords(ActivityKind kind) => kind switch
    {
        ActivityKind.Meeting => "A meeting",
        ActivityKind.Message => "An email or chat",
        ActivityKind.WorkShared => "Work shared for thoughts",
        ActivityKind.Feedback => "Feedback",
        ActivityKind.ResearchAgreed => "Research areas agreed",
        ActivityKind.FocusGroup => "A focus group",
        ActivityKind.CarerViewsSought => "Carers' views sought",
        ActivityKind.TaskAssigned => "A task given",
        ActivityKind.Objection => "An objection",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
