using System.Globalization;
using Coproduction.Text;

namespace Coproduction.Report.Html;

/// <summary>
/// The cycle as a dot chart: a row per kind of activity (and versions, agreements), a column per week
/// or month, a dot sized by how much happened, and a dashed line at each stage move.
/// </summary>
internal static class TimelineSvg
{
    private const int Width = 640;
    private const int LabelWidth = 170;
    private const int Top = 34;
    private const int RowHeight = 26;

    public static void Write(HtmlText html, Timeline timeline)
    {
        var columns = timeline.Columns.Count;
        var columnWidth = (Width - LabelWidth - 10) / (double)columns;
        var height = Top + (Math.Max(1, timeline.Rows.Count) * RowHeight) + 10;
        var most = Math.Max(1, timeline.Rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max());

        html.Raw($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="timeline-title timeline-desc">""")
            .Element("title", $"What happened in each {timeline.ColumnUnit} of the cycle", "id=\"timeline-title\"")
            .Element("desc", Describe(timeline), "id=\"timeline-desc\"");

        // Column headings: the month (or year) where one begins, so the axis reads as a calendar,
        // and never closer together than a heading is wide.
        string? lastHeading = null;
        var lastX = double.MinValue;
        for (var c = 0; c < columns; c++)
        {
            var heading = timeline.Columns[c].ToUniversalTime().ToString(timeline.ColumnUnit == "year" ? "yyyy" : "MMM yyyy", CultureInfo.InvariantCulture);
            var x = LabelWidth + (c * columnWidth);
            if (heading != lastHeading && x - lastX >= 64)
            {
                html.Raw($"""<text x="{HtmlText.Coordinate(x)}" y="14">""").Text(heading).Raw("</text>");
                lastX = x;
            }

            lastHeading = heading;
        }

        foreach (var move in timeline.Moves)
        {
            var x = LabelWidth + (columnWidth * Position(timeline, move.At));
            html.Raw($"""<line x1="{HtmlText.Coordinate(x)}" y1="20" x2="{HtmlText.Coordinate(x)}" y2="{height - 4}" stroke="#505a5f" stroke-dasharray="4 3"></line>""")
                .Raw($"""<text x="{HtmlText.Coordinate(x + 3)}" y="{Top - 4}" fill="#505a5f">""").Text($"to {ReportText.Stage(move.To)}").Raw("</text>");
        }

        for (var r = 0; r < timeline.Rows.Count; r++)
        {
            var row = timeline.Rows[r];
            var y = Top + (r * RowHeight) + (RowHeight / 2);
            html.Raw($"""<text x="{LabelWidth - 8}" y="{y + 4}" text-anchor="end">""").Text(row.Label).Raw("</text>")
                .Raw($"""<line x1="{LabelWidth}" y1="{y}" x2="{Width - 10}" y2="{y}" stroke="#dddddd"></line>""");
            for (var c = 0; c < columns; c++)
            {
                if (row.Counts[c] > 0)
                {
                    var radius = 2.5 + (8 * Math.Sqrt(row.Counts[c] / (double)most));
                    html.Raw($"""<circle cx="{HtmlText.Coordinate(LabelWidth + ((c + 0.5) * columnWidth))}" cy="{y}" r="{HtmlText.Coordinate(radius)}" fill="#1d70b8" fill-opacity="0.8"><title>""")
                        .Text($"{row.Label}: {row.Counts[c]} in the {timeline.ColumnUnit} from {English.Date(timeline.Columns[c])}")
                        .Raw("</title></circle>");
                }
            }
        }

        html.Raw("</svg>");
    }

    /// <summary>How far along the columns a moment lies, in columns.</summary>
    private static double Position(Timeline timeline, DateTimeOffset at)
    {
        var columns = timeline.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            var next = c + 1 < columns.Count ? columns[c + 1] : timeline.End;
            if (at < next || c == columns.Count - 1)
            {
                var span = (next - columns[c]).TotalSeconds;
                return c + (span <= 0 ? 0 : Math.Clamp((at - columns[c]).TotalSeconds / span, 0, 1));
            }
        }

        return 0;
    }

    private static string Describe(Timeline timeline)
    {
        if (timeline.Rows.Count == 0)
        {
            return $"Nothing was recorded between {English.Date(timeline.Start)} and {English.Date(timeline.End)}.";
        }

        var totals = string.Join("; ", timeline.Rows.Select(r => $"{r.Label}: {r.Total}"));
        return $"From {English.Date(timeline.Start)} to {English.Date(timeline.End)}, by {timeline.ColumnUnit}. In all: {totals}.";
    }
}
