using System.Net;
using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Changes;

/// <summary>
/// A delta page's items as changes. Every read asks for the items' fields, and an item without them
/// would empty the copy of it: one that comes without them all the same (a tenant that drops the
/// <c>$expand</c> of a link, as some are reported to) is read again by its id, twenty a <c>$batch</c>,
/// rather than stop the site's reads at that page for good. One gone since is taken as deleted.
/// </summary>
internal sealed class DeltaItems(GraphServiceClient graph, BatchSender sender, ILogger logger)
{
    private static readonly string[] Fields = ["fields"];

    /// <exception cref="CoproductionGraphException">An item came without its fields even when read by itself.</exception>
    public async Task<List<ItemChange>> ChangesAsync(string siteId, string listId, IReadOnlyList<ListItem> items, CancellationToken cancellationToken)
    {
        var bare = items.Where(i => i.Deleted is null && i.Fields?.AdditionalData is null && i.Id is not null).Select(i => i.Id!).Distinct(StringComparer.Ordinal).ToList();
        var reread = new Dictionary<string, ListItem>(StringComparer.Ordinal);
        if (bare.Count > 0)
        {
            Log.FieldsReadAgain(logger, listId, bare.Count);
            await sender.SendAsync(
                bare.Count,
                i => graph.Sites[siteId].Lists[listId].Items[bare[i]].ToGetRequestInformation(r => r.QueryParameters.Expand = Fields),
                $"Reading again the items of list {listId} that delta gave without their fields",
                i => $"Reading item {bare[i]} of list {listId}",
                async (i, response, step, status) => reread[bare[i]] = status == HttpStatusCode.NotFound
                    ? new ListItem { Id = bare[i], Deleted = new Deleted() }
                    : await response.GetResponseByIdAsync<ListItem>(step),
                status => status == HttpStatusCode.NotFound,
                cancellationToken);
        }

        return [.. items.Select(item => DeltaPages.Change(item.Id is { } id && reread.TryGetValue(id, out var read) ? read : item, listId))];
    }
}
