namespace Coproduction.Report.Html;

/// <summary>
/// A chart in a figure with its caption. On a phone the chart keeps a width at which its labels can
/// still be read (ReportStyles: .chart-wrap) and scrolls sideways inside its own region, as a wide
/// table does; scaled down to the screen, its 12-pixel labels would shrink to about 6. The region
/// takes the keyboard focus and is named, so that it can be scrolled without a mouse.
/// </summary>
internal static class HtmlFigures
{
    /// <param name="html">Where to write.</param>
    /// <param name="name">The region's name: what the chart shows, in a few words.</param>
    /// <param name="caption">The caption below the chart.</param>
    /// <param name="chart">Writes the chart's SVG.</param>
    public static void Write(HtmlText html, string name, string caption, Action<HtmlText> chart)
    {
        html.Raw("<figure><div class=\"chart-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").Text(name).Raw("\">");
        chart(html);
        html.Raw("</div>").Element("figcaption", caption).Raw("</figure>");
    }
}
