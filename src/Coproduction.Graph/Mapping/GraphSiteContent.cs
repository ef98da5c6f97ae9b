using Coproduction.Graph.Connection;
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

    public async Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken)
    {
        var library = site.Id(SiteSchema.Materials);
        var file = await GraphCalls.RunAsync("Finding a material's file", () =>
            graph.Sites[site.SiteId].Lists[library].Items[itemId].DriveItem.GetAsync(cancellationToken: cancellationToken));
        var versions = await GraphCalls.RunAsync("Reading a material's versions", () =>
            graph.Drives[file!.ParentReference!.DriveId].Items[file.Id].Versions.GetAsync(cancellationToken: cancellationToken));

        // Oldest first by version label ("1.0", "2.0", "2.1"): times can tie within a second.
        return (versions?.Value ?? [])
            .OrderBy(v => System.Version.TryParse(v.Id, out var label) ? label : new System.Version())
            .ThenBy(v => v.LastModifiedDateTime)
            .Select(v => new DocumentVersion(
                v.LastModifiedDateTime ?? DateTimeOffset.MinValue,
                v.LastModifiedBy?.User?.AdditionalData.TryGetValue("email", out var email) == true ? email?.ToString() : null,
                v.Size ?? 0))
            .ToList();
    }
}
