using Coproduction.Graph;
using Coproduction.Worker.Passes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Hosting;

/// <summary>Runs passes over every watched site; a site that fails is logged and tried again next time, without holding up the others.</summary>
internal sealed class WorkerRunner(SitePass pass, IOptions<WorkerOptions> options, WorkerMetrics metrics, ILogger<WorkerRunner> logger)
{
    /// <returns>The result of each site's pass; null for a site whose pass failed.</returns>
    public async Task<IReadOnlyList<(string Site, PassResult? Result)>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var results = new List<(string, PassResult?)>();
        foreach (var site in options.Value.Sites)
        {
            try
            {
                results.Add((site, await pass.RunAsync(site, cancellationToken)));
            }
            catch (CoproductionGraphException ex)
            {
                metrics.PassesFailed.Add(1);
                Log.PassFailed(logger, site, ex.Message, ex);
                results.Add((site, null));
            }
        }

        return results;
    }
}
