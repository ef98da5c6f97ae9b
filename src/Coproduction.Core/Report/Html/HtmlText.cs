using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Coproduction.Report.Html;

/// <summary>
/// Builds HTML text. Every value from a snapshot goes through <see cref="Text"/>, which encodes it,
/// so a title such as <c>&lt;script&gt;</c> shows as the words it is; only the writers' own fixed
/// markup goes through <see cref="Raw"/>.
/// </summary>
internal sealed class HtmlText
{
    // Letters of every script stay readable; what HTML gives meaning to (<, >, &, quotes) is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public static string Encode(string value) => Encoder.Encode(value);

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

    public HtmlText Number(double value, string format = "0.#")
    {
        _html.Append(value.ToString(format, CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An element whose whole content is one encoded value.</summary>
    public HtmlText Element(string tag, string value, string attributes = "") =>
        Raw($"<{tag}{(attributes.Length > 0 ? " " + attributes : string.Empty)}>").Text(value).Raw($"</{tag}>");

    public override string ToString() => _html.ToString();
}
