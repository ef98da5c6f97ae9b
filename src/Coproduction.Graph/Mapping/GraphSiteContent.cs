using Coproduction.Graph.Schema;
using Microsoft.Graph;

namespace Coproduction.Graph.Mapping;

/// <summary>A site's content read through Graph, each list once per export.</summary>
internal sealed class GraphSiteContent(GraphServiceClient graph, SiteLists site) : ISiteContent
{
    private readonly Dictionary<string, IReadOnlyList<ListItemData>> _read = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ListItemData>> ItemsAsync(string listKey, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(listKey, out var items))
        {
            items = (await site.ReadAsync(listKey, cancellationToken)).Select(i => new ListItemData(i.Id, i.Fields)).ToList();
            _read[listKey] = items;
        }

        return items;
    }

    public async Task<IReadOnlyList<ListItemData>> CourseItemsAsync(string listKey, string courseItemId, CancellationToken cancellationToken) =>
        (await ItemsAsync(listKey, cancellationToken)).Where(i => new SiteItem(i.Id, i.Fields).LookupId("Course") == courseItemId).ToList();

    public async Task<ListItemData?> CourseAsync(string courseId, CancellationToken cancellationToken) =>
        (await ItemsAsync(SiteSchema.Courses, cancellationToken)).FirstOrDefault(i => i.Fields.GetValueOrDefault("CourseId") as string == courseId);

    public Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken) =>
        DocumentVersions.ReadAsync(graph, site.SiteId, site.Id(SiteSchema.Materials), itemId, cancellationToken);
}
