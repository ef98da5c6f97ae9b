using Coproduction.Checklist;
using Coproduction.Text;

namespace Coproduction.Report.Html;

/// <summary>
/// Lays the report out as one self-contained HTML page: inline CSS and SVG, no script, nothing
/// fetched, and a Content-Security-Policy that holds the page to that. Headings go in order (h1, h2,
/// h3) so the page reads well with a screen reader.
/// </summary>
internal static class HtmlReportWriter
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static string Write(ReportContent report)
    {
        var html = new HtmlText();
        const string Heading = "Co-production evidence: ";
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")

            // Nothing may run or be fetched, whatever a course's text holds: only the page's own styles apply.
            .Raw($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n")
            .Element("title", Heading + report.Course.Title).Raw("\n<style>\n").Raw(ReportStyles.Css).Raw("\n</style>\n</head>\n<body>\n<main>\n");

        html.Open("h1").Text(Heading).Value(report.Course.Title).Raw("</h1>\n");
        html.Element("p", $"Evidence of co-production for the Recovery College Quality Process, as the course stood on {English.Date(report.AsOf)}.", "class=\"lede\"");
        Facts(html, report);
        Summary(html, report);
        HtmlSections.Checklist(html, report);
        HtmlSections.Experience(html, report);
        HtmlSections.Contributions(html, report);
        HtmlSections.FocusGroups(html, report);
        HtmlSections.Inputs(html, report);
        HtmlSections.Delivery(html, report);
        HtmlSections.Decisions(html, report);
        HtmlSections.Flags(html, report);
        HtmlSections.Timeline(html, report);
        HtmlSections.Lifecycle(html, report);

        html.Raw("\n<footer>").Element("p", "Made by Coproduction from the course's records. People appear by role unless the college allows names, and never beside their experience.").Raw("</footer>\n");
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Facts(HtmlText html, ReportContent report)
    {
        html.Raw("<dl class=\"facts\">");
        html.Element("dt", "Course").ValueElement("dd", report.Course.Id);
        Fact(html, "Kind", report.Course.Kind == Model.CourseKind.New ? "a new course" : "an existing course under review");
        html.Element("dt", "Topics").Open("dd").Values(report.Course.Topics).Raw("</dd>");
        Fact(html, "Stage", ReportText.Stage(report.Course.Stage));
        Fact(html, "This cycle began", report.CycleStart is { } start ? English.Date(start) : "at the start of the records");
        html.Raw("</dl>\n");
    }

    private static void Fact(HtmlText html, string term, string value) => html.Element("dt", term).Element("dd", value);

    private static void Summary(HtmlText html, ReportContent report)
    {
        html.Raw("<section aria-labelledby=\"summary\">").Element("h2", "Summary", "id=\"summary\"");
        html.Element("p", $"Co-production score: {report.Score} of 12. " +
            (report.ReadyForQuality ? "The course is ready for quality review." : "The course is not ready for quality review yet."));
        if (report.MissingForQuality.Count > 0)
        {
            html.Element("p", "Still needed before quality review:").Raw("<ul>");
            foreach (var missing in report.MissingForQuality)
            {
                html.Element("li", missing);
            }

            html.Raw("</ul>");
        }

        var met = report.Checklist.Count(c => c.Status == ChecklistStatus.Met);
        html.Element("p", $"{met} of the 6 checklist items {(met == 1 ? "is" : "are")} met; {English.Count(report.Flags.Count, "flag")} for the team to review.");
        html.Raw("</section>\n");
    }
}
