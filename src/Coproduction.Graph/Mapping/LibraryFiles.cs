using System.Net;
using Coproduction.Graph.Connection;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Mapping;

/// <summary>A library's documents as their files (<c>…/items/{id}/driveItem</c>), twenty a <c>$batch</c>: for their versions, and for their comments.</summary>
internal static class LibraryFiles
{
    /// <summary>Each document's file, with the members asked for; a document that is gone (404), or is no file, is left out.</summary>
    public static async Task<Dictionary<string, DriveItem>> FindAsync(
        GraphServiceClient graph, BatchSender sender, string siteId, string libraryId, IReadOnlyList<string> itemIds, string[] members, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, DriveItem>(StringComparer.Ordinal);
        await sender.SendAsync(
            itemIds.Count,
            i => graph.Sites[siteId].Lists[libraryId].Items[itemIds[i]].DriveItem.ToGetRequestInformation(r => r.QueryParameters.Select = members),
            "Finding materials' files",
            _ => "Finding a material's file",
            async (i, response, step, status) =>
            {
                if (status == HttpStatusCode.OK && await response.GetResponseByIdAsync<DriveItem>(step) is { Id: not null, ParentReference.DriveId: not null } file)
                {
                    files[itemIds[i]] = file;
                }
            },
            status => status == HttpStatusCode.NotFound,
            cancellationToken);
        return files;
    }
}
