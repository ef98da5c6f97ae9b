namespace Coproduction.Report.Html;

/// <summary>Real tables: a caption, column headers with scope, and a wrapper that scrolls on a narrow screen.</summary>
internal static class HtmlTables
{
    /// <param name="html">Where to write.</param>
    /// <param name="caption">What the table shows.</param>
    /// <param name="headers">Column headers; a header starting with '#' is a number column (right-aligned), the '#' not shown.</param>
    /// <param name="rows">Cells (see <see cref="HtmlCell"/>); the first cell of each row is the row's header.</param>
    public static void Write(HtmlText html, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<HtmlCell>> rows)
    {
        html.Raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").Text(caption).Raw("\"><table>")
            .Element("caption", caption)
            .Raw("<thead><tr>");
        foreach (var header in headers)
        {
            html.Element("th", header.TrimStart('#'), header.StartsWith('#') ? "scope=\"col\" class=\"n\"" : "scope=\"col\"");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Raw("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var numeric = headers[i].StartsWith('#');
                var tag = i == 0 ? "th" : "td";
                html.Open(tag, i == 0 ? "scope=\"row\"" : numeric ? "class=\"n\"" : string.Empty);
                row[i].WriteTo(html);
                html.Raw($"</{tag}>");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></div>");
    }
}
