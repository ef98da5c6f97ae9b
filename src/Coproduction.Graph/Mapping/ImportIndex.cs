using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// What a site holds of the courses being imported, read once for an import of any number of them:
/// each list's items of those courses grouped by course, the courses list, the topics. Importing a
/// thousand courses so reads each list once rather than once a course, which made a large import take
/// time growing with its square; and only the imported courses' items are kept, not the whole site's.
/// </summary>
internal sealed class ImportIndex
{
    private static readonly string[] CourseLists =
        [SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Sessions];

    private readonly Dictionary<string, ILookup<string, ListItemData>> _byCourse = new(StringComparer.Ordinal);

    private ImportIndex(List<ListItemData> courses, List<ListItemData> topics)
    {
        Courses = courses;
        Topics = topics;
    }

    /// <summary>The courses list's items; an import adds those it creates.</summary>
    public List<ListItemData> Courses { get; }

    /// <summary>The topics list's items; an import adds those it creates or changes.</summary>
    public List<ListItemData> Topics { get; }

    /// <param name="site">The site.</param>
    /// <param name="courseIds">The ids (<c>CourseId</c>) of the courses being imported.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<ImportIndex> ReadAsync(SiteLists site, IReadOnlySet<string> courseIds, CancellationToken cancellationToken)
    {
        var index = new ImportIndex([.. await site.ReadAsync(SiteSchema.Courses, cancellationToken)], [.. await site.ReadAsync(SiteSchema.Topics, cancellationToken)]);
        var importing = index.Courses.Where(c => c.Fields.Find(Schema.Lists.CoursesList.CourseId) is { } id && courseIds.Contains(id)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        // A list of a later schema version than the site's holds nothing yet.
        foreach (var list in CourseLists.Where(site.Has))
        {
            index._byCourse[list] = (await site.ReadAsync(list, cancellationToken))
                .Where(i => CourseOf(i) is { } course && importing.Contains(course))
                .ToLookup(i => CourseOf(i)!, StringComparer.Ordinal);
        }

        return index;
    }

    /// <summary>A list's items of one course (a course item id).</summary>
    public IReadOnlyList<ListItemData> Of(string list, string courseItem) => _byCourse.TryGetValue(list, out var items) ? [.. items[courseItem]] : [];

    /// <summary>The course an item belongs to; an item whose course column holds the wrong kind of value belongs to none.</summary>
    private static string? CourseOf(ListItemData item) => item.Fields.Find(Schema.Lists.CourseColumn.Any);
}
