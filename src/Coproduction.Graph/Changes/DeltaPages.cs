using Coproduction.Graph.People;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Changes;

/// <summary>
/// What every read of a list's changes shares: where a first read starts, a link made sure to ask
/// for the items' fields, and a delta item as an <see cref="ItemChange"/>.
/// </summary>
internal static class DeltaPages
{
    /// <summary>Where a list's first read (or a read afresh after a 410) starts: our own link, not a 410's Location, which a real service once answered 500 to.</summary>
    public static string FirstSync(GraphServiceClient graph, string siteId, string listId) =>
        $"{graph.RequestAdapter.BaseUrl}/sites/{siteId}/lists/{listId}/items/delta?$expand=fields";

    /// <summary>
    /// A next or delta link that asks for the items' fields. The documented links carry only
    /// <c>?token=…</c>, and whether the token remembers <c>$expand</c> is not documented for list items:
    /// a link without it gets it added, so that a page never comes without the fields.
    /// </summary>
    public static string WithFields(string link)
    {
        var at = link.IndexOf('?', StringComparison.Ordinal);
        var query = at >= 0 ? link[(at + 1)..] : string.Empty;
        var asksForFields = query.Split('&').Any(p => p.StartsWith("$expand=", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("expand=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("%24expand=", StringComparison.OrdinalIgnoreCase));
        return asksForFields ? link : $"{link}{(at >= 0 ? "&" : "?")}$expand=fields";
    }

    public static ItemChange Change(ListItem item)
    {
        if (item.Deleted is not null)
        {
            return new ItemChange(item.Id!, true, new Dictionary<string, object?>(), null, null) { IsFolder = IsFolder(item) };
        }

        var fields = FieldValues.From(item.Fields?.AdditionalData);
        return new ItemChange(item.Id!, false, fields, item.ETag, item.LastModifiedDateTime)
        {
            EditorLookupId = SiteUserReader.LookupId(fields.GetValueOrDefault("EditorLookupId")),
            VersionLabel = fields.GetValueOrDefault("_UIVersionString") as string,
            FileSize = FieldValues.FileSize(fields.GetValueOrDefault("FileSizeDisplay")),
            IsFolder = IsFolder(item),
        };
    }

    /// <summary>A folder's content type is Folder, its id SharePoint's folder type 0x0120 followed by the list's own part.</summary>
    private static bool IsFolder(ListItem item) =>
        item.ContentType?.Name == "Folder" || item.ContentType?.Id?.StartsWith("0x0120", StringComparison.OrdinalIgnoreCase) == true
        || (item.Fields?.AdditionalData is { } data && data.TryGetValue("ContentType", out var type) && FieldValues.Plain(type) as string == "Folder");
}
