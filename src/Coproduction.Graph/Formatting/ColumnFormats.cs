using Coproduction.Checklist;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Text;

namespace Coproduction.Graph.Formatting;

/// <summary>
/// The columns shown at a glance, by list: what the worker writes of each course's assessment. A new
/// column written by the worker is formatted with one line here (a count like <see cref="CoursesList.OpenFlags"/>
/// with <see cref="ColumnFormat.Count"/>).
/// </summary>
internal static class ColumnFormats
{
    /// <summary>The courses list: each checklist item, readiness, open flags, entries to fix and inputs waiting for an answer.</summary>
    public static IReadOnlyList<ColumnFormat> Courses { get; } =
    [
        .. CoursesList.Checklist.Values.Select(Checklist),
        ColumnFormat.YesNo(CoursesList.ReadyForQualityReview, ("Ready", Glance.CheckMark, Severity.Good), ("Not ready", Glance.Warning, Severity.Warning)),
        ColumnFormat.Count(CoursesList.OpenFlags, "open", Glance.Flag),
        ColumnFormat.Count(CoursesList.NeedsAttention, "to fix", Glance.Warning),
        // Input waiting is worth a look, not yet late: what is late is a flag, counted in the open flags.
        ColumnFormat.Count(CoursesList.InputsWaiting, "waiting", Glance.Warning, Severity.Warning),
    ];

    /// <summary>Every list's formatted columns, by the list's schema key.</summary>
    public static IReadOnlyList<(string ListKey, IReadOnlyList<ColumnFormat> Formats)> All { get; } = [(CoursesList.Key, Courses)];

    private static ColumnFormat Checklist(Schema.SiteColumn column) => ColumnFormat.Choice(column,
    [
        (SnapshotWords.Label(ChecklistStatus.Met), Glance.CheckMark, Severity.Good),
        (SnapshotWords.Label(ChecklistStatus.PartlyMet), Glance.Warning, Severity.Warning),
        (SnapshotWords.Label(ChecklistStatus.NotMet), Glance.ErrorBadge, Severity.Blocked),
    ]);
}
