using Coproduction.Graph.Changes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Microsoft.Graph;

namespace Coproduction.Graph.Mapping;

/// <summary>A provisioned site's lists, and reading every item of one (following next links).</summary>
internal sealed class SiteLists(GraphServiceClient graph, string siteId, IReadOnlyDictionary<string, string> ids)
{
    public string SiteId => siteId;

    public string Id(string key) => ids[key];

    /// <summary>A site's id and the ids of the schema's lists it has, by key.</summary>
    public static async Task<(string SiteId, IReadOnlyDictionary<string, string> Lists)> FindAsync(GraphServiceClient graph, string siteUrl, CancellationToken cancellationToken)
    {
        var key = SiteAddress.ToGraphKey(siteUrl);
        var site = await GraphCalls.RunAsync($"Finding site {key}", () => graph.Sites[key].GetAsync(cancellationToken: cancellationToken));
        var lists = await GraphCalls.RunAsync("Reading the site's lists", () => graph.Sites[site!.Id].Lists.GetAsync(cancellationToken: cancellationToken));
        var byName = (lists?.Value ?? []).ToDictionary(l => l.DisplayName!, l => l.Id!, StringComparer.OrdinalIgnoreCase);
        return (site!.Id!, SiteSchema.Lists.Where(l => byName.ContainsKey(l.DisplayName)).ToDictionary(l => l.Key, l => byName[l.DisplayName], StringComparer.Ordinal));
    }

    /// <summary>A provisioned site's lists; a site that lacks any is refused, saying to provision it.</summary>
    public static async Task<SiteLists> OpenAsync(GraphServiceClient graph, string siteUrl, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await FindAsync(graph, siteUrl, cancellationToken);
        var missing = SiteSchema.Lists.Where(l => !lists.ContainsKey(l.Key)).Select(l => l.DisplayName).ToList();
        return missing.Count > 0
            ? throw new CoproductionGraphException($"The site {siteUrl} is not provisioned (it has no {string.Join(", ", missing)}): run 'coproduction provision' first")
            : new SiteLists(graph, siteId, lists);
    }

    public async Task<IReadOnlyList<SiteItem>> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = new List<SiteItem>();
        var list = graph.Sites[siteId].Lists[ids[key]];
        var page = await GraphCalls.RunAsync($"Reading list {key}", () => list.Items.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["fields"];
            r.QueryParameters.Top = 1000;
        }, cancellationToken));
        while (page is not null)
        {
            items.AddRange((page.Value ?? []).Select(i => new SiteItem(i.Id!, FieldValues.From(i.Fields?.AdditionalData))));
            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync($"Reading list {key}", () => list.Items.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        return items;
    }
}
