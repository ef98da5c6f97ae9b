using System.Globalization;
using System.Text;

namespace Coproduction.Worker.History;

/// <summary>
/// The history as CSV (RFC 4180: comma-separated, a header line, CRLF line ends, a field quoted when it
/// holds a comma, a quote or a line end), in <see cref="HistoryColumns.Header"/>'s columns: what Power BI
/// and Excel open as they are. Times in UTC, ISO 8601; true and false as <c>true</c>, <c>false</c>; a
/// value a line has not (a deletion's score) empty.
/// </summary>
internal static class HistoryCsv
{
    public static string Write(IEnumerable<HistoryEntry> entries)
    {
        var text = new StringBuilder();
        Line(text, HistoryColumns.Header);
        foreach (var entry in entries)
        {
            Line(text, Fields(entry));
        }

        return text.ToString();
    }

    private static IEnumerable<string> Fields(HistoryEntry entry)
    {
        yield return HistoryColumns.Time(entry.At);
        yield return entry.SiteUrl;
        yield return entry.CourseId;
        yield return entry.Event;
        yield return entry.Stage ?? string.Empty;
        yield return entry.Score?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        yield return entry.Ready is { } ready ? (ready ? "true" : "false") : string.Empty;
        for (var i = 0; i < HistoryColumns.ChecklistItems.Count; i++)
        {
            yield return i < entry.Checklist.Count ? entry.Checklist[i] : string.Empty;
        }

        yield return entry.OpenFlags.Count.ToString(CultureInfo.InvariantCulture);
        yield return entry.Opened.Count.ToString(CultureInfo.InvariantCulture);
        yield return entry.Resolved.Count.ToString(CultureInfo.InvariantCulture);
        foreach (var kind in HistoryColumns.FlagKinds)
        {
            yield return entry.OpenFlags.Count(f => f.Kind == kind).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quoted)).Append("\r\n");
    }

    /// <summary>A field as CSV holds it; one that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) is quoted and led by a <c>'</c>, so that a spreadsheet never runs it.</summary>
    private static string Quoted(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n', '\'']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
