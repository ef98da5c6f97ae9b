using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Coproduction.Text;

namespace Coproduction.Report.Html;

/// <summary>
/// Builds HTML text. Every value from a snapshot goes through <see cref="Value"/> (or, where no
/// markup may stand, such as a page title or an SVG label, <see cref="Text"/>), which encodes it and
/// takes out bidirectional controls, so a title such as <c>&lt;script&gt;</c> shows as the words it
/// is; only the writers' own fixed markup goes through <see cref="Raw"/>.
/// </summary>
internal sealed class HtmlText
{
    // Letters of every script stay readable; what HTML gives meaning to (<, >, &, quotes) is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Encoded for HTML, without bidirectional controls.</summary>
    public static string Encode(string value) => Encoder.Encode(BidiControls.Strip(value));

    /// <summary>An SVG coordinate: one decimal at most, the same on every machine.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public HtmlText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlText Text(string value)
    {
        _html.Append(Encode(value));
        return this;
    }

    /// <summary>
    /// A value from a snapshot, in a &lt;bdi&gt; of its own: its direction is worked out from its own
    /// letters and cannot reorder the report's words around it, as right-to-left text otherwise can.
    /// </summary>
    public HtmlText Value(string value) => Raw("<bdi>").Text(value).Raw("</bdi>");

    /// <summary>Values from a snapshot, each isolated, with the report's separator between them.</summary>
    public HtmlText Values(IEnumerable<string> values, string separator = ", ")
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                Text(separator);
            }

            Value(value);
            first = false;
        }

        return this;
    }

    public HtmlText Number(double value, string format = "0.#")
    {
        _html.Append(value.ToString(format, CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An element whose whole content is one encoded piece of the report's own text.</summary>
    public HtmlText Element(string tag, string value, string attributes = "") =>
        Open(tag, attributes).Text(value).Raw($"</{tag}>");

    /// <summary>An element whose whole content is one value from a snapshot, isolated.</summary>
    public HtmlText ValueElement(string tag, string value, string attributes = "") =>
        Open(tag, attributes).Value(value).Raw($"</{tag}>");

    public HtmlText Open(string tag, string attributes = "") =>
        Raw($"<{tag}{(attributes.Length > 0 ? " " + attributes : string.Empty)}>");

    public override string ToString() => _html.ToString();
}
