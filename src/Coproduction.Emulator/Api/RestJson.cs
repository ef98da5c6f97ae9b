using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Columns and views as SharePoint's REST API shows them without metadata: the properties recorded
/// (pnp/pnpcore's recordings of a field and of a view made through <c>views/add</c>) that the slice served needs.
/// </summary>
internal static class RestJson
{
    public static JsonObject Field(ListColumn column)
    {
        var (kind, type) = column.Kind switch
        {
            ColumnKind.Text when column.AllowMultipleLines => (3, "Note"),
            ColumnKind.Text => (2, "Text"),
            ColumnKind.DateTime => (4, "DateTime"),
            ColumnKind.Choice => (6, "Choice"),
            ColumnKind.Lookup => (7, column.AllowMultiple ? "LookupMulti" : "Lookup"),
            ColumnKind.Boolean => (8, "Boolean"),
            ColumnKind.Number => (9, "Number"),
            ColumnKind.PersonOrGroup => (20, column.AllowMultiple ? "UserMulti" : "User"),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, null),
        };
        return new JsonObject
        {
            ["CustomFormatter"] = column.CustomFormatter,
            ["Description"] = column.Description,
            ["Group"] = column.ColumnGroup,
            ["Hidden"] = column.Hidden,
            ["Id"] = column.Id,
            ["InternalName"] = column.Name,
            ["ReadOnlyField"] = column.ReadOnly,
            ["Required"] = column.Required,
            ["StaticName"] = column.Name,
            ["Title"] = column.DisplayName,
            ["FieldTypeKind"] = kind,
            ["TypeAsString"] = type,
        };
    }

    /// <summary>A view; with its fields (<c>$expand=ViewFields</c>) as recorded, their CAML and their names.</summary>
    public static JsonObject View(Site site, SharePointList list, ListView view, bool withFields)
    {
        var page = $"{view.Title.Replace(" ", string.Empty, StringComparison.Ordinal)}.aspx";
        var url = list.IsLibrary ? $"{site.Path}/{list.Name}/Forms/{page}" : $"{site.Path}/Lists/{list.Name}/{page}";
        var json = new JsonObject
        {
            ["CustomFormatter"] = null,
            ["DefaultView"] = view.DefaultView,
            ["Hidden"] = false,
            ["Id"] = view.Id,
            ["Paged"] = view.Paged,
            ["PersonalView"] = view.PersonalView,
            ["ViewQuery"] = view.ViewQuery,
            ["RowLimit"] = view.RowLimit,
            ["ServerRelativeUrl"] = url,
            ["Title"] = view.Title,
            ["ViewType"] = "HTML",
        };
        if (withFields)
        {
            json["ViewFields"] = new JsonObject
            {
                ["SchemaXml"] = string.Concat(view.Fields.Select(f => $"<FieldRef Name=\"{f}\" />")),
                ["Items"] = new JsonArray([.. view.Fields.Select(f => (JsonNode)f)]),
            };
        }

        return json;
    }

    /// <summary>An entity with only the properties <c>$select</c> names (and what is expanded), where it names any.</summary>
    public static JsonObject Selected(JsonObject json, string? select, params string[] expanded)
    {
        if (select is null)
        {
            return json;
        }

        var keep = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(expanded).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in json.Select(p => p.Key).Where(n => !keep.Contains(n)).ToList())
        {
            json.Remove(name);
        }

        return json;
    }
}
