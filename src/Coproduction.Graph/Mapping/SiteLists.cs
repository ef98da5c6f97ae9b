using Coproduction.Graph.Changes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Microsoft.Graph;

namespace Coproduction.Graph.Mapping;

/// <summary>A provisioned site's lists, and reading every item of one (following next links).</summary>
internal sealed class SiteLists(GraphServiceClient graph, string siteId, IReadOnlyDictionary<string, string> ids)
{
    /// <summary>What is read of each list: SharePoint's own lists (the user information list) come only when their "system" facet is asked for.</summary>
    private static readonly string[] ListFacets = ["id", "name", "displayName", "webUrl", "list", "system"];

    public string SiteId => siteId;

    public string Id(string key) => ids[key];

    /// <summary>Whether the site has the list: one of a later schema version is not there until the site is provisioned again.</summary>
    public bool Has(string key) => ids.ContainsKey(key);

    /// <summary>The site's user information list, when Graph showed it.</summary>
    public string? UserList => ids.GetValueOrDefault(SiteSchema.UserInformation);

    /// <summary>
    /// A site's id and the ids of the schema's lists it has, by key. The materials are the library
    /// <paramref name="materialsLibrary"/> names where it is one (a list of that name is not), else "Course materials".
    /// </summary>
    public static async Task<(string SiteId, IReadOnlyDictionary<string, string> Lists)> FindAsync(GraphServiceClient graph, string siteUrl, string? materialsLibrary, CancellationToken cancellationToken)
    {
        var key = SiteAddress.ToGraphKey(siteUrl);
        var site = await GraphCalls.RunAsync($"Finding site {key}", () => graph.Sites[key].GetAsync(cancellationToken: cancellationToken));
        var lists = graph.Sites[site!.Id].Lists;
        var page = await GraphCalls.RunAsync("Reading the site's lists", () => lists.GetAsync(
            r => r.QueryParameters.Select = ListFacets, cancellationToken));
        var all = new List<Microsoft.Graph.Models.List>();
        while (page is not null)
        {
            all.AddRange(page.Value ?? []);
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync("Reading the site's lists", () =>
                lists.WithUrl(LinkQuery.WithSelect(next, string.Join(',', ListFacets))).GetAsync(cancellationToken: cancellationToken));
        }

        var byName = all.Where(l => l.System is null).GroupBy(l => l.DisplayName!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var found = SiteSchema.Lists
            .Select(l => (l.Key, List: byName.GetValueOrDefault(MaterialsLocation.NameOf(l, materialsLibrary))))
            .Where(l => l.List is not null && (l.Key != SiteSchema.Materials || materialsLibrary is null || l.List.ListProp?.Template == MaterialsLocation.LibraryTemplate))
            .ToDictionary(l => l.Key, l => l.List!.Id!, StringComparer.Ordinal);
        if (all.FirstOrDefault(l => IsUserInformation(l.Name, l.WebUrl, l.System is not null)) is { Id: { } users })
        {
            found[SiteSchema.UserInformation] = users;
        }

        return (site!.Id!, found);
    }

    /// <summary>
    /// Whether a list is the site's user information list: a system list whose URL name is <c>users</c>
    /// (<c>_catalogs/users</c>) in every language, its title being translated.
    /// </summary>
    internal static bool IsUserInformation(string? name, string? webUrl, bool isSystem) =>
        (isSystem && string.Equals(name, "users", StringComparison.OrdinalIgnoreCase))
        || webUrl?.EndsWith("/_catalogs/users", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// A provisioned site's lists; a site that lacks any that a course is read from and written to is
    /// refused, saying to provision it (or, for a configured materials library, to name one it has).
    /// Those are version 1's: a site not yet upgraded is still read.
    /// </summary>
    public static async Task<SiteLists> OpenAsync(GraphServiceClient graph, string siteUrl, string? materialsLibrary, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await FindAsync(graph, siteUrl, materialsLibrary, cancellationToken);
        if (materialsLibrary is not null && !lists.ContainsKey(SiteSchema.Materials))
        {
            throw new CoproductionGraphException($"The site {siteUrl} has no document library \"{materialsLibrary}\", which {MaterialsLocation.Setting} names for its course materials: name a document library the site has");
        }

        var missing = SiteSchema.ListsAt(1).Where(l => !lists.ContainsKey(l.Key)).Select(l => l.DisplayName).ToList();
        return missing.Count > 0
            ? throw new CoproductionGraphException($"The site {siteUrl} is not provisioned (it has no {string.Join(", ", missing)}): run 'coproduction provision' first")
            : new SiteLists(graph, siteId, lists);
    }

    public async Task<IReadOnlyList<ListItemData>> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = new List<ListItemData>();
        var list = graph.Sites[siteId].Lists[ids[key]];
        var page = await GraphCalls.RunAsync($"Reading list {key}", () => list.Items.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["fields"];
            r.QueryParameters.Top = 1000;
        }, cancellationToken));
        while (page is not null)
        {
            items.AddRange((page.Value ?? []).Select(i => new ListItemData(i.Id!, FieldValues.From(i.Fields?.AdditionalData))));
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync($"Reading list {key}", () => list.Items.WithUrl(LinkQuery.WithExpand(next, "fields")).GetAsync(cancellationToken: cancellationToken));
        }

        return items;
    }
}
