using Coproduction.Graph.Mapping;

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

    public Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken) =>
        Task.FromResult(state.Versions(site, itemId));
}
