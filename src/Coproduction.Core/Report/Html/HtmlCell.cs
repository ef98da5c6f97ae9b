namespace Coproduction.Report.Html;

/// <summary>
/// A table cell: the report's own words, then, if any, a value from a snapshot, which the table
/// isolates (see <see cref="HtmlText.Value"/>). A plain string is a cell of the report's own words.
/// </summary>
/// <param name="Words">The report's own words (may be empty).</param>
/// <param name="Value">The snapshot's value after them, if any.</param>
internal readonly record struct HtmlCell(string Words, string? Value = null)
{
    public static implicit operator HtmlCell(string words) => new(words);

    /// <summary>A cell that is one value from a snapshot.</summary>
    public static HtmlCell Of(string value) => new(string.Empty, value);

    public void WriteTo(HtmlText html)
    {
        html.Text(Words);
        if (Value is { } value)
        {
            html.Value(value);
        }
    }
}
