using Coproduction.Model;

namespace Coproduction.Checklist;

/// <summary>The checklist items in the words of the guidance's appendix A.</summary>
public static class ChecklistText
{
    /// <summary>The item as the guidance's checklist words it, such as "There is relevant learned experience".</summary>
    /// <param name="item">The checklist item.</param>
    public static string Describe(ChecklistItem item) => item switch
    {
        ChecklistItem.RelevantLearnedExperience => "There is relevant learned experience",
        ChecklistItem.RelevantLivedExperience => "There is relevant lived experience",
        ChecklistItem.CarersViewsSought => "We have sought and/or included the views of carers and/or supporters",
        ChecklistItem.FocusGroupsUsed => "We have used focus groups to gather feedback and ideas",
        ChecklistItem.MaterialsAgreed => "All materials included have been agreed upon",
        ChecklistItem.WorkShared => "The work was shared between the core working group",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Not a checklist item."),
    };

    /// <summary>"met", "partly met" or "not met".</summary>
    /// <param name="status">The status.</param>
    public static string Describe(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Met => "met",
        ChecklistStatus.PartlyMet => "partly met",
        ChecklistStatus.NotMet => "not met",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a checklist status."),
    };
}
