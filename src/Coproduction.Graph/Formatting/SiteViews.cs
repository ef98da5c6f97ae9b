using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Formatting;

/// <summary>The views a site gets: the courses that need attention, and the open flags course by course.</summary>
internal static class SiteViews
{
    /// <summary>
    /// What puts a course in "Needs attention", any one of them; each one's column is shown too, after
    /// the score. A new reason (a count the worker writes) is one line here, such as <c>Caml.Above(column, 0)</c>.
    /// </summary>
    public static IReadOnlyList<CamlCondition> Attention { get; } =
    [
        Caml.Is(CoursesList.ReadyForQualityReview, false),
        Caml.Above(CoursesList.OpenFlags, 0),
        Caml.Above(CoursesList.NeedsAttention, 0),
    ];

    /// <summary>Courses not ready for quality review, with open flags or with entries to fix, most flags first.</summary>
    public static SiteView NeedsAttention { get; } = new("needsAttention", CoursesList.Key, "Needs attention",
        [
            SharePointFields.LinkTitle, CoursesList.Stage.Name, .. CoursesList.Checklist.Values.Select(c => c.Name), CoursesList.Score.Name,
            .. Attention.Select(a => a.Column.Name),
        ],
        Caml.Query(Attention, [(CoursesList.OpenFlags, false), (SharePointColumns.Title, true)]));

    /// <summary>
    /// Open flags, grouped by course, oldest first: the title (kind and subject), since when and what to
    /// do. The people a flag concerns are ids, left to the item itself.
    /// </summary>
    public static SiteView FlagsByCourse { get; } = new("flagsByCourse", FlagsList.Key, "By course",
        [SharePointFields.LinkTitle, FlagsList.Since.Name, FlagsList.Message.Name],
        Caml.Query([Caml.Is(FlagsList.Status, FlagsList.FlagStatusLabel(FlagStatus.Open))], [(FlagsList.Since, true)], groupBy: FlagsList.Course));

    /// <summary>Every view, in the order they are made.</summary>
    public static IReadOnlyList<SiteView> All { get; } = [NeedsAttention, FlagsByCourse];
}
