using Coproduction.Model;

namespace Coproduction.Checklist;

/// <summary>
/// Whether a course is ready for quality review: the experience, materials and shared-work items
/// are met, and carers' views and focus groups are each met or explained by the team's note.
/// </summary>
internal static class QualityReadiness
{
    private static readonly HashSet<ChecklistItem> MetOrExplained = [ChecklistItem.CarersViewsSought, ChecklistItem.FocusGroupsUsed];

    /// <summary>Whether a team's note may stand in for the item being met.</summary>
    public static bool MayBeExplained(ChecklistItem item) => MetOrExplained.Contains(item);

    /// <summary>The items that stand in the way, in checklist order; none when the course is ready.</summary>
    public static IReadOnlyList<ChecklistResult> Missing(IReadOnlyList<ChecklistResult> checklist, IReadOnlyList<ChecklistNote> notes) =>
        checklist
            .Where(r => r.Status != ChecklistStatus.Met)
            .Where(r => !(MetOrExplained.Contains(r.Item) && notes.Any(n => n.Item == r.Item && !string.IsNullOrWhiteSpace(n.Note))))
            .ToList();
}
