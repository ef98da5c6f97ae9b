using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Coproduction.Browser.Pages;

/// <summary>
/// Reads the page sizes out of a PDF that Chromium printed. Chromium (Skia) writes each page object
/// uncompressed with its own /MediaBox, so a regular expression over the bytes is enough: no PDF
/// library is needed for one number a page.
/// </summary>
internal static partial class PdfPages
{
    /// <summary>Each page's width and height in points (1/72 inch).</summary>
    public static IReadOnlyList<(double Width, double Height)> Sizes(byte[] pdf)
    {
        pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue("Chromium's output is not a PDF");
        var text = Encoding.Latin1.GetString(pdf);
        return [.. PageObject().Matches(text).Select(page => MediaBox().Match(page.Value)).Where(box => box.Success).Select(box =>
            (Number(box.Groups[3]) - Number(box.Groups[1]), Number(box.Groups[4]) - Number(box.Groups[2])))];
    }

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    // A page's dictionary: /Type /Page, never /Pages (the tree above them), up to the end of its object.
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z]).*?endobj", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
