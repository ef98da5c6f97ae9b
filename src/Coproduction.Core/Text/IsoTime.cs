using System.Globalization;
using System.Text.RegularExpressions;

namespace Coproduction.Text;

/// <summary>ISO 8601 times with an offset, as the snapshot and assessment formats write them.</summary>
public static partial class IsoTime
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

        // The shape first: .NET's own parsing is more lenient (a bare '.', no offset at all).
        return Shape().IsMatch(text)
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

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
