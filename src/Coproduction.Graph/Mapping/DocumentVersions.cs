using Coproduction.Graph.Connection;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Item.Versions;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The versions of a library's documents, read as list item versions with each version's file size
/// (<c>FileSizeDisplay</c>): one request a document, so that many documents' versions can go in
/// <c>$batch</c>es of 20 rather than two requests each (the file, then its versions).
/// </summary>
internal static class DocumentVersions
{
    private static readonly string[] Size = ["fields($select=FileSizeDisplay)"];

    /// <summary>One document's versions, oldest first.</summary>
    public static async Task<IReadOnlyList<DocumentVersion>> ReadAsync(GraphServiceClient graph, string siteId, string libraryId, string itemId, CancellationToken cancellationToken)
    {
        var versions = Versions(graph, siteId, libraryId, itemId);
        var page = await GraphCalls.RunAsync("Reading a material's versions", () => versions.GetAsync(r => r.QueryParameters.Expand = Size, cancellationToken));
        return await AllAsync(versions, page, cancellationToken);
    }

    /// <summary>Many documents' versions, oldest first, by item id; sent in <c>$batch</c>es of 20.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentVersion>>> ReadAsync(
        GraphServiceClient graph, BatchSender sender, string siteId, string libraryId, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        var pages = new ListItemVersionCollectionResponse?[itemIds.Count];
        await sender.SendAsync(
            itemIds.Count,
            i => Versions(graph, siteId, libraryId, itemIds[i]).ToGetRequestInformation(r => r.QueryParameters.Expand = Size),
            "Reading materials' versions",
            _ => "Reading a material's versions",
            async (i, response, step) => pages[i] = await response.GetResponseByIdAsync<ListItemVersionCollectionResponse>(step),
            cancellationToken);

        var all = new Dictionary<string, IReadOnlyList<DocumentVersion>>(StringComparer.Ordinal);
        for (var i = 0; i < itemIds.Count; i++)
        {
            all[itemIds[i]] = await AllAsync(Versions(graph, siteId, libraryId, itemIds[i]), pages[i], cancellationToken);
        }

        return all;
    }

    private static VersionsRequestBuilder Versions(GraphServiceClient graph, string siteId, string libraryId, string itemId) =>
        graph.Sites[siteId].Lists[libraryId].Items[itemId].Versions;

    /// <summary>Follows the next links a document with a long history has, then orders its versions.</summary>
    private static async Task<IReadOnlyList<DocumentVersion>> AllAsync(VersionsRequestBuilder versions, ListItemVersionCollectionResponse? page, CancellationToken cancellationToken)
    {
        var all = new List<ListItemVersion>();
        while (page is not null)
        {
            all.AddRange(page.Value ?? []);
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync("Reading a material's versions", () => versions.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        // Oldest first by version label ("1.0", "2.0", "2.1"): times can tie within a second.
        return all
            .OrderBy(v => System.Version.TryParse(v.Id, out var label) ? label : new System.Version())
            .ThenBy(v => v.LastModifiedDateTime)
            .Select(v => new DocumentVersion(
                v.LastModifiedDateTime ?? DateTimeOffset.MinValue,
                v.LastModifiedBy?.User?.AdditionalData.TryGetValue("email", out var email) == true ? email?.ToString() : null,
                Changes.FieldValues.FileSize(v.Fields?.AdditionalData is { } fields && fields.TryGetValue("FileSizeDisplay", out var size) ? size : null)))
            .ToList();
    }
}
