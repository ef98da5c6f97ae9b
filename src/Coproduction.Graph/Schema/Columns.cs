using Coproduction.Graph.Mapping;
using Coproduction.Text;

namespace Coproduction.Graph.Schema;

/// <summary>
/// The kinds of column the schema declares, each with how its value reads and writes: the one place
/// that knows Graph's shapes (a lookup or a person as <c>{Name}LookupId</c>, several as <c>{Name}</c> of
/// <c>{LookupId, LookupValue}</c>, a choice as its label, a time as <see cref="GraphTime"/>, tags joined by "; ").
/// </summary>
internal static class Columns
{
    public static SiteColumn<string?> Text(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.Text) { Description = description }, name, (f, n) => f.Text(n), v => v);

    public static SiteColumn<string?> Note(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.MultilineText) { Description = description }, name, (f, n) => f.Text(n), v => v);

    public static SiteColumn<int?> Integer(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.Number) { Description = description }, name, (f, n) => f.Number(n) is { } d ? (int)d : null, v => v is { } i ? (double)i : null);

    public static SiteColumn<bool?> Boolean(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.Boolean) { Description = description }, name, (f, n) => f.Boolean(n), v => v);

    public static SiteColumn<DateTimeOffset?> Time(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.DateTime) { Description = description }, name, (f, n) => f.Time(n), v => v is { } at ? GraphTime.Format(at) : null);

    /// <summary>A choice of an enum's values, by the labels <see cref="SnapshotWords"/> declares.</summary>
    public static SiteColumn<TEnum?> Choice<TEnum>(string name, string displayName)
        where TEnum : struct, Enum =>
        new(new ColumnSchema(name, displayName, ColumnType.Choice) { Choices = SnapshotWords.Labels<TEnum>() }, name, (f, n) => f.Text(n) switch
        {
            null => null,
            var label when SnapshotWords.TryParseLabel<TEnum>(label, out var value) => value,
            _ => throw new DataProblemException(n, "holds a value that is not one of its choices"),
        }, v => v is { } value ? SnapshotWords.Label(value) : null);

    /// <summary>A choice of values with labels of their own, such as a checklist item by its description.</summary>
    public static SiteColumn<T?> Choice<T>(string name, string displayName, IReadOnlyList<T> values, Func<T, string> label)
        where T : struct
    {
        var byLabel = values.ToDictionary(label, v => v, StringComparer.Ordinal);
        return new(new ColumnSchema(name, displayName, ColumnType.Choice) { Choices = [.. byLabel.Keys] }, name, (f, n) => f.Text(n) switch
        {
            null => null,
            var text when byLabel.TryGetValue(text, out var value) => value,
            _ => throw new DataProblemException(n, "holds a value that is not one of its choices"),
        }, v => v is { } value ? label(value) : null);
    }

    /// <summary>A choice of fixed labels, read as the label.</summary>
    public static SiteColumn<string?> Labels(string name, string displayName, IReadOnlyList<string> choices) =>
        new(new ColumnSchema(name, displayName, ColumnType.Choice) { Choices = choices }, name, (f, n) => f.Text(n) switch
        {
            null => null,
            var label when choices.Contains(label, StringComparer.Ordinal) => label,
            _ => throw new DataProblemException(n, "holds a value that is not one of its choices"),
        }, v => v);

    /// <summary>A lookup to one item of another list, read and written as the item's id.</summary>
    public static SiteColumn<string?> Lookup(string name, string displayName, string list, string? shown = null, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.Lookup) { LookupList = list, LookupColumn = shown, Description = description }, SharePointFields.LookupField(name), (f, n) => f.LookupId(n), v => v);

    /// <summary>
    /// A person column (people only, one person), read and written as the lookup id of the person's
    /// entry in the site's user information list, under <c>{Name}LookupId</c> as Graph reads and writes
    /// a single person: a string of digits. Name it so that the list has no column <c>{Name}Id</c>: a
    /// write of <c>{Name}LookupId</c> has been seen to fill such a text column instead of the person.
    /// </summary>
    public static SiteColumn<string?> Person(string name, string displayName, string description = "") =>
        new(new ColumnSchema(name, displayName, ColumnType.Person) { Description = description }, SharePointFields.LookupField(name), (f, n) => f.LookupId(n), v => v);

    /// <summary>A lookup to several items of another list, read and written as their ids.</summary>
    public static SiteColumn<IReadOnlyList<string>> Lookups(string name, string displayName, string list) =>
        new(new ColumnSchema(name, displayName, ColumnType.Lookup) { LookupList = list, AllowMultiple = true }, SharePointFields.LookupField(name), (f, n) => f.LookupIds(n), v => (v ?? []).ToList(), Sequence.Instance);

    /// <summary>Tags in a single line of text, separated by semicolons; none is an empty column.</summary>
    public static SiteColumn<IReadOnlyList<string>> Tags(string name, string displayName, string description) =>
        new(new ColumnSchema(name, displayName, ColumnType.Text) { Description = description }, name, (f, n) => TagsOf(f.Text(n)),
            v => v is { Count: > 0 } tags ? string.Join("; ", tags) : null, Sequence.Instance);

    public static SiteColumn<T> WrittenByWorker<T>(this SiteColumn<T> column) => column.With(column.Schema with { WrittenByWorker = true });

    /// <summary>The column as added by a later schema version.</summary>
    public static SiteColumn<T> Since<T>(this SiteColumn<T> column, int version) => column.With(column.Schema with { Since = version });

    public static IReadOnlyList<string> TagsOf(string? text) =>
        text?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private sealed class Sequence : IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly Sequence Instance = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) => (x ?? []).SequenceEqual(y ?? [], StringComparer.Ordinal);

        public int GetHashCode(IReadOnlyList<string> obj) => obj.Count;
    }
}
