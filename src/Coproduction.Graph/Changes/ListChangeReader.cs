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

    /// <summary>Reads what changed in a list since the link saved in <paramref name="store"/> (everything, if none), all at once.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listId">The list's id.</param>
    /// <param name="store">Where the delta link is kept.</param>
    /// <param name="cancellationToken">Cancels the read; nothing is saved.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<ListChanges> ReadAsync(string siteId, string listId, IDeltaLinkStore store, CancellationToken cancellationToken = default)
    {
        var changes = new Dictionary<string, ItemChange>(StringComparer.Ordinal);
        var (restarted, pages) = (false, 0);
        await foreach (var page in ReadPagesAsync(siteId, listId, store, cancellationToken))
        {
            pages++;
            if (page.StartsAfresh)
            {
                changes.Clear();
                restarted = true;
            }

            foreach (var change in page.Changes)
            {
                // The service may report an item more than once: its last state is the one that counts.
                changes.Remove(change.ItemId);
                changes[change.ItemId] = change;
            }

            if (page.DeltaLink is { } deltaLink)
            {
                return new ListChanges(siteId, listId, [.. changes.Values], deltaLink, restarted, pages);
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
        var (link, pages, changes) = (saved ?? FirstSync(siteId, listId), 0, 0);
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
                (afresh, changes) = (true, 0);
                continue;
            }
            catch (Exception ex) when (GraphCalls.Failure($"Reading the changes of list {listId}", ex) is { } failure)
            {
                throw failure;
            }

            var items = (page?.Value ?? []).Select(Change).ToList();
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

    private string FirstSync(string siteId, string listId) =>
        $"{_graph.RequestAdapter.BaseUrl}/sites/{siteId}/lists/{listId}/items/delta?$expand=fields";

    private static ItemChange Change(ListItem item)
    {
        if (item.Deleted is not null)
        {
            return new ItemChange(item.Id!, true, new Dictionary<string, object?>(), null, null);
        }

        var fields = FieldValues.From(item.Fields?.AdditionalData);
        return new ItemChange(item.Id!, false, fields, item.ETag, item.LastModifiedDateTime)
        {
            ModifiedBy = item.LastModifiedBy?.User?.AdditionalData.TryGetValue("email", out var email) == true ? email?.ToString() : null,
            FileSize = FieldValues.FileSize(fields.GetValueOrDefault("FileSizeDisplay")),
        };
    }
}
