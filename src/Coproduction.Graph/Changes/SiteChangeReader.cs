using System.Net;
using Coproduction.Graph.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;

namespace Coproduction.Graph.Changes;

/// <summary>
/// Follows the changes of many lists of a site at once: each round asks for the next page of every
/// list not yet at its delta link in one <c>$batch</c>, so that a site where nothing changed costs
/// one HTTP request however many lists it has. Pages come a round at a time, in the order the lists
/// were given; apply them in order, as with <see cref="ListChangeReader.ReadPagesAsync"/>. A 410 for
/// one list reads that list afresh; throttled requests are sent again after their Retry-After.
/// </summary>
public sealed class SiteChangeReader
{
    private readonly GraphServiceClient _graph;
    private readonly BatchSender _sender;
    private readonly DeltaItems _items;
    private readonly ILogger _logger;

    internal SiteChangeReader(GraphServiceClient graph, BatchSender sender, DeltaItems items, ILogger logger)
    {
        _graph = graph;
        _sender = sender;
        _items = items;
        _logger = logger;
    }

    /// <summary>Reads what changed in each list since the link saved in <paramref name="store"/> (everything, if none), a round of pages at a time.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listIds">The lists, each once.</param>
    /// <param name="store">Where the delta links are kept; nothing is saved here.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public IAsyncEnumerable<SiteChangePage> ReadPagesAsync(string siteId, IReadOnlyList<string> listIds, IDeltaLinkStore store, CancellationToken cancellationToken = default) =>
        ReadPagesAllowingRefusalsAsync(siteId, listIds, store, new HashSet<string>(), cancellationToken);

    /// <summary>
    /// Reads what changed in each list as <see cref="ReadPagesAsync(string, IReadOnlyList{string}, IDeltaLinkStore, CancellationToken)"/> does,
    /// but a list of <paramref name="mayBeRefused"/> whose delta Graph refuses (403: the app may not read it; 404: it is
    /// gone) is given as one page saying so (<see cref="SiteChangePage.Refused"/>), and the other lists are read on.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listIds">The lists, each once.</param>
    /// <param name="store">Where the delta links are kept; nothing is saved here.</param>
    /// <param name="mayBeRefused">The lists whose refusal is the caller's to deal with, such as a library shared with other documents.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request of another list, or failed.</exception>
    public async IAsyncEnumerable<SiteChangePage> ReadPagesAllowingRefusalsAsync(
        string siteId, IReadOnlyList<string> listIds, IDeltaLinkStore store, IReadOnlySet<string> mayBeRefused,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(listIds);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(mayBeRefused);
        var reads = new List<Read>();
        foreach (var listId in listIds)
        {
            var saved = await store.GetAsync(ListChanges.KeyOf(siteId, listId), cancellationToken);
            reads.Add(new Read(listId, saved ?? DeltaPages.FirstSync(_graph, siteId, listId), saved is null));
        }

        while (reads.Any(r => !r.Done))
        {
            var round = reads.Where(r => !r.Done).ToList();
            var pages = new List<(Read Read, IReadOnlyList<ListItem> Items, bool Afresh, string? DeltaLink)>();
            var refused = new List<(Read Read, int Status)>();
            await _sender.SendAsync(
                round.Count,
                i => new DeltaRequestBuilder(DeltaPages.WithFields(round[i].Link), _graph.RequestAdapter).ToGetRequestInformation(),
                "Reading the site's changes",
                i => $"Reading the changes of list {round[i].ListId}",
                async (i, response, step, status) =>
                {
                    var read = round[i];
                    if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                    {
                        refused.Add((read, (int)status));
                        read.Done = true;
                        return;
                    }

                    if (status == HttpStatusCode.Gone)
                    {
                        using var gone = await response.GetResponseByIdAsync(step);
                        Log.DeltaExpired(_logger, read.ListId, await BatchSender.ErrorCodeAsync(gone, cancellationToken));
                        DeltaPages.Restarted(read.ListId, ++read.Restarts);
                        (read.Link, read.Afresh) = (DeltaPages.FirstSync(_graph, siteId, read.ListId), true);
                        return;
                    }

                    var page = await response.GetResponseByIdAsync<DeltaGetResponse>(step);
                    var (next, deltaLink) = (page?.OdataNextLink, page?.OdataDeltaLink);
                    if (next is null && deltaLink is null)
                    {
                        throw new CoproductionGraphException($"Reading the changes of list {read.ListId} failed: a page had neither a next link nor a delta link");
                    }

                    pages.Add((read, page!.Value ?? [], read.Afresh, deltaLink));
                    (read.Link, read.Afresh, read.Done) = (next ?? read.Link, false, deltaLink is not null);
                },
                (i, status) => status == HttpStatusCode.Gone || (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && mayBeRefused.Contains(round[i].ListId)),
                cancellationToken);

            var ordered = pages.OrderBy(p => reads.IndexOf(p.Read)).ToList();
            var changes = await _items.ChangesAsync(siteId, [.. ordered.Select(p => (p.Read.ListId, p.Items))], cancellationToken);
            for (var i = 0; i < ordered.Count; i++)
            {
                yield return new SiteChangePage(ordered[i].Read.ListId, new ListChangePage(changes[i], ordered[i].Afresh, ordered[i].DeltaLink));
            }

            foreach (var (read, status) in refused)
            {
                Log.DeltaRefused(_logger, read.ListId, status);
                yield return new SiteChangePage(read.ListId, new ListChangePage([], false, null)) { Refused = status };
            }
        }
    }

    /// <summary>Where one list's read stands.</summary>
    private sealed class Read(string listId, string link, bool afresh)
    {
        public string ListId { get; } = listId;

        public string Link { get; set; } = link;

        public bool Afresh { get; set; } = afresh;

        public bool Done { get; set; }

        public int Restarts { get; set; }
    }
}
