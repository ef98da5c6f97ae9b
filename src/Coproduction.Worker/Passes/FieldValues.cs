using System.Globalization;

namespace Coproduction.Worker.Passes;

/// <summary>Whether a value the worker would write equals what an item holds (numbers as numbers, times as instants), so that nothing is written for nothing.</summary>
internal static class FieldValues
{
    public static bool Same(object? current, object? desired) => (current, desired) switch
    {
        (null, null) => true,
        (double a, int b) => a == b,
        (double a, double b) => a == b,
        (bool a, bool b) => a == b,
        (string a, string b) when Time(a) is { } x && Time(b) is { } y => x == y,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>A lookup's id as a field holds it (Graph writes a string of digits; a copy may hold a number); null when there is none.</summary>
    public static string? LookupId(object? value) => value switch
    {
        string { Length: > 0 } id => id,
        double id => id.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(string text) =>
        text.Length >= 19 && text[4] == '-' && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
