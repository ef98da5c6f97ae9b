using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;

namespace Coproduction.Graph.Changes;

/// <summary>
/// Follows a list's changes with Graph delta: from the saved delta link (resumed with <c>WithUrl</c>,
/// not <c>DeltaWithToken</c>, whose URL the service rejects), through every next link, to a new delta
/// link. A repeated item counts once, in its last state; a 410 (expired token) starts again from the
/// Location the service gives. Nothing is saved until the caller commits (<see cref="ListChanges.CommitAsync"/>).
/// </summary>
public sealed class ListChangeReader
{
    private readonly GraphServiceClient _graph;
    private readonly ILogger _logger;

    internal ListChangeReader(GraphServiceClient graph, ILogger logger)
    {
        _graph = graph;
        _logger = logger;
    }

    /// <summary>Reads what changed in a list since the link saved in <paramref name="store"/> (everything, if none).</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listId">The list's id.</param>
    /// <param name="store">Where the delta link is kept.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is saved.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<ListChanges> ReadAsync(string siteId, string listId, IDeltaLinkStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var saved = await store.GetAsync(ListChanges.KeyOf(siteId, listId), cancellationToken);
        var restarted = saved is null;
        var start = saved ?? FirstSync(siteId, listId);
        var changes = new Dictionary<string, ItemChange>(StringComparer.Ordinal);
        var pages = 0;
        var link = start;
        while (true)
        {
            DeltaGetResponse? page;
            try
            {
                pages++;
                page = await new DeltaRequestBuilder(link, _graph.RequestAdapter).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
            catch (ODataError ex) when (ex.ResponseStatusCode == 410)
            {
                Log.DeltaExpired(_logger, listId, ex.Error?.Code);
                link = ex.ResponseHeaders.TryGetValue("Location", out var location) && location.FirstOrDefault() is { } fresh ? fresh : FirstSync(siteId, listId);
                changes.Clear();
                restarted = true;
                continue;
            }
            catch (Exception ex) when (GraphCalls.Failure($"Reading the changes of list {listId}", ex) is { } failure)
            {
                throw failure;
            }

            foreach (var item in page?.Value ?? [])
            {
                // The service may report an item more than once: its last state is the one that counts.
                changes.Remove(item.Id!);
                changes[item.Id!] = Change(item);
            }

            if (page?.OdataDeltaLink is { } deltaLink)
            {
                Log.DeltaRead(_logger, listId, changes.Count, pages);
                return new ListChanges(siteId, listId, [.. changes.Values], deltaLink, restarted, pages);
            }

            link = page?.OdataNextLink ?? throw new CoproductionGraphException($"Reading the changes of list {listId} failed: a page had neither a next link nor a delta link");
        }
    }

    private string FirstSync(string siteId, string listId) =>
        $"{_graph.RequestAdapter.BaseUrl}/sites/{siteId}/lists/{listId}/items/delta?$expand=fields";

    private static ItemChange Change(ListItem item) => item.Deleted is not null
        ? new ItemChange(item.Id!, true, new Dictionary<string, object?>(), null, null)
        : new ItemChange(item.Id!, false, FieldValues.From(item.Fields?.AdditionalData), item.ETag, item.LastModifiedDateTime)
        {
            ModifiedBy = item.LastModifiedBy?.User?.AdditionalData.TryGetValue("email", out var email) == true ? email?.ToString() : null,
        };
}
