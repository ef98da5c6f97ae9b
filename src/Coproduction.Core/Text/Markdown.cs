using System.Text;

namespace Coproduction.Text;

/// <summary>
/// Makes text from a snapshot safe inside GitHub-flavoured Markdown: it reads as the words it is,
/// never as formatting, HTML, a link of the Markdown kind or a table border, and without the
/// bidirectional controls that could make it display as other words (<see cref="BidiControls"/>).
/// (A bare web address may still be shown as a link by GitHub's autolinking: that is text, not markup.)
/// </summary>
internal static class Markdown
{
    private const string Special = "\\`*_[]<>|~&";

    public static string Escape(string text)
    {
        text = BidiControls.Strip(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
