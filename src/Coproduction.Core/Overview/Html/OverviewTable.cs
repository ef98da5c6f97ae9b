using System.Globalization;
using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Report;
using Coproduction.Report.Html;
using Coproduction.Text;

namespace Coproduction.Overview.Html;

/// <summary>
/// The table of every course: one row each, as its own course item shows it, with a trend. A real
/// table (caption, headers with scope), in a wrapper that scrolls on a narrow screen.
/// </summary>
internal static class OverviewTable
{
    private static readonly ChecklistItem[] Items = Enum.GetValues<ChecklistItem>();

    public static void Write(HtmlText html, OverviewFigures figures)
    {
        const string Caption = "Every course, by site and stage";
        html.Raw("<section aria-labelledby=\"courses\">").Element("h2", "Courses", "id=\"courses\"");
        if (figures.Rows.Count == 0)
        {
            html.Element("p", "No course has been assessed yet.").Raw("</section>\n");
            return;
        }

        html.Raw("<div class=\"table-wrap courses\" role=\"region\" tabindex=\"0\" aria-label=\"").Text(Caption).Raw("\"><table>").Element("caption", Caption).Raw("<thead><tr>");
        Header(html, "Course", "course");
        foreach (var header in (string[])["Site", "Stage"])
        {
            Header(html, header);
        }

        Header(html, "Score", "n");
        foreach (var item in Items)
        {
            Header(html, OverviewWords.Item(item));
        }

        foreach (var header in (string[])["Ready for quality review", "Open flags", "Last changed", "Trend"])
        {
            Header(html, header);
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var (course, trend) in figures.Rows)
        {
            Row(html, course, trend);
        }

        html.Raw("</tbody></table></div></section>\n");
    }

    private static void Header(HtmlText html, string text, string? css = null) =>
        html.Element("th", text, css is null ? "scope=\"col\"" : $"scope=\"col\" class=\"{css}\"");

    private static void Row(HtmlText html, OverviewCourse course, CourseTrend trend)
    {
        html.Raw("<tr><th scope=\"row\" class=\"course\">").Value(course.Title).Raw("<span class=\"id\">").Value(course.CourseId).Raw("</span></th><td>");
        Site(html, course.Site);
        html.Raw("</td>").Element("td", ReportText.Stage(course.Stage)).Element("td", $"{course.Score.ToString(CultureInfo.InvariantCulture)} of 12", "class=\"n\"");
        foreach (var item in Items)
        {
            if (course.Checklist.TryGetValue(item, out var status))
            {
                html.Element("td", OverviewWords.Status(status), $"class=\"{status.ToWord()}\"");
            }
            else
            {
                html.Element("td", "not known");
            }
        }

        html.Element("td", course.ReadyForQuality ? "Yes" : "No");
        Flags(html, course.OpenFlags);
        html.Element("td", English.Date(course.LastAssessed)).Element("td", Trend(trend));
        html.Raw("</tr>");
    }

    /// <summary>A site's address as a link to it, shown as its path; anything not an https address (a file's name, offline) as plain words.</summary>
    private static void Site(HtmlText html, string site)
    {
        if (Uri.TryCreate(site, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            html.Raw("<a href=\"").Text(uri.AbsoluteUri).Raw("\">").Value(uri.AbsolutePath.Trim('/')).Raw("</a>");
            return;
        }

        html.Value(site);
    }

    /// <summary>The course's open flags by kind, as its own item and report show them: the course is named, no person.</summary>
    private static void Flags(HtmlText html, IReadOnlyDictionary<string, int> flags)
    {
        var open = flags.Where(f => f.Value > 0).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (open.Count == 0)
        {
            html.Element("td", "none", "class=\"flags\"");
            return;
        }

        html.Raw("<td class=\"flags\"><ul class=\"plain\">");
        foreach (var (kind, count) in open)
        {
            html.Element("li", $"{OverviewWords.Flag(kind)}: {count.ToString(CultureInfo.InvariantCulture)}");
        }

        html.Raw("</ul></td>");
    }

    private static string Trend(CourseTrend trend) => trend.Direction switch
    {
        TrendDirection.Up => $"\u25B2 up {trend.Change.ToString(CultureInfo.InvariantCulture)} since {English.Date(trend.Since!.Value)}",
        TrendDirection.Down => $"\u25BC down {(-trend.Change).ToString(CultureInfo.InvariantCulture)} since {English.Date(trend.Since!.Value)}",
        TrendDirection.Same => $"no change since {English.Date(trend.Since!.Value)}",
        TrendDirection.New => $"new since {English.Date(trend.Since!.Value)}",
        _ => "no history",
    };
}
