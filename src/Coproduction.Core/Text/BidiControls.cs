using System.Buffers;

namespace Coproduction.Text;

/// <summary>
/// Takes the Unicode bidirectional controls out of text from a snapshot before a report shows it.
/// An override such as U+202E makes the words that follow display backwards, so a title can pass
/// for something else ("Trojan Source"); embeddings, isolates and marks can reorder what is around
/// them the same way. The report's own markup isolates each value instead (&lt;bdi&gt; in HTML),
/// so right-to-left text still reads the right way round without them. Every report writer uses
/// this, through <see cref="Markdown.Escape"/> and <see cref="Report.Html.HtmlText"/>.
/// </summary>
internal static class BidiControls
{
    // U+061C arabic letter mark, U+200E/U+200F marks, U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Strip(string text)
    {
        var first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0)
        {
            return text; // nearly always: no copy
        }

        return string.Create(text.Length - Count(text.AsSpan(first)), text, static (buffer, source) =>
        {
            var written = 0;
            foreach (var c in source)
            {
                if (!Controls.Contains(c))
                {
                    buffer[written++] = c;
                }
            }
        });
    }

    private static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += Controls.Contains(c) ? 1 : 0;
        }

        return count;
    }
}
