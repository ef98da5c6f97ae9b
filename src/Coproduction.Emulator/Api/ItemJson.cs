using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>
/// List items and documents as Graph shows them, member by member as recorded from SharePoint Online
/// (../shared/graph-real/real-tenant/pnpcore): a list item's eTag is <c>"guid,N"</c>, the same file's
/// as a drive item <c>"{GUID},N"</c>; a list item in delta carries no <c>lastModifiedBy</c>; a drive
/// item's people carry no <c>id</c>. Fields are in <see cref="FieldsJson"/>.
/// </summary>
internal static class ItemJson
{
    /// <summary>An item as <c>GET …/items/{id}</c> gives it.</summary>
    public static JsonObject Item(Site site, SharePointList list, ListItem item, FieldSelection? fields, TenantVariant variant)
    {
        var json = DeltaItem(site, list, item, fields, variant);
        json["createdBy"] = GraphJson.Identity(item.CreatedBy, GraphJson.IdentityShape.ListItem);
        json["lastModifiedBy"] = GraphJson.Identity(item.ModifiedBy, GraphJson.IdentityShape.ListItem);
        return json;
    }

    /// <summary>An item as delta gives it: everything but <c>lastModifiedBy</c>, which delta does not track; who created it by name only, as documented.</summary>
    public static JsonObject DeltaItem(Site site, SharePointList list, ListItem item, FieldSelection? fields, TenantVariant variant)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = item.ETag,
            ["createdDateTime"] = GraphJson.Time(item.Created),
            ["eTag"] = item.ETag,
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = GraphJson.Time(item.Modified),
            ["webUrl"] = WebUrl(site, list, item),
            ["createdBy"] = GraphJson.Identity(item.CreatedBy, GraphJson.IdentityShape.Delta),
            ["parentReference"] = new JsonObject { ["id"] = list.Id, ["path"] = Uri.EscapeDataString(list.Name), ["siteId"] = site.Id },
            ["contentType"] = ContentType(list, item),
        };
        if (fields is not null)
        {
            json["fields"] = FieldsJson.Fields(site, list, item, fields, variant);
        }

        return json;
    }

    public static JsonObject DriveItem(Site site, SharePointList library, ListItem item)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = item.DriveETag,
            ["createdDateTime"] = GraphJson.Time(item.Created),
            ["eTag"] = item.DriveETag,
            ["id"] = item.DriveItemId,
            ["lastModifiedDateTime"] = GraphJson.Time(item.Modified),
            ["name"] = item.FileName,
            ["webUrl"] = WebUrl(site, library, item),
            ["cTag"] = item.CTag,
            ["size"] = item.Content?.LongLength ?? 0,
            ["createdBy"] = GraphJson.Identity(item.CreatedBy, GraphJson.IdentityShape.DriveItem),
            ["lastModifiedBy"] = GraphJson.Identity(item.ModifiedBy, GraphJson.IdentityShape.DriveItem),
            ["parentReference"] = new JsonObject
            {
                ["driveType"] = "documentLibrary",
                ["driveId"] = library.DriveId,
                ["id"] = item.FolderId is { } folder && library.Items.TryGetValue(folder, out var parent) ? parent.DriveItemId : RootId(library),
                ["path"] = $"/drives/{library.DriveId}/root:{FolderPath(library, item)}",
            },
        };
        json[item.IsFolder ? "folder" : "file"] = item.IsFolder
            ? new JsonObject { ["childCount"] = library.Items.Values.Count(i => i.FolderId == item.Id) }
            : new JsonObject { ["mimeType"] = MimeType(item.FileName) };
        return json;
    }

    /// <summary>A list item's content type: Item in a list; Document, or Folder, in a library; Person among the site's users.</summary>
    public static JsonObject ContentType(SharePointList list, ListItem item) => ContentType(list, item.IsFolder, item.ContentTypeName);

    /// <summary>The content type of an item of a list, by what it is. Its id is the base type's followed by the list's own part.</summary>
    public static JsonObject ContentType(SharePointList list, bool isFolder, string? name = null)
    {
        var (baseId, baseName) = name is not null ? ("0x010A", name) : isFolder ? ("0x0120", "Folder") : list.IsLibrary ? ("0x0101", "Document") : ("0x0100", "Item");
        return new JsonObject { ["id"] = baseId + "00" + list.Id.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), ["name"] = baseName };
    }

    public static string RootId(SharePointList library) => $"01ROOT{library.Id.Replace("-", string.Empty, StringComparison.Ordinal)[..26]}".ToUpperInvariant();

    /// <summary>The folders an item is in, as a path from the library's root: empty at the root, <c>/folder</c> inside one.</summary>
    public static string FolderPath(SharePointList library, ListItem item) =>
        item.FolderId is { } id && library.Items.TryGetValue(id, out var folder) ? $"{FolderPath(library, folder)}/{Uri.EscapeDataString(folder.FileName ?? string.Empty)}" : string.Empty;

    private static string WebUrl(Site site, SharePointList list, ListItem item) =>
        list.IsUserList ? $"{site.WebUrl}/_catalogs/users/DispForm.aspx?ID={item.Id}"
        : list.IsLibrary ? $"{site.WebUrl}/{Uri.EscapeDataString(list.Name)}{FolderPath(list, item)}/{Uri.EscapeDataString(item.FileName ?? string.Empty)}"
        : $"{site.WebUrl}/Lists/{Uri.EscapeDataString(list.Name)}/DispForm.aspx?ID={item.Id}";

    public static string MimeType(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".md" => "text/markdown",
        ".json" => "application/json",
        ".txt" => "text/plain",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
