using System.Globalization;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Whether writing a value would change an item: a write that changes nothing is not sent. Values
/// are compared as Graph gives them back: lookups through their ids, times as instants, numbers as numbers.
/// </summary>
internal static class FieldComparison
{
    public static bool Differs(SiteItem existing, string name, object? desired)
    {
        if (name.EndsWith("LookupId", StringComparison.Ordinal))
        {
            var column = name[..^8];
            return desired is IEnumerable<string> many
                ? !existing.LookupIds(column).SequenceEqual(many)
                : existing.LookupId(column) != (string?)desired;
        }

        var current = existing.Fields.GetValueOrDefault(name);
        return (current, desired) switch
        {
            (null, null) => false,
            (null, string s) => s.Length > 0,
            (string s, null) => s.Length > 0,
            (double a, int b) => a != b,
            (double a, double b) => a != b,
            (bool a, bool b) => a != b,
            (string a, string b) when IsTime(a, out var x) && IsTime(b, out var y) => x != y,
            (string a, string b) => !string.Equals(a, b, StringComparison.Ordinal),
            _ => true,
        };
    }

    private static bool IsTime(string text, out DateTimeOffset time)
    {
        time = default;
        return text.Length >= 19 && text[4] == '-' && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
