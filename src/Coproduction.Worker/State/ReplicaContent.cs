using Coproduction.Graph.Comments;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;

namespace Coproduction.Worker.State;

/// <summary>A site's content from the worker's local copy, for reading courses without a request.</summary>
/// <param name="state">The copy.</param>
/// <param name="site">The site's id.</param>
/// <param name="comments">Whether documents' comments count (comment reading on): off, those kept from before count for nothing.</param>
/// <param name="timeZone">The site's time zone (<see cref="CommentReadingOptions.LocalTimeZone"/>); null for the default.</param>
internal sealed class ReplicaContent(WorkerState state, string site, bool comments = true, TimeZoneInfo? timeZone = null) : ISiteContent
{
    public TimeZoneInfo TimeZone { get; } = timeZone ?? TimeZoneInfo.FindSystemTimeZoneById(new CommentReadingOptions().LocalTimeZone);

    public Task<IReadOnlyList<ListItemData>> ItemsAsync(string listKey, CancellationToken cancellationToken) =>
        Task.FromResult(state.Items(site, listKey));

    public Task<IReadOnlyList<ListItemData>> CourseItemsAsync(string listKey, string courseItemId, CancellationToken cancellationToken) =>
        Task.FromResult(state.CourseItems(site, listKey, courseItemId));

    public Task<ListItemData?> CourseAsync(string courseId, CancellationToken cancellationToken) =>
        Task.FromResult(state.CourseNamed(site, courseId));

    /// <summary>The site's users the worker knows (it looks up those picked in due courses' teams before reading them): no request.</summary>
    public Task<IReadOnlyDictionary<string, SiteUser>> SiteUsersAsync(IReadOnlyCollection<string> lookupIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SiteUser>>(lookupIds.Distinct(StringComparer.Ordinal)
            .Select(id => state.Find(site, id)).OfType<SiteUser>().ToDictionary(u => u.LookupId, StringComparer.Ordinal));

    /// <summary>A document's versions, each person on them completed from the site's users the worker knows: matched to the team by any of their names.</summary>
    public Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentVersion>>([.. state.Versions(site, itemId).Select(v => v.By is { } by ? v with { By = state.Completed(site, by) } : v)]);

    /// <summary>
    /// The documents' comments as the worker last read them (it reads each Office document again only when
    /// its file, its name's kind or the reading's limits change): no request. Each author as the document
    /// names them, as <c>export</c> reads them, so that the worker and an export agree.
    /// </summary>
    public Task<IReadOnlyDictionary<string, DocumentComments>> CommentsAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, DocumentComments>(StringComparer.Ordinal);
        foreach (var item in comments ? itemIds : [])
        {
            if (state.Comments(site, item) is { } kept)
            {
                read[item] = kept;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, DocumentComments>>(read);
    }
}
