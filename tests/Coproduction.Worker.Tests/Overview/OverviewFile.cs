using System.Text;
using Coproduction.Graph;
using Coproduction.Graph.Schema;

namespace Coproduction.Worker.Overview;

/// <summary>The college overview in a site's evidence library, as a person opening it reads it.</summary>
internal static class OverviewFile
{
    /// <returns>The page; null where the library holds none.</returns>
    public static async Task<string?> ReadAsync(CoproductionGraphClient graph, string site, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(site, cancellationToken);
        var file = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], cancellationToken))
            .FirstOrDefault(f => f.Fields.GetValueOrDefault("FileLeafRef") as string == OverviewOptions.FileName);
        return file is null ? null : Encoding.UTF8.GetString(await graph.ReadFileAsync(siteId, lists[SiteSchema.Evidence], file.Id, cancellationToken));
    }
}
