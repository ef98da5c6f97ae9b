using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Report.Html;
using Coproduction.Report.Markdown;

namespace Coproduction.Report;

/// <summary>
/// The evidence a course team hands to the college's Quality Process: the checklist expanded point
/// by point, the experience in the team (counts only), focus groups, decisions, flags, how the work
/// was shared, a timeline, and where the course is in its lifecycle.
/// </summary>
public static class EvidenceReport
{
    /// <summary>
    /// The version of what the report shows and how: raised whenever the same snapshot and options
    /// would give other bytes (a test holds it to the samples' reports), so that a worker writes again
    /// the reports it wrote with an earlier one.
    /// </summary>
    public const int FormatVersion = 6;

    /// <summary>Writes the report as one self-contained, accessible HTML page (inline CSS and SVG, no script).</summary>
    /// <param name="snapshot">The course snapshot.</param>
    /// <param name="assessment">Its assessment.</param>
    /// <param name="options">What the report may show; by default people appear by role, not by name.</param>
    /// <exception cref="ArgumentException">The assessment is of another course, or an option makes no sense.</exception>
    public static string ToHtml(CourseSnapshot snapshot, CourseAssessment assessment, EvidenceReportOptions? options = null) =>
        HtmlReportWriter.Write(Content(snapshot, assessment, options));

    /// <summary>Writes the report as GitHub-flavoured Markdown, with the lifecycle as a Mermaid diagram.</summary>
    /// <param name="snapshot">The course snapshot.</param>
    /// <param name="assessment">Its assessment.</param>
    /// <param name="options">What the report may show; by default people appear by role, not by name.</param>
    /// <exception cref="ArgumentException">The assessment is of another course, or an option makes no sense.</exception>
    public static string ToMarkdown(CourseSnapshot snapshot, CourseAssessment assessment, EvidenceReportOptions? options = null) =>
        MarkdownReportWriter.Write(Content(snapshot, assessment, options));

    private static ReportContent Content(CourseSnapshot snapshot, CourseAssessment assessment, EvidenceReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.CourseId != snapshot.Course.Id)
        {
            // Neither id is quoted: a course id can carry its topic, and messages end up in logs.
            throw new ArgumentException("The assessment is of another course than the snapshot.", nameof(assessment));
        }

        options ??= new EvidenceReportOptions();
        options.Validate();
        return ReportContentBuilder.Build(snapshot, assessment, options);
    }
}
