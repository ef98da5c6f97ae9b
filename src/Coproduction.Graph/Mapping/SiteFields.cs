using System.Globalization;
using System.Text.Json;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// An item's fields as Graph gives them, read through the schema's columns: <c>fields.Get(CoursesList.Stage)</c>
/// is a <see cref="Coproduction.Model.Stage"/>, a lookup is its item's id whether Graph sent a string or a
/// number, a time is a <see cref="DateTimeOffset"/>. Immutable.
/// </summary>
public sealed class SiteFields
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    internal SiteFields(IReadOnlyDictionary<string, object?> values) => _values = values;

    /// <summary>No fields: a deleted item's.</summary>
    public static SiteFields Empty { get; } = new(new Dictionary<string, object?>());

    /// <summary>Whether there are no fields at all.</summary>
    public bool IsEmpty => _values.Count == 0;

    /// <summary>A column's value.</summary>
    /// <typeparam name="T">The column's type.</typeparam>
    /// <param name="column">The column, such as <c>CoursesList.Stage</c>.</param>
    /// <exception cref="CoproductionGraphException">The value is not of the column's kind (error code <c>invalidValue</c>); the message names the column, never the value.</exception>
    public T Get<T>(SiteColumn<T> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        try
        {
            return column.Read(this);
        }
        catch (DataProblemException ex)
        {
            throw new CoproductionGraphException($"The column {ex.Column} {ex.Problem}", null, "invalidValue", ex);
        }
    }

    /// <summary>A column's value, or the column's empty value (null, or no items) when it cannot be read.</summary>
    /// <typeparam name="T">The column's type.</typeparam>
    /// <param name="column">The column.</param>
    public T? Find<T>(SiteColumn<T> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        try
        {
            return column.Read(this);
        }
        catch (DataProblemException)
        {
            return default;
        }
    }

    /// <summary>The fields as a JSON object, for a copy kept by the caller (<see cref="FromJson"/> reads it back).</summary>
    public string ToJson() => JsonSerializer.Serialize(_values);

    /// <summary>Fields written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON object.</param>
    public static SiteFields FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new((IReadOnlyDictionary<string, object?>)FieldJson.Plain(document.RootElement)!);
    }

    /// <summary>The fields with some values set as a write sets them: what the item holds once the write is made.</summary>
    /// <param name="write">The write.</param>
    public SiteFields With(Writing.FieldSet write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var values = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (column, value) in write.Entries())
        {
            if (column.Schema.AllowMultiple)
            {
                // Several lookups read back as Graph gives them: {Name} holding {LookupId} entries.
                values[column.Name] = ((IEnumerable<string>?)value ?? []).Select(id => (object?)new Dictionary<string, object?> { [SharePointFields.LookupEntryId] = id }).ToList();
            }
            else
            {
                values[column.FieldName] = value;
            }
        }

        return new(values);
    }

    /// <summary>A raw value, by its field name.</summary>
    internal object? Raw(string name) => _values.GetValueOrDefault(name);

    // Raw access by field name, for this library's tests and the worker's: code reads through columns.
    internal object? this[string name] => _values[name];

    internal object? GetValueOrDefault(string name) => Raw(name);

    internal bool ContainsKey(string name) => _values.ContainsKey(name);

    internal IReadOnlyDictionary<string, object?> Values => _values;

    internal string? Text(string column) => Raw(column) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        _ => throw new DataProblemException(column, "is not text"),
    };

    internal double? Number(string column) => Raw(column) switch
    {
        null => null,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new DataProblemException(column, "is not a number"),
    };

    internal bool? Boolean(string column) => Raw(column) switch
    {
        null => null,
        bool b => b,
        _ => throw new DataProblemException(column, "is not yes or no"),
    };

    internal DateTimeOffset? Time(string column) => Text(column) switch
    {
        null => null,
        var text when GraphTime.TryParse(text, out var at) => at,
        _ => throw new DataProblemException(column, "is not a date and time"),
    };

    /// <summary>A single lookup's id, read from <c>{column}LookupId</c>: Graph writes a string of digits, a copy may hold a number.</summary>
    internal string? LookupId(string column) => Raw(SharePointFields.LookupField(column)) switch
    {
        null => null,
        string { Length: 0 } => null,
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => throw new DataProblemException(column, "is not a lookup id"),
    };

    /// <summary>Several lookups' ids, read from <c>{column}</c>: an array of <c>{LookupId, LookupValue}</c>.</summary>
    internal IReadOnlyList<string> LookupIds(string column) => Raw(column) switch
    {
        null => [],
        IEnumerable<object?> entries => entries.Select(e => e is IReadOnlyDictionary<string, object?> entry && LookupIdOf(entry.GetValueOrDefault(SharePointFields.LookupEntryId)) is { } id
            ? id
            : throw new DataProblemException(column, "holds a value that is not a lookup")).ToList(),
        _ => throw new DataProblemException(column, "is not a list of lookups"),
    };

    private static string? LookupIdOf(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        string { Length: > 0 } s => s,
        _ => null,
    };
}
