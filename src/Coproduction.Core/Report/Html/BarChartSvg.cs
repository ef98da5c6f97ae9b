using System.Globalization;
using Coproduction.Text;

namespace Coproduction.Report.Html;

/// <summary>
/// Contributions per core member as horizontal bars, each labelled with its count and share, so the
/// numbers can be read without the bars. The same figures are in a table beside it.
/// </summary>
internal static class BarChartSvg
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int RowHeight = 28;
    private const int BarHeight = 18;

    public static void Write(HtmlText html, IReadOnlyList<ContributionRow> rows)
    {
        var most = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Contributions));
        var height = (Math.Max(1, rows.Count) * RowHeight) + 8;
        var description = rows.Count == 0
            ? "The core team has no members."
            : string.Join("; ", rows.Select(r => $"{r.Person}: {r.Contributions} ({English.Percent(r.Share)})")) + ".";

        html.Raw($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="contributions-title contributions-desc">""")
            .Element("title", "Contributions per core member in this cycle", "id=\"contributions-title\"")
            .Element("desc", description, "id=\"contributions-desc\"");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * RowHeight) + 4;
            var barWidth = (Width - LabelWidth - 90) * row.Contributions / (double)most;
            html.Raw($"""<text x="{LabelWidth - 8}" y="{y + 14}" text-anchor="end">""").Text(row.Person).Raw("</text>")
                .Raw($"""<rect x="{LabelWidth}" y="{y}" width="{HtmlText.Coordinate(barWidth)}" height="{BarHeight}" fill="#1d70b8"></rect>""")
                .Raw($"""<text x="{HtmlText.Coordinate(LabelWidth + barWidth + 6)}" y="{y + 14}">""").Text($"{row.Contributions} ({English.Percent(row.Share)})").Raw("</text>");
        }

        html.Raw("</svg>");
    }
}
