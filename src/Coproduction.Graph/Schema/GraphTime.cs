using System.Globalization;

namespace Coproduction.Graph.Schema;

/// <summary>
/// Times as Graph gives and takes them in an item's fields: ISO 8601 in UTC to the second, such as
/// <c>2026-03-02T10:00:00Z</c> (SharePoint keeps no finer time in a date column). Written here only.
/// </summary>
public static class GraphTime
{
    /// <summary>A time as a field's text.</summary>
    /// <param name="at">The time.</param>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A field's text as a time, if it is one (with or without its offset, taken as UTC without; a date alone as its midnight).</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The time.</param>
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        return text is not null
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
    }
}
