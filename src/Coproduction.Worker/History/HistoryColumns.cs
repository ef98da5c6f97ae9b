using Coproduction.Flags;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Worker.History;

/// <summary>
/// The columns of <c>coproduction history --format csv</c>, in order: a public contract
/// (docs/history.md), for Power BI and Excel. A later version may add columns at the end, never rename,
/// reorder or re-type one.
/// </summary>
internal static class HistoryColumns
{
    /// <summary>The kind word of the worker's own flag, a stage change the lifecycle does not permit.</summary>
    public const string StageChangeKind = "stageChangeNotPermitted";

    /// <summary>The checklist's items' words, in the checklist's order.</summary>
    public static IReadOnlyList<string> ChecklistItems { get; } = [.. Enum.GetValues<ChecklistItem>().Select(i => SnapshotWords.Of(i))];

    /// <summary>
    /// Every flag kind's word: the assessment's kinds of version 1.0, the worker's own, then the kinds
    /// added since. Columns are only ever added at the end, so a kind added to the assessment comes
    /// after the worker's own rather than where the enumeration puts it.
    /// </summary>
    public static IReadOnlyList<string> FlagKinds { get; } =
    [
        .. Enum.GetValues<FlagKind>().Where(k => k <= FlagKind.UnexplainedExemption).Select(k => SnapshotWords.Of(k)),
        StageChangeKind,
        .. Enum.GetValues<FlagKind>().Where(k => k > FlagKind.UnexplainedExemption).Select(k => SnapshotWords.Of(k)),
    ];

    /// <summary>The header: the line's moment, site, course, event, stage, score and readiness; each checklist item; the flags open, opened and resolved; the flags open by kind.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "at", "site", "courseId", "event", "stage", "score", "readyForQualityReview",
        .. ChecklistItems,
        "openFlags", "flagsOpened", "flagsResolved",
        .. FlagKinds.Select(k => $"open.{k}"),
    ];

    /// <summary>A line's time as the CSV and the JSON write it: UTC, ISO 8601, to the second (<c>2026-03-28T09:00:00Z</c>).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
