using Coproduction.Graph.People;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Mapping;

/// <summary>A site's content read through Graph, each list once per export.</summary>
internal sealed class GraphSiteContent(SiteLists site, DocumentHistory history, Comments.MaterialFiles? files, TimeZoneInfo timeZone) : ISiteContent
{
    public TimeZoneInfo TimeZone => timeZone;

    private readonly Dictionary<string, IReadOnlyList<ListItemData>> _read = new(StringComparer.Ordinal);
    private readonly InMemorySiteUserDirectory _users = new();

    public async Task<IReadOnlyList<ListItemData>> ItemsAsync(string listKey, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(listKey, out var items))
        {
            // A list of a later schema version than the site's (not provisioned again since) holds nothing yet.
            items = site.Has(listKey) ? await site.ReadAsync(listKey, cancellationToken) : [];
            _read[listKey] = items;
        }

        return items;
    }

    public async Task<IReadOnlyList<ListItemData>> CourseItemsAsync(string listKey, string courseItemId, CancellationToken cancellationToken) =>
        (await ItemsAsync(listKey, cancellationToken)).Where(i => i.Fields.Find(Schema.Lists.CourseColumn.Any) == courseItemId).ToList();

    /// <exception cref="CoproductionGraphException">Two course items have the id (409, <c>duplicateCourseId</c>): which is meant cannot be told.</exception>
    public async Task<ListItemData?> CourseAsync(string courseId, CancellationToken cancellationToken) =>
        (await ItemsAsync(SiteSchema.Courses, cancellationToken)).Where(i => CourseIds.Of(i) == courseId).ToList() switch
        {
            [] => null,
            [var one] => one,
            // An id typed that is another item's made one is the typed item's problem: the item it was made from is the course.
            var several when several.Where(c => c.Fields.Find(Schema.Lists.CoursesList.CourseId) is null).ToList() is [var made] => made,
            var several => throw new CoproductionGraphException(
                $"The course items {string.Join(" and ", several.Select(c => c.Id))} both have the course id '{courseId}': give each course its own id", 409, "duplicateCourseId"),
        };

    /// <summary>The site's users read through Graph, twenty a batch, each once an export (the versions' read then knows them too).</summary>
    public Task<IReadOnlyDictionary<string, SiteUser>> SiteUsersAsync(IReadOnlyCollection<string> lookupIds, CancellationToken cancellationToken) =>
        lookupIds.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, SiteUser>>(new Dictionary<string, SiteUser>())
            : history.KnownUsersAsync(site.SiteId, site.UserList, lookupIds, _users, null, cancellationToken);

    public async Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken) =>
        (await history.ReadAsync(site.SiteId, site.Id(SiteSchema.Materials), site.UserList, [itemId], _users, cancellationToken))[itemId];

    /// <summary>Each document's file found twenty a batch, then each Office document downloaded once; none where comment reading is off. A document that cannot be downloaded is said to be, as the worker says.</summary>
    public async Task<IReadOnlyDictionary<string, Comments.DocumentComments>> CommentsAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, Comments.DocumentComments>(StringComparer.Ordinal);
        if (files is null || itemIds.Count == 0)
        {
            return read;
        }

        foreach (var (itemId, file) in await files.FilesAsync(site.SiteId, site.Id(SiteSchema.Materials), [.. itemIds], cancellationToken))
        {
            try
            {
                // Gone since it was found: not read, as the worker says too.
                read[itemId] = await files.CommentsAsync(file, cancellationToken) ?? Comments.DocumentComments.Unreadable(Comments.DocumentReadProblem.Unavailable);
            }
            catch (CoproductionGraphException)
            {
                // One document that cannot be downloaded fails no export: it is said to be, as the worker says.
                read[itemId] = Comments.DocumentComments.Unreadable(Comments.DocumentReadProblem.Unavailable);
            }
        }

        return read;
    }
}
