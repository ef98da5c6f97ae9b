using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// Applies written fields to an item the way SharePoint checks them: each name must be a column,
/// each value of the column's type; person and lookup columns are written as <c>{Name}LookupId</c>,
/// one id or (with <c>{Name}LookupId@odata.type: Collection(Edm.String)</c>) an array of ids. As
/// reported of a real tenant (microsoft-graph-docs#19901): one person written as a number answers
/// "General exception while processing", and <c>{Name}LookupId</c> of a person column whose list also
/// has a text column <c>{Name}Id</c> fills that text column, not the person.
/// </summary>
internal static class FieldWriter
{
    private static readonly HashSet<string> ReadOnlyFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "ContentType", "Created", "Modified", "AuthorLookupId", "EditorLookupId", "AppAuthorLookupId", "AppEditorLookupId", "_UIVersionString", "Attachments", "FileSizeDisplay",
    };

    /// <returns>The problem, or null when every field was applied.</returns>
    public static string? Apply(Site site, SharePointList list, JsonObject fields, JsonObject written, TenantVariant variant)
    {
        var updated = (JsonObject)fields.DeepClone();
        foreach (var (name, value) in written)
        {
            if (name.Contains('@', StringComparison.Ordinal))
            {
                continue; // annotations such as AuthorsLookupId@odata.type
            }

            if (ReadOnlyFields.Contains(name) || list.Column(name) is { ReadOnly: true })
            {
                return $"Field '{name}' is read-only.";
            }

            if (name.Equals("FileLeafRef", StringComparison.OrdinalIgnoreCase))
            {
                return "Renaming a document through FileLeafRef is not served by the emulator.";
            }

            var problem = name.EndsWith("LookupId", StringComparison.Ordinal) && list.Column(name[..^8]) is { IsLookup: true } lookup
                ? OnePersonAsANumber(lookup, value) ?? (TextTwin(list, lookup) is { } twin ? Set(twin, updated, value, variant) : SetLookup(site, lookup, updated, value, variant))
                : list.Column(name) is { } column ? Set(column, updated, value, variant) : $"Field '{name}' is not recognized.";
            if (problem is not null)
            {
                return problem;
            }
        }

        // Only now, with every field valid, does the item change: a bad field changes nothing.
        fields.Clear();
        foreach (var (name, value) in updated)
        {
            fields[name] = value?.DeepClone();
        }

        return null;
    }

    private static string? Set(ListColumn column, JsonObject fields, JsonNode? value, TenantVariant variant)
    {
        if (value is null)
        {
            fields.Remove(column.Name);
            return null;
        }

        if (column.IsLookup)
        {
            return $"Field '{column.Name}' is a {GraphJson.Facet(column.Kind)} column: write its ids as '{column.Name}LookupId'.";
        }

        var kind = value.GetValueKind();
        var ok = column.Kind switch
        {
            ColumnKind.Text => kind == JsonValueKind.String,
            ColumnKind.Choice => kind == JsonValueKind.String && (column.AllowTextEntry || !variant.ChoicesTakeOnlyOffered || column.Choices.Contains(value.GetValue<string>())),
            ColumnKind.Number => kind == JsonValueKind.Number,
            ColumnKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            ColumnKind.DateTime => kind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            _ => false,
        };
        if (!ok)
        {
            return column.Kind == ColumnKind.Choice && kind == JsonValueKind.String
                ? $"Field '{column.Name}': '{value.GetValue<string>()}' is not one of its choices."
                : $"Field '{column.Name}' expects a {GraphJson.Facet(column.Kind)} value, not {value.ToJsonString()}.";
        }

        if (column is { Kind: ColumnKind.Text, AllowMultipleLines: false } && value.GetValue<string>().Length > ListColumn.SingleLineLength)
        {
            return $"Field '{column.Name}' is longer than {ListColumn.SingleLineLength} characters, the most a single line of text keeps.";
        }

        fields[column.Name] = column.Kind == ColumnKind.DateTime ? GraphJson.Time(Moment(column, value.GetValue<string>())) : value.DeepClone();
        return null;
    }

    /// <summary>A time as the column keeps it: a date-only column keeps the day, at midnight.</summary>
    private static DateTimeOffset Moment(ListColumn column, string text)
    {
        var at = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
        return column.DateFormat == "dateOnly" ? new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero) : at;
    }

    /// <summary>One person written as a number, not a string of digits: refused as reported (microsoft-graph-docs#19901).</summary>
    private static string? OnePersonAsANumber(ListColumn column, JsonNode? value) =>
        column is { Kind: ColumnKind.PersonOrGroup, AllowMultiple: false } && value?.GetValueKind() == JsonValueKind.Number ? "General exception while processing" : null;

    /// <summary>For one person's column <c>{Name}</c>, the list's text column <c>{Name}Id</c>, which a write of <c>{Name}LookupId</c> fills instead (reported).</summary>
    private static ListColumn? TextTwin(SharePointList list, ListColumn column) =>
        column is { Kind: ColumnKind.PersonOrGroup, AllowMultiple: false } && list.Column(column.Name + "Id") is { Kind: ColumnKind.Text, ReadOnly: false } twin ? twin : null;

    private static string? SetLookup(Site site, ListColumn column, JsonObject fields, JsonNode? value, TenantVariant variant)
    {
        if (value is null)
        {
            fields.Remove(column.Name);
            return null;
        }

        if (value is JsonArray many)
        {
            if (!column.AllowMultiple)
            {
                return $"Field '{column.Name}LookupId' takes one id, not several.";
            }

            var ids = new JsonArray();
            foreach (var entry in many)
            {
                if (Id(entry) is not { } id || Missing(site, column, id, variant))
                {
                    return $"Field '{column.Name}LookupId': {entry?.ToJsonString() ?? "null"} is not the id of {Target(column)}.";
                }

                ids.Add(id);
            }

            fields[column.Name] = ids;
            return null;
        }

        if (Id(value) is not { } single || Missing(site, column, single, variant))
        {
            return $"Field '{column.Name}LookupId': {value.ToJsonString()} is not the id of {Target(column)}.";
        }

        fields[column.Name] = column.AllowMultiple ? new JsonArray(single) : JsonValue.Create(single);
        return null;
    }

    private static int? Id(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number when node.AsValue().TryGetValue<int>(out var n) => n,
        JsonValueKind.String when int.TryParse(node.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>Whether an id names nothing a column takes: for a person, no entry of the site's users, where the variant checks that.</summary>
    private static bool Missing(Site site, ListColumn column, int id, TenantVariant variant) => column.Kind == ColumnKind.PersonOrGroup
        ? variant.PersonColumnsTakeOnlySiteUsers && site.UserByLookupId(id) is null
        : column.LookupListId is not { } listId || !site.Lists.TryGetValue(listId, out var list) || !list.Items.ContainsKey(id);

    private static string Target(ListColumn column) =>
        column.Kind == ColumnKind.PersonOrGroup ? "a user of the site" : "an item of the list it looks up";
}
