using Coproduction.Overview.Html;

namespace Coproduction.Overview;

/// <summary>
/// The college overview: every course of every site at a glance, and over time, for the Quality
/// Process lead and the college manager. One self-contained, accessible HTML page: a table of the
/// courses (stage, score, checklist, readiness, open flags by kind, last assessed, trend) and charts
/// of scores by stage, flags opened and resolved by month, readiness over time, and carers' and focus
/// groups' coverage. Courses and counts only: no person is named, and small counts of flags are not
/// written (<see cref="CollegeOverviewOptions.SmallestCountShown"/>).
/// </summary>
public static class CollegeOverview
{
    /// <summary>
    /// The version of the page's layout. A worker writes the overview again when it changes, as it
    /// does when anything the page shows changes.
    /// </summary>
    public const int FormatVersion = 1;

    /// <summary>The overview of <paramref name="courses"/>, with trends from their <paramref name="history"/>.</summary>
    /// <param name="courses">Each course as it stands.</param>
    /// <param name="history">
    /// The courses' history (<c>coproduction history</c>), deleted courses' included, in any order; empty
    /// where there is none, as for an overview made from snapshot files: trends and flags by month then
    /// say there is no history.
    /// </param>
    /// <param name="options">What to show; the defaults where null.</param>
    /// <returns>The page: the same records and options give the same bytes.</returns>
    /// <exception cref="ArgumentException">An option makes no sense (see <see cref="CollegeOverviewOptions.Problems"/>).</exception>
    public static string ToHtml(IEnumerable<OverviewCourse> courses, IEnumerable<OverviewPoint> history, CollegeOverviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(courses);
        ArgumentNullException.ThrowIfNull(history);
        options ??= new CollegeOverviewOptions();
        if (options.Problems() is [var first, ..])
        {
            throw new ArgumentException(first, nameof(options));
        }

        return OverviewWriter.Write(OverviewFigures.Of([.. courses], [.. history], options), options.SmallestCountShown);
    }
}
