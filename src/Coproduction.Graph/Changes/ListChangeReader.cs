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
/// link, each asked for with the items' fields. A repeated item counts once, in its last state; a 410
/// (expired token, whatever its code) starts the read afresh. Nothing is saved until the caller commits
/// (<see cref="ListChanges.CommitAsync"/>). <see cref="SiteChangeReader"/> reads many lists at once.
/// </summary>
public sealed class ListChangeReader
{
    private readonly GraphServiceClient _graph;
    private readonly DeltaItems _items;
    private readonly ILogger _logger;

    internal ListChangeReader(GraphServiceClient graph, DeltaItems items, ILogger logger)
    {
        _graph = graph;
        _items = items;
        _logger = logger;
    }

    /// <summary>Reads what changed in a list since the link saved in <paramref name="store"/> (everything, if none), all at once.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listId">The list's id.</param>
    /// <param name="store">Where the delta link is kept.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is saved.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<ListChanges> ReadAsync(string siteId, string listId, IDeltaLinkStore store, CancellationToken cancellationToken = default)
    {
        var changes = new List<ItemChange>();
        var (restarted, pages) = (false, 0);
        await foreach (var page in ReadPagesAsync(siteId, listId, store, cancellationToken))
        {
            pages++;
            if (page.StartsAfresh)
            {
                changes.Clear();
                restarted = true;
            }

            changes.AddRange(page.Changes);
            if (page.DeltaLink is { } deltaLink)
            {
                // The service may report an item more than once: its last state is the one that counts.
                return new ListChanges(siteId, listId, ListChangePage.LastOfEach(changes), deltaLink, restarted, pages);
            }
        }

        throw new InvalidOperationException("A read of changes ended without a delta link.");
    }

    /// <summary>
    /// Reads what changed in a list since the link saved in <paramref name="store"/> (everything, if
    /// none), a page at a time: for lists too large to hold at once. The last page carries the delta link.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listId">The list's id.</param>
    /// <param name="store">Where the delta link is kept.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is saved.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async IAsyncEnumerable<ListChangePage> ReadPagesAsync(
        string siteId, string listId, IDeltaLinkStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var saved = await store.GetAsync(ListChanges.KeyOf(siteId, listId), cancellationToken);
        var afresh = saved is null;
        var (link, pages, changes, restarts) = (saved ?? DeltaPages.FirstSync(_graph, siteId, listId), 0, 0, 0);
        while (true)
        {
            DeltaGetResponse? page;
            try
            {
                pages++;
                page = await new DeltaRequestBuilder(DeltaPages.WithFields(link), _graph.RequestAdapter).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            }
            catch (ODataError ex) when (ex.ResponseStatusCode == 410)
            {
                // Whatever the code (resyncRequired, resyncChangesApplyDifferences, …) and whether a
                // Location comes with it: read the list afresh, from our own first link.
                Log.DeltaExpired(_logger, listId, ex.Error?.Code);
                DeltaPages.Restarted(listId, ++restarts);
                (link, afresh, changes) = (DeltaPages.FirstSync(_graph, siteId, listId), true, 0);
                continue;
            }
            catch (Exception ex) when (GraphCalls.Failure($"Reading the changes of list {listId}", ex) is { } failure)
            {
                throw failure;
            }

            var items = await _items.ChangesAsync(siteId, listId, page?.Value ?? [], cancellationToken);
            changes += items.Count;
            var deltaLink = page?.OdataDeltaLink;
            var next = page?.OdataNextLink;
            if (deltaLink is null && next is null)
            {
                throw new CoproductionGraphException($"Reading the changes of list {listId} failed: a page had neither a next link nor a delta link");
            }

            if (deltaLink is not null)
            {
                Log.DeltaRead(_logger, listId, changes, pages);
            }

            yield return new ListChangePage(items, afresh, deltaLink);
            if (deltaLink is not null)
            {
                yield break;
            }

            (link, afresh) = (next!, false);
        }
    }
}
