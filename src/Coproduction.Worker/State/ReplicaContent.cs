using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;

namespace Coproduction.Worker.State;

/// <summary>A site's content from the worker's local copy, for reading courses without a request.</summary>
internal sealed class ReplicaContent(WorkerState state, string site) : ISiteContent
{
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
}
