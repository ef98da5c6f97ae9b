using Coproduction.Graph.Mapping;

namespace Coproduction.Graph.Schema;

/// <summary>
/// A column of a list as code reads and writes it: its definition, the name its value has in an item's
/// fields, and how that value becomes a .NET value and back. Each list's columns are declared once, in
/// <c>Schema/Lists</c>; nothing else names a column.
/// </summary>
public abstract class SiteColumn
{
    private protected SiteColumn(ColumnSchema schema, string fieldName)
    {
        Schema = schema;
        FieldName = fieldName;
    }

    /// <summary>The column's definition, as provisioned.</summary>
    public ColumnSchema Schema { get; }

    /// <summary>The column's internal name, such as <c>CourseId</c>.</summary>
    public string Name => Schema.Name;

    /// <summary>The name its value is written under in an item's fields: <c>{Name}LookupId</c> for a lookup, else its name.</summary>
    internal string FieldName { get; }

    /// <summary>A value of this column as Graph takes it.</summary>
    internal abstract object? ToGraph(object? value);

    /// <summary>Whether an item's fields hold something other than the value (one that cannot be read differs from any).</summary>
    internal abstract bool Differs(SiteFields current, object? value);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A column whose values read and write as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The .NET type of its values, null (or empty) where the column is empty.</typeparam>
public sealed class SiteColumn<T> : SiteColumn
{
    private readonly Func<SiteFields, string, T> _read;
    private readonly Func<T, object?> _write;
    private readonly IEqualityComparer<T> _comparer;

    internal SiteColumn(ColumnSchema schema, string fieldName, Func<SiteFields, string, T> read, Func<T, object?> write, IEqualityComparer<T>? comparer = null)
        : base(schema, fieldName)
    {
        _read = read;
        _write = write;
        _comparer = comparer ?? EqualityComparer<T>.Default;
    }

    /// <summary>Reads the column's value from an item's fields.</summary>
    /// <exception cref="DataProblemException">The value is not of the column's kind.</exception>
    internal T Read(SiteFields fields) => _read(fields, Name);

    internal override object? ToGraph(object? value) => _write((T)value!);

    /// <summary>The same column with another definition (such as written by the worker).</summary>
    internal SiteColumn<T> With(ColumnSchema schema) => new(schema, FieldName, _read, _write, _comparer);

    /// <summary>
    /// Compared as the site would hold each: the wanted value is written and read back first, so that a
    /// time with fractions of a second (the site keeps seconds) or blank text (the site keeps none) is
    /// the value the item already holds, and is not written again for nothing.
    /// </summary>
    internal override bool Differs(SiteFields current, object? value)
    {
        try
        {
            return !_comparer.Equals(Read(current), Read(SiteFields.Empty.With(new Writing.FieldSet().Set(this, (T)value!))));
        }
        catch (DataProblemException)
        {
            return true;
        }
    }
}
