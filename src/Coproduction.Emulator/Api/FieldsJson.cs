using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// An item's fields as Graph shows them: its columns' values, then SharePoint's own fields as a real
/// tenant gives them (tests/Evidence/graph-real/real-tenant/pnpcore/graph-batch.*). A single person or
/// lookup reads as <c>{Name}LookupId</c>, a string; several as <c>{Name}</c>, an array of
/// <c>{LookupId, LookupValue}</c> (and <c>Email</c> for people).
/// A document has <c>FileSizeDisplay</c> and no <c>Attachments</c>; an empty column is left out.
/// </summary>
internal static class FieldsJson
{
    public static JsonObject Fields(Site site, SharePointList list, ListItem item, FieldSelection selection, TenantVariant variant)
    {
        var all = Columns(site, list, item.Fields, item.ETag, list.IsLibrary ? item.FileName : null);
        all["id"] = item.Id.ToString(CultureInfo.InvariantCulture);
        all["ContentType"] = ItemJson.ContentType(list, item)["name"]!.GetValue<string>();
        all["Modified"] = GraphJson.Time(item.Modified);
        all["Created"] = GraphJson.Time(item.Created);
        People(all, site, item.CreatedBy, item.ModifiedBy);
        if (list.IsLibrary)
        {
            Library(all, list, item);
        }
        else
        {
            all["Attachments"] = false;
            all["Edit"] = string.Empty;
            if (item.Fields["Title"] is { } title)
            {
                all["LinkTitleNoMenu"] = title.DeepClone();
                all["LinkTitle"] = title.DeepClone();
            }

            all["ItemChildCount"] = "0";
            all["FolderChildCount"] = "0";
            Compliance(all);
        }

        all["_UIVersionString"] = $"{item.Version}.0";
        return selection.Apply(all);
    }

    /// <summary>
    /// A version's fields: its columns' values then, and who made it. No size: a list item version
    /// has none (recorded; $metadata agrees), the file's versions have it.
    /// </summary>
    public static JsonObject Version(Site site, SharePointList list, ListItem item, ItemVersion version)
    {
        var fields = Columns(site, list, version.Fields, null, list.IsLibrary ? item.FileName : null);
        fields["id"] = item.Id.ToString(CultureInfo.InvariantCulture);
        fields["Modified"] = GraphJson.Time(version.At);
        fields["Created"] = GraphJson.Time(item.Created);
        People(fields, site, item.CreatedBy, version.By);
        fields["_UIVersionString"] = version.Id;
        return fields;
    }

    private static JsonObject Columns(Site site, SharePointList list, JsonObject values, string? etag, string? fileName)
    {
        var fields = new JsonObject();
        if (etag is not null)
        {
            fields["@odata.etag"] = etag;
        }

        if (fileName is not null)
        {
            fields["FileLeafRef"] = fileName;
        }

        foreach (var column in list.Columns.Where(c => !c.BuiltIn || c.Name == "Title"))
        {
            if (values[column.Name] is { } value)
            {
                Write(fields, site, column, value);
            }
        }

        return fields;
    }

    /// <summary>Who created and last changed it; an application acting alone also as the app author and editor.</summary>
    private static void People(JsonObject fields, Site site, Actor author, Actor editor)
    {
        fields["AuthorLookupId"] = site.UserFor(author).LookupId.ToString(CultureInfo.InvariantCulture);
        fields["EditorLookupId"] = site.UserFor(editor).LookupId.ToString(CultureInfo.InvariantCulture);
        if (site.AppUserFor(author) is { } appAuthor)
        {
            fields["AppAuthorLookupId"] = appAuthor.LookupId.ToString(CultureInfo.InvariantCulture);
        }

        if (site.AppUserFor(editor) is { } appEditor)
        {
            fields["AppEditorLookupId"] = appEditor.LookupId.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void Library(JsonObject fields, SharePointList library, ListItem item)
    {
        var name = item.FileName ?? string.Empty;
        fields["_CheckinComment"] = string.Empty;
        fields["LinkFilenameNoMenu"] = name;
        fields["LinkFilename"] = name;
        if (!item.IsFolder)
        {
            fields["DocIcon"] = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
            fields["FileSizeDisplay"] = (item.Content?.LongLength ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        fields["ItemChildCount"] = library.Items.Values.Count(i => i.FolderId == item.Id && !i.IsFolder).ToString(CultureInfo.InvariantCulture);
        fields["FolderChildCount"] = library.Items.Values.Count(i => i.FolderId == item.Id && i.IsFolder).ToString(CultureInfo.InvariantCulture);
        Compliance(fields);
        fields["_CommentCount"] = string.Empty;
        fields["_LikeCount"] = string.Empty;
        fields["_DisplayName"] = string.Empty;
        fields["Edit"] = "0";
        if (!item.IsFolder)
        {
            fields["ParentVersionStringLookupId"] = item.Id.ToString(CultureInfo.InvariantCulture);
            fields["ParentLeafNameLookupId"] = item.Id.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void Compliance(JsonObject fields)
    {
        foreach (var name in new[] { "_ComplianceFlags", "_ComplianceTag", "_ComplianceTagWrittenTime", "_ComplianceTagUserId" })
        {
            fields[name] = string.Empty;
        }
    }

    private static void Write(JsonObject fields, Site site, ListColumn column, JsonNode value)
    {
        if (!column.IsLookup)
        {
            fields[column.Name] = value.DeepClone();
            return;
        }

        if (value is JsonArray many)
        {
            fields[column.Name] = new JsonArray([.. many.Select(id => (JsonNode?)LookupEntry(site, column, id!.GetValue<int>()))]);
            return;
        }

        fields[column.Name + "LookupId"] = value.GetValue<int>().ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject LookupEntry(Site site, ListColumn column, int id)
    {
        if (column.Kind == ColumnKind.PersonOrGroup)
        {
            var user = site.UserByLookupId(id);
            return new JsonObject { ["LookupId"] = id, ["LookupValue"] = user?.Title, ["Email"] = user?.Email };
        }

        var looked = column.LookupListId is { } listId && site.Lists.TryGetValue(listId, out var list) && list.Items.TryGetValue(id, out var item)
            ? item.Fields[column.LookupColumnName]?.ToString()
            : null;
        return new JsonObject { ["LookupId"] = id, ["LookupValue"] = looked };
    }
}
