using System.Globalization;
using Coproduction.Report.Html;
using Coproduction.Text;

namespace Coproduction.Overview.Html;

/// <summary>
/// Lays the overview out as one self-contained page, as the evidence report is: inline CSS and SVG,
/// no script, nothing fetched, the same Content-Security-Policy, headings in order. On a screen the
/// course table keeps a line a cell and scrolls in its own region; printed on A4 (portrait, as the
/// report), its cells wrap and its type is smaller, so that its 14 columns fit the page.
/// </summary>
internal static class OverviewWriter
{
    private const string Heading = "College overview of co-production";

    private const string Styles = """
        main { max-width: 80rem; }
        .courses table { font-size: .9rem; }
        .courses th, .courses td { white-space: nowrap; }
        .courses td.flags, .courses th.course { white-space: normal; min-width: 12rem; }
        ul.plain { list-style: none; padding: 0; margin: 0; }
        .met { color: var(--met); } .partlyMet { color: var(--partly); } .notMet { color: var(--not); }
        .id { display: block; color: var(--muted); font-size: .8rem; font-weight: 400; }
        figure svg { max-width: 48rem; }
        @media print {
          .courses table { font-size: .6rem; }
          .courses th, .courses td { white-space: normal; padding: .2rem .25rem; overflow-wrap: anywhere; }
          .courses td.flags, .courses th.course { min-width: 0; }
        }
        """;

    public static string Write(OverviewFigures figures, int smallest)
    {
        var html = new HtmlText();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlReportWriter.ContentSecurityPolicy}\">\n")
            .Element("title", Heading).Raw("\n<style>\n").Raw(ReportStyles.Css).Raw("\n").Raw(Styles).Raw("\n</style>\n</head>\n<body>\n<main>\n");

        html.Element("h1", Heading);
        html.Element("p", $"Every course of every site the college watches, as it stood on {English.Date(figures.AsOf)}. Courses and counts only: no one is named, "
            + $"and a count of flags under {smallest} reads \u201Cfewer than {smallest}\u201D.", "class=\"lede\"");
        Summary(html, figures, smallest);
        OverviewTable.Write(html, figures);
        OverviewCharts.Write(html, figures, smallest);

        html.Raw("\n<footer>").Element("p", $"Made by Coproduction from the courses' records (overview format {CollegeOverview.FormatVersion}). Each course's own evidence report, in its site's evidence library, says why.").Raw("</footer>\n");
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(HtmlText html, OverviewFigures figures, int smallest)
    {
        var courses = figures.Rows.Select(r => r.Course).ToList();
        html.Raw("<section aria-labelledby=\"summary\">").Element("h2", "Summary", "id=\"summary\"").Raw("<dl class=\"facts\">");
        Fact(html, "Courses", $"{English.Count(courses.Count, "course")} on {English.Count(figures.Sites, "site")}");
        Fact(html, "Ready for quality review", $"{courses.Count(c => c.ReadyForQuality)} of {courses.Count}");
        Fact(html, "With open flags", $"{courses.Count(c => c.OpenFlags.Values.Sum() > 0)} of {courses.Count}");
        // The table beside it gives every course's open flags: their sum is written as it is, a small one too.
        Fact(html, "Open flags in all", courses.Sum(c => c.OpenFlags.Values.Sum()).ToString(CultureInfo.InvariantCulture));
        Fact(html, "Mean score", courses.Count == 0 ? "no courses" : $"{courses.Average(c => c.Score).ToString("0.#", CultureInfo.InvariantCulture)} of 12");
        html.Raw("</dl></section>\n");
    }

    private static void Fact(HtmlText html, string term, string value) => html.Element("dt", term).Element("dd", value);
}
