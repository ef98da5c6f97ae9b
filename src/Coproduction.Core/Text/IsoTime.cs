using System.Globalization;

namespace Coproduction.Text;

/// <summary>ISO 8601 times with an offset, as the snapshot and assessment formats write them.</summary>
public static class IsoTime
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>Parses a time that states its offset (<c>Z</c> or <c>±hh:mm</c>); a local time without one is ambiguous and refused.</summary>
    /// <param name="text">The text, such as <c>2026-03-02T10:00:00Z</c>.</param>
    /// <param name="value">The time, when the text is one.</param>
    /// <returns>Whether the text is an ISO 8601 time with an offset.</returns>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        return HasOffset(text)
            && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Formats a time keeping its offset, with <c>Z</c> for UTC and no trailing zero fractions.</summary>
    /// <param name="value">The time.</param>
    public static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Formats a time in UTC, as assessments do so that the same input gives the same bytes.</summary>
    /// <param name="value">The time.</param>
    public static string FormatUtc(DateTimeOffset value) => Format(value.ToUniversalTime());

    private static bool HasOffset(string text)
    {
        if (text.EndsWith('Z'))
        {
            return true;
        }

        // ±hh:mm at the end, after the time of day.
        return text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':' && text.IndexOf('T', StringComparison.Ordinal) > 0;
    }
}
