using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Writing;

/// <summary>
/// Values to write to an item, column by column through the schema's typed columns:
/// <c>new FieldSet().Set(CoursesList.Stage, Stage.Development)</c>. A value set again replaces the
/// first; a null (or empty) value empties the column.
/// </summary>
public sealed class FieldSet
{
    private readonly List<(SiteColumn Column, object? Value)> _values = [];

    /// <summary>How many columns are set.</summary>
    public int Count => _values.Count;

    /// <summary>The columns set, in the order they were set.</summary>
    public IEnumerable<SiteColumn> Columns => _values.Select(v => v.Column);

    /// <summary>Sets a column's value.</summary>
    /// <typeparam name="T">The column's type.</typeparam>
    /// <param name="column">The column.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This set, to set more.</returns>
    public FieldSet Set<T>(SiteColumn<T> column, T value)
    {
        ArgumentNullException.ThrowIfNull(column);
        var at = _values.FindIndex(v => v.Column.Name == column.Name);
        if (at >= 0)
        {
            _values[at] = (column, value);
        }
        else
        {
            _values.Add((column, value));
        }

        return this;
    }

    /// <summary>A column's value as set, or its empty value when it is not set.</summary>
    /// <typeparam name="T">The column's type.</typeparam>
    /// <param name="column">The column.</param>
    public T? Get<T>(SiteColumn<T> column) => _values.FirstOrDefault(v => v.Column.Name == column?.Name).Value is T value ? value : default;

    /// <summary>Whether a column is set.</summary>
    /// <param name="column">The column.</param>
    public bool Contains(SiteColumn column) => _values.Any(v => v.Column.Name == column?.Name);

    /// <summary>The values that differ from what an item holds: what a write to it needs to send (none when nothing differs).</summary>
    /// <param name="current">The item's fields.</param>
    public FieldSet ChangedFrom(SiteFields current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var changed = new FieldSet();
        changed._values.AddRange(_values.Where(v => v.Column.Differs(current, v.Value)));
        return changed;
    }

    /// <summary>
    /// What the values say, as a hex SHA-256 over each column's Graph value in order of name: the same
    /// values give the same fingerprint in every process and release.
    /// </summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
        ToGraph().OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new KeyValuePair<string, object?>(v.Key, v.Value))))));

    /// <summary>Values by their field names, as a form sends them: for tests that act as staff would.</summary>
    internal static FieldSet FromGraph(IReadOnlyDictionary<string, object?> values)
    {
        var set = new FieldSet();
        set._values.AddRange(values.Select(v => ((SiteColumn)new SiteColumn<object?>(new ColumnSchema(v.Key, v.Key, ColumnType.Text), v.Key, (f, n) => f.Raw(n), x => x), v.Value)));
        return set;
    }

    /// <summary>Each column set, with its value as Graph takes it.</summary>
    internal IEnumerable<(SiteColumn Column, object? Value)> Entries() => _values.Select(v => (v.Column, v.Column.ToGraph(v.Value)));

    /// <summary>The values as Graph takes them, by field name (lookups as <c>{Name}LookupId</c>); an empty one as null.</summary>
    internal IReadOnlyDictionary<string, object?> ToGraph() =>
        _values.ToDictionary(v => v.Column.FieldName, v => v.Column.ToGraph(v.Value), StringComparer.Ordinal);
}
