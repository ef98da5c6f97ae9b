using System.Globalization;

namespace Coproduction.Text;

/// <summary>Small helpers for the plain-English sentences of reasons and flag messages.</summary>
internal static class English
{
    /// <summary>"1 core member", "3 core members".</summary>
    public static string Count(int n, string noun, string? plural = null) =>
        n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {plural ?? noun + "s"}";

    /// <summary>"72%", rounded down so that a share just under a threshold never reads as reaching it.</summary>
    public static string Percent(double share) =>
        $"{Math.Floor((share * 100) + 1e-9).ToString(CultureInfo.InvariantCulture)}%"; // 29/50 * 100 is 57.99999…: the nudge undoes the binary fraction

    /// <summary>The text with its first letter in upper case, for a sentence that starts with a count.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"2 March 2026", in UTC so that the same input gives the same words.</summary>
    public static string Date(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A material or decision named for a person: its title or summary in quotes, then its id.</summary>
    public static string Named(string text, string id) => $"\u201C{text}\u201D ({id})";

    /// <summary>"a, b and c", listing at most <paramref name="limit"/> items and counting the rest.</summary>
    public static string List(IReadOnlyList<string> items, int limit = 5)
    {
        var shown = items.Take(limit).ToList();
        var rest = items.Count - shown.Count;
        if (rest > 0)
        {
            return $"{string.Join(", ", shown)} and {rest.ToString(CultureInfo.InvariantCulture)} more";
        }

        return shown.Count <= 1 ? string.Concat(shown) : $"{string.Join(", ", shown[..^1])} and {shown[^1]}";
    }
}
