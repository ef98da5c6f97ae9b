using System.Globalization;
using System.Xml.Linq;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Formatting;

/// <summary>A condition of a view's query, on one column (which the view then shows).</summary>
/// <param name="Column">The column the condition reads.</param>
/// <param name="Element">The CAML comparison.</param>
internal sealed record CamlCondition(SiteColumn Column, XElement Element);

/// <summary>
/// A view's query in CAML, built as XML (so it is always well-formed) from the schema's columns (so it
/// names only columns there are): what a view's <c>ViewQuery</c> holds, the inside of its <c>Query</c>.
/// </summary>
internal static class Caml
{
    /// <summary>A yes/no column holding a value (<c>Value Type="Boolean"</c> is 1 or 0).</summary>
    public static CamlCondition Is(SiteColumn<bool?> column, bool value) =>
        new(column, new XElement("Eq", FieldRef(column.Name), Value("Boolean", value ? "1" : "0")));

    /// <summary>A number column above a number.</summary>
    public static CamlCondition Above(SiteColumn<int?> column, int value) =>
        new(column, new XElement("Gt", FieldRef(column.Name), Value("Number", value.ToString(CultureInfo.InvariantCulture))));

    /// <summary>A choice column holding a label.</summary>
    public static CamlCondition Is(SiteColumn column, string label) =>
        new(column, new XElement("Eq", FieldRef(column.Name), Value("Choice", label)));

    /// <summary>
    /// A view's query: the items meeting any of <paramref name="anyOf"/>, grouped by a column if given, in
    /// the order given. CAML's <c>Or</c> takes two conditions, so more are nested.
    /// </summary>
    public static string Query(IReadOnlyList<CamlCondition> anyOf, IReadOnlyList<(SiteColumn Column, bool Ascending)> orderBy, SiteColumn? groupBy = null)
    {
        var parts = new List<XElement> { new("Where", AnyOf(anyOf)) };
        if (groupBy is not null)
        {
            // Expanded: the groups are what the view is for.
            parts.Add(new XElement("GroupBy", new XAttribute("Collapse", "FALSE"), new XAttribute("GroupLimit", "100"), FieldRef(groupBy.Name)));
        }

        parts.Add(new XElement("OrderBy", orderBy.Select(o => new XElement("FieldRef", new XAttribute("Name", o.Column.Name), new XAttribute("Ascending", o.Ascending ? "TRUE" : "FALSE")))));
        return string.Concat(parts.Select(p => p.ToString(SaveOptions.DisableFormatting)));
    }

    private static XElement AnyOf(IReadOnlyList<CamlCondition> conditions) => conditions.Count switch
    {
        0 => throw new ArgumentException("A view's query needs a condition.", nameof(conditions)),
        1 => conditions[0].Element,
        _ => new XElement("Or", conditions[0].Element, AnyOf([.. conditions.Skip(1)])),
    };

    private static XElement FieldRef(string name) => new("FieldRef", new XAttribute("Name", name));

    private static XElement Value(string type, string value) => new("Value", new XAttribute("Type", type), value);
}
