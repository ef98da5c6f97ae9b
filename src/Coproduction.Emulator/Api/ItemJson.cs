using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// List items and documents as Graph shows them. Fields follow SharePoint through Graph: a single
/// person or lookup as <c>{Name}LookupId</c> (a string, and for a lookup also <c>{Name}</c>, the value
/// looked up); several as <c>{Name}</c>, an array of <c>{LookupId, LookupValue}</c> (and <c>Email</c> for people).
/// </summary>
internal static class ItemJson
{
    public static JsonObject Item(Site site, SharePointList list, ListItem item, FieldSelection? fields)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = item.ETag,
            ["eTag"] = item.ETag,
            ["createdDateTime"] = GraphJson.Time(item.Created),
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = GraphJson.Time(item.Modified),
            ["webUrl"] = WebUrl(site, list, item),
            ["createdBy"] = GraphJson.Identity(item.CreatedBy),
            ["lastModifiedBy"] = GraphJson.Identity(item.ModifiedBy),
            ["parentReference"] = new JsonObject { ["id"] = list.Id, ["path"] = Uri.EscapeDataString(list.DisplayName), ["siteId"] = site.Id },
            ["contentType"] = ContentType(list),
        };
        if (fields is not null)
        {
            json["fields"] = Fields(site, list, item, fields);
        }

        return json;
    }

    public static JsonObject Fields(Site site, SharePointList list, ListItem item, FieldSelection selection)
    {
        var all = new JsonObject { ["@odata.etag"] = item.ETag };
        foreach (var column in list.Columns)
        {
            if (item.Fields[column.Name] is { } value)
            {
                Write(all, site, column, value);
            }
        }

        all["id"] = item.Id.ToString(CultureInfo.InvariantCulture);
        all["ContentType"] = list.IsLibrary ? "Document" : "Item";
        all["Modified"] = GraphJson.Time(item.Modified);
        all["Created"] = GraphJson.Time(item.Created);
        all["AuthorLookupId"] = site.UserFor(item.CreatedBy).LookupId.ToString(CultureInfo.InvariantCulture);
        all["EditorLookupId"] = site.UserFor(item.ModifiedBy).LookupId.ToString(CultureInfo.InvariantCulture);
        all["_UIVersionString"] = $"{item.Version}.0";
        all["Attachments"] = false;
        if (list.IsLibrary)
        {
            all["FileLeafRef"] = item.FileName;
            all["FileSizeDisplay"] = (item.Content?.LongLength ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        return selection.Apply(all);
    }

    public static JsonObject DriveItem(Site site, SharePointList library, ListItem item) => new()
    {
        ["@odata.etag"] = item.ETag,
        ["eTag"] = item.ETag,
        ["cTag"] = $"\"c:{{{item.UniqueId.ToString().ToUpperInvariant()}}},{item.Versions.Count(v => v.ContentChanged)}\"",
        ["id"] = item.DriveItemId,
        ["name"] = item.FileName,
        ["size"] = item.Content?.LongLength ?? 0,
        ["createdDateTime"] = GraphJson.Time(item.Created),
        ["lastModifiedDateTime"] = GraphJson.Time(item.Modified),
        ["webUrl"] = WebUrl(site, library, item),
        ["createdBy"] = GraphJson.Identity(item.CreatedBy),
        ["lastModifiedBy"] = GraphJson.Identity(item.ModifiedBy),
        ["parentReference"] = new JsonObject { ["driveId"] = library.DriveId, ["driveType"] = "documentLibrary", ["id"] = RootId(library), ["path"] = "/drive/root:", ["siteId"] = site.Id },
        ["file"] = new JsonObject { ["mimeType"] = MimeType(item.FileName) },
    };

    public static JsonObject ContentType(SharePointList list) =>
        new() { ["id"] = list.IsLibrary ? "0x0101" : "0x01", ["name"] = list.IsLibrary ? "Document" : "Item" };

    public static string RootId(SharePointList library) => $"01ROOT{library.Id.Replace("-", string.Empty, StringComparison.Ordinal)[..26]}".ToUpperInvariant();

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

        var single = value.GetValue<int>();
        if (column.Kind == ColumnKind.Lookup)
        {
            fields[column.Name] = LookupEntry(site, column, single)["LookupValue"]?.DeepClone();
        }

        fields[column.Name + "LookupId"] = single.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonObject LookupEntry(Site site, ListColumn column, int id)
    {
        if (column.Kind == ColumnKind.PersonOrGroup)
        {
            var user = site.UserByLookupId(id);
            return new JsonObject { ["LookupId"] = id, ["LookupValue"] = user?.Actor.DisplayName, ["Email"] = user?.Actor.Email };
        }

        var looked = column.LookupListId is { } listId && site.Lists.TryGetValue(listId, out var list) && list.Items.TryGetValue(id, out var item)
            ? item.Fields[column.LookupColumnName]?.ToString()
            : null;
        return new JsonObject { ["LookupId"] = id, ["LookupValue"] = looked };
    }

    private static string WebUrl(Site site, SharePointList list, ListItem item) => list.IsLibrary
        ? $"{site.WebUrl}/{Uri.EscapeDataString(list.Name)}/{Uri.EscapeDataString(item.FileName ?? string.Empty)}"
        : $"{site.WebUrl}/Lists/{Uri.EscapeDataString(list.Name)}/DispForm.aspx?ID={item.Id}";

    private static string MimeType(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".md" => "text/markdown",
        ".json" => "application/json",
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/octet-stream",
    };
}
