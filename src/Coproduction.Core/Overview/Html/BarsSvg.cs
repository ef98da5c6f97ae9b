using Coproduction.Report.Html;

namespace Coproduction.Overview.Html;

/// <summary>One bar of a chart: its series' name and the words of its value, written beside it, so the chart never relies on colour.</summary>
/// <param name="Series">The series, such as "opened".</param>
/// <param name="Value">Its length, in the chart's units.</param>
/// <param name="Words">Its value as written beside it ("4", "fewer than 3").</param>
/// <param name="Fill">Its colour.</param>
/// <param name="Hatched">Whether it stands for a count not shown: drawn hatched, to the most it could be.</param>
internal sealed record Bar(string Series, double Value, string Words, string Fill, bool Hatched = false);

/// <summary>The bars of one category (a month, a stage), each on a line of its own under the category's label.</summary>
internal sealed record BarGroup(string Label, IReadOnlyList<Bar> Bars);

/// <summary>
/// Grouped horizontal bars, labelled with their values, as an SVG image with a title and a
/// description that says every figure; the same figures are in a table beside it.
/// </summary>
internal static class BarsSvg
{
    private const int Width = 640;
    private const int LabelWidth = 150;
    private const int WordsWidth = 190;
    private const int BarHeight = 14;
    private const int Line = 18;
    private const int GroupGap = 10;

    public static void Write(HtmlText html, string id, string title, IReadOnlyList<BarGroup> groups, double most)
    {
        var height = groups.Sum(g => (g.Bars.Count * Line) + GroupGap) + 4;
        var description = string.Join("; ", groups.Select(g => $"{g.Label}: {string.Join(", ", g.Bars.Select(b => $"{b.Series} {b.Words}"))}")) + ".";
        html.Raw($"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{id}-title {id}-desc">""")
            .Element("title", title, $"id=\"{id}-title\"")
            .Element("desc", description, $"id=\"{id}-desc\"")
            .Raw($"""<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"></rect><rect width="2" height="6" fill="#505a5f"></rect></pattern></defs>""");
        var y = 4;
        foreach (var group in groups)
        {
            html.Raw($"""<text x="{LabelWidth - 8}" y="{y + 11}" text-anchor="end">""").Text(group.Label).Raw("</text>");
            foreach (var bar in group.Bars)
            {
                var length = most <= 0 ? 0 : (Width - LabelWidth - WordsWidth) * Math.Min(bar.Value, most) / most;
                var fill = bar.Hatched ? $"url(#{id}-hatch)" : bar.Fill;
                html.Raw($"""<rect x="{LabelWidth}" y="{y}" width="{HtmlText.Coordinate(length)}" height="{BarHeight}" fill="{fill}" stroke="{bar.Fill}"></rect>""")
                    .Raw($"""<text x="{HtmlText.Coordinate(LabelWidth + length + 6)}" y="{y + 11}">""").Text($"{bar.Series}: {bar.Words}").Raw("</text>");
                y += Line;
            }

            y += GroupGap;
        }

        html.Raw("</svg>");
    }
}
