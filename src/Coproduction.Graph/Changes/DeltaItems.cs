using System.Net;
using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Changes;

/// <summary>
/// Delta pages' items as changes. Every read asks for the items' fields, and an item without them
/// would empty the copy of it: one that comes without them all the same (a tenant that drops the
/// <c>$expand</c> of a link, as some are reported to) is read again by its id, those of a round's
/// pages together, twenty a <c>$batch</c>, rather than stop the site's reads at that page for good.
/// One gone since is taken as deleted.
/// </summary>
internal sealed class DeltaItems(GraphServiceClient graph, BatchSender sender, ILogger logger)
{
    private static readonly string[] Fields = ["fields"];

    /// <summary>One list's page as changes.</summary>
    /// <exception cref="CoproductionGraphException">An item came without its fields even when read by itself.</exception>
    public async Task<List<ItemChange>> ChangesAsync(string siteId, string listId, IReadOnlyList<ListItem> items, CancellationToken cancellationToken) =>
        (await ChangesAsync(siteId, [(listId, items)], cancellationToken))[0];

    /// <summary>Many lists' pages as changes, in the order given.</summary>
    /// <exception cref="CoproductionGraphException">An item came without its fields even when read by itself.</exception>
    public async Task<List<List<ItemChange>>> ChangesAsync(string siteId, IReadOnlyList<(string ListId, IReadOnlyList<ListItem> Items)> pages, CancellationToken cancellationToken)
    {
        var bare = pages
            .SelectMany(p => p.Items.Where(i => i.Deleted is null && i.Fields?.AdditionalData is null && i.Id is not null).Select(i => (p.ListId, ItemId: i.Id!)))
            .Distinct()
            .ToList();
        var reread = new Dictionary<(string ListId, string ItemId), ListItem>();
        if (bare.Count > 0)
        {
            foreach (var list in bare.GroupBy(b => b.ListId))
            {
                Log.FieldsReadAgain(logger, list.Key, list.Count());
            }

            await sender.SendAsync(
                bare.Count,
                i => graph.Sites[siteId].Lists[bare[i].ListId].Items[bare[i].ItemId].ToGetRequestInformation(r => r.QueryParameters.Expand = Fields),
                "Reading again the items that delta gave without their fields",
                i => $"Reading item {bare[i].ItemId} of list {bare[i].ListId}",
                async (i, response, step, status) => reread[bare[i]] = status == HttpStatusCode.NotFound
                    ? new ListItem { Id = bare[i].ItemId, Deleted = new Deleted() }
                    : await response.GetResponseByIdAsync<ListItem>(step),
                status => status == HttpStatusCode.NotFound,
                cancellationToken);
        }

        return [.. pages.Select(p => p.Items
            .Select(item => DeltaPages.Change(item.Id is { } id && reread.TryGetValue((p.ListId, id), out var read) ? read : item, p.ListId))
            .ToList())];
    }
}
