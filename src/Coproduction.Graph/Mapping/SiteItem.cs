using System.Globalization;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A list item as read, with typed readers for its fields. A reader that finds a value missing or of
/// the wrong kind throws <see cref="DataProblemException"/> naming the column, so that the item is
/// reported and skipped. Problems never quote the value: it may be something a person typed.
/// </summary>
internal sealed record SiteItem(string Id, IReadOnlyDictionary<string, object?> Fields)
{
    public string? Text(string column) => Fields.GetValueOrDefault(column) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        _ => throw new DataProblemException(column, "is not text"),
    };

    public string RequiredText(string column) => Text(column) ?? throw new DataProblemException(column, "is empty; it is required");

    public double? Number(string column) => Fields.GetValueOrDefault(column) switch
    {
        null => null,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new DataProblemException(column, "is not a number"),
    };

    public bool? Boolean(string column) => Fields.GetValueOrDefault(column) switch
    {
        null => null,
        bool b => b,
        _ => throw new DataProblemException(column, "is not yes or no"),
    };

    public DateTimeOffset Time(string column) => Text(column) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new DataProblemException(column, "is not a date and time");

    /// <summary>A single lookup's id, read from <c>{column}LookupId</c>.</summary>
    public string? LookupId(string column) => Fields.GetValueOrDefault(column + "LookupId") switch
    {
        null => null,
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => throw new DataProblemException(column, "is not a lookup id"),
    };

    /// <summary>Several lookups' ids, read from <c>{column}</c>: an array of <c>{LookupId, LookupValue}</c>.</summary>
    public IReadOnlyList<string> LookupIds(string column) => Fields.GetValueOrDefault(column) switch
    {
        null => [],
        IEnumerable<object?> entries => entries.Select(e => e is IReadOnlyDictionary<string, object?> entry && entry.GetValueOrDefault("LookupId") is double id
            ? id.ToString(CultureInfo.InvariantCulture)
            : throw new DataProblemException(column, "holds a value that is not a lookup")).ToList(),
        _ => throw new DataProblemException(column, "is not a list of lookups"),
    };

    public TEnum Choice<TEnum>(string column)
        where TEnum : struct, Enum => OptionalChoice<TEnum>(column) ?? throw new DataProblemException(column, "is empty; it is required");

    public TEnum? OptionalChoice<TEnum>(string column)
        where TEnum : struct, Enum => Text(column) is not { } label ? null
        : Coproduction.Text.SnapshotWords.TryParseLabel<TEnum>(label, out var value) ? value
        : throw new DataProblemException(column, "holds a value that is not one of its choices");

    public static IReadOnlyList<string> Tags(string? text) =>
        text?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
