using Coproduction.Graph.Connection;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Microsoft.Graph.Models;
using Microsoft.Graph;

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

    /// <summary>A next or delta link that asks for the items' fields (<see cref="LinkQuery"/>).</summary>
    public static string WithFields(string link) => LinkQuery.WithExpand(link, "fields");

    /// <summary>A read of a list that starts afresh this many times in a row ends: a fresh start answering 410 will not get better by asking again.</summary>
    public const int MostRestarts = 3;

    /// <summary>Ends a read that has had to start afresh too many times.</summary>
    public static void Restarted(string listId, int restarts)
    {
        if (restarts > MostRestarts)
        {
            throw new CoproductionGraphException($"Reading the changes of list {listId} failed: it answered 410 (start again) {restarts} times, the last to a read from the start", 410, null);
        }
    }

    /// <summary>
    /// A delta item (or one read again by its id: <see cref="DeltaItems"/>) as a change. One that is
    /// not deleted comes with its fields, which every read asks for: without them it would empty the copy of the item.
    /// </summary>
    /// <exception cref="CoproductionGraphException">An item came without its fields.</exception>
    public static ItemChange Change(ListItem item, string listId)
    {
        if (item.Deleted is not null)
        {
            return new ItemChange(item.Id!, true, Mapping.SiteFields.Empty, null, null) { IsFolder = IsFolder(item) };
        }

        if (item.Fields?.AdditionalData is null)
        {
            throw new CoproductionGraphException($"Reading the changes of list {listId} failed: item {item.Id} came without its fields, though they were asked for ($expand=fields), in its delta page and read by itself; 'coproduction check' tries whether this tenant gives them");
        }

        var fields = FieldValues.From(item.Fields.AdditionalData);
        return new ItemChange(item.Id!, false, fields, item.ETag, item.LastModifiedDateTime)
        {
            EditorLookupId = SiteUserReader.LookupId(fields.Raw(SharePointFields.EditorLookupId)),
            VersionLabel = fields.Raw(SharePointFields.VersionLabel) as string,
            FileSize = FieldValues.FileSize(fields.Raw(SharePointFields.FileSize)),
            IsFolder = IsFolder(item),
        };
    }

    /// <summary>A folder's content type is Folder, its id SharePoint's folder type 0x0120 followed by the list's own part.</summary>
    private static bool IsFolder(ListItem item) =>
        item.ContentType?.Name == SharePointFields.FolderContentType || item.ContentType?.Id?.StartsWith("0x0120", StringComparison.OrdinalIgnoreCase) == true
        || (item.Fields?.AdditionalData is { } data && data.TryGetValue(SharePointFields.ContentType, out var type) && FieldValues.Plain(type) as string == SharePointFields.FolderContentType);
}
