using System.Globalization;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Reads the times Office writes on comments. Some are UTC (Word's <c>dateUtc</c>, PowerPoint's modern
/// <c>created</c>, Excel's <c>dT</c>); some are the author's local time though written like UTC (Word's
/// <c>w:date</c>, with a <c>Z</c>) or with no zone at all (legacy PowerPoint's <c>dt</c>), and are taken
/// to be in the configured time zone. A time that cannot be read (LibreOffice writes
/// <c>0-00-00T00:00:00Z</c> for a comment with no date) is null, never a failure.
/// </summary>
internal static class CommentTimes
{
    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind;

    /// <summary>A time written as UTC, or with no zone meaning UTC; an explicit offset is honoured.</summary>
    public static DateTimeOffset? Utc(string? text) =>
        Parse(text) is { } time
            ? time.Kind == DateTimeKind.Local
                ? new DateTimeOffset(time).ToUniversalTime()
                : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))
            : null;

    /// <summary>
    /// A time written in the author's local time, whether it carries a <c>Z</c> or nothing; an explicit
    /// non-zero offset is honoured. A time that falls in the hour skipped when clocks go forward is taken
    /// at the standard offset; one in the hour repeated when they go back, as standard time (the later).
    /// </summary>
    public static DateTimeOffset? Local(string? text, TimeZoneInfo zone)
    {
        if (Parse(text) is not { } time)
        {
            return null;
        }
        if (HasOffset(text!))
        {
            return new DateTimeOffset(time).ToUniversalTime();
        }
        var wall = DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
        var utc = zone.IsInvalidTime(wall)
            ? DateTime.SpecifyKind(wall - zone.BaseUtcOffset, DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(wall, zone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }

    private static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = TrimFraction(text.Trim());
        return DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out var time) && time.Year > 1 ? time : null;
    }

    // LibreOffice writes nine digits of a second (2026-06-01T10:00:00.000000000), more than .NET reads: keep seven.
    private static string TrimFraction(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }
        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end - dot - 1 <= 7 ? text : string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
    }

    // "…Z" is not an offset here: in a local time it is what Word writes regardless.
    private static bool HasOffset(string text)
    {
        var t = text.AsSpan().Trim();
        var timeAt = t.IndexOf('T');
        if (timeAt < 0)
        {
            return false;
        }
        var clock = t[timeAt..];
        return clock.IndexOfAny('+', '-') >= 0;
    }
}
