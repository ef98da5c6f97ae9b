using Coproduction.Worker.Overview;
using Coproduction.Worker.Passes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Hosting;

/// <summary>
/// Runs passes over every watched site. A site whose pass fails is logged (ids and this program's own
/// words only) and tried again next time, without holding up the others; a fault of the host
/// (signing in, the state file) is no site's, and ends the round as a <see cref="HostFaultException"/>.
/// After the passes, the college overview is brought up to date (<see cref="OverviewPublisher"/>).
/// </summary>
internal sealed class WorkerRunner(SitePass pass, OverviewPublisher overview, IOptions<WorkerOptions> options, WorkerMetrics metrics, ILogger<WorkerRunner> logger)
{
    /// <returns>The result of each site's pass; null for a site whose pass failed.</returns>
    /// <exception cref="HostFaultException">Signing in or the state file failed.</exception>
    public async Task<IReadOnlyList<(string Site, PassResult? Result)>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var results = new List<(string, PassResult?)>();
        foreach (var site in options.Value.Sites)
        {
            try
            {
                results.Add((site, await pass.RunAsync(site, cancellationToken)));
            }
            catch (Exception ex) when (Failures.IsHostFault(ex))
            {
                throw new HostFaultException(ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                metrics.PassesFailed.Add(1);
                Log.PassFailed(logger, site, Failures.Describe(ex));
                results.Add((site, null));
            }
        }

        try
        {
            // Once the sites' passes are done: what they assessed is in the state the page is made from.
            await overview.PublishAsync(results, cancellationToken);
        }
        catch (Exception ex) when (Failures.IsHostFault(ex))
        {
            throw new HostFaultException(ex);
        }

        return results;
    }
}
