using Coproduction.Model;
using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Report;
using Coproduction.Text;

namespace Coproduction.Overview.Html;

/// <summary>The overview's own words for flags, checklist items and statuses.</summary>
internal static class OverviewWords
{
    /// <summary>The kind word of the worker's own flag: a stage change the lifecycle does not permit.</summary>
    public const string StageChangeKind = "stageChangeNotPermitted";

    /// <summary>A flag kind by its word, in the report's plain words; a word this version does not know, as it is.</summary>
    public static string Flag(string kind) =>
        kind == StageChangeKind ? "A stage change not permitted" : SnapshotWords.TryParse<FlagKind>(kind, out var known) ? ReportText.Flag(known) : kind;

    /// <summary>A checklist item's column header: short, so that the table stays readable.</summary>
    public static string Item(ChecklistItem item) => item switch
    {
        ChecklistItem.RelevantLearnedExperience => "Learned experience",
        ChecklistItem.RelevantLivedExperience => "Lived experience",
        ChecklistItem.CarersViewsSought => "Carers' views",
        ChecklistItem.FocusGroupsUsed => "Focus groups",
        ChecklistItem.MaterialsAgreed => "Materials agreed",
        ChecklistItem.WorkShared => "Work shared",
        _ => SnapshotWords.Of(item),
    };

    /// <summary>A status with a symbol, so that it never relies on colour alone.</summary>
    public static string Status(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Met => "\u2714 met",
        ChecklistStatus.PartlyMet => "\u25D1 partly met",
        _ => "\u2718 not met",
    };
}
