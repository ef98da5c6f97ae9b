using System.Security.Cryptography;
using System.Text;
using Coproduction.Graph;
using Coproduction.Graph.Schema;
using Coproduction.Overview;
using Coproduction.Worker.Hosting;
using Coproduction.Worker.Passes;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Overview;

/// <summary>
/// Keeps the college overview current: after each round of passes, the page is made from the state
/// alone (no Graph read), and uploaded to each site that should have it only where the page differs
/// from the one the site was last given; nothing changed, nothing is sent. A site whose pass failed
/// this round, or whose upload fails, is given the page in a later round.
/// </summary>
internal sealed class OverviewPublisher(
    CoproductionGraphClient graph, WorkerState state, EvidenceDrives drives, SitePass passes, OverviewOptions options, WorkerOptions worker, TimeProvider time, ILogger<OverviewPublisher> logger)
{
    private (string Version, byte[] Page, string Fingerprint, int Courses)? _made;

    public async Task PublishAsync(IReadOnlyList<(string Site, PassResult? Result)> round, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        (string Version, byte[] Page, string Fingerprint, int Courses) page;
        try
        {
            page = Page();
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
            // A derived page never stops the worker: what it is made of is said, and it is made again next round.
            Log.OverviewNotMade(logger, Failures.Describe(ex));
            return;
        }

        foreach (var target in options.Targets(worker.Sites))
        {
            if (round.FirstOrDefault(r => r.Site == target).Result is not { } passed || passes.Known(target) is not { } site)
            {
                continue;
            }

            // A page of no course is not written where none was before (a new site, a state file from before the
            // history, whose courses get their lines as they are assessed again); one that was is, to say they went.
            var written = state.OverviewWritten(passed.SiteId);
            if (written == page.Fingerprint || (written is null && page.Courses == 0))
            {
                continue;
            }

            try
            {
                var drive = await drives.OfAsync(site.SiteId, site.Lists[SiteSchema.Evidence], cancellationToken);
                var file = await graph.UploadFileAsync(drive, OverviewOptions.FileName, page.Page, cancellationToken);
                state.SetOverviewWritten(site.SiteId, page.Fingerprint, file, time.GetUtcNow());
                Log.OverviewWritten(logger, site.SiteId, page.Courses);
            }
            catch (Exception ex) when (Failed(ex, cancellationToken))
            {
                // A file open in the browser (423), throttling past the retries, a library gone: the page waits for the next round.
                Log.OverviewNotWritten(logger, site.SiteId, Failures.Describe(ex));
            }
        }
    }

    /// <summary>Whether a fault is the overview's own, to log and pass over: not the host's (signing in, the state file), nor a stop asked for.</summary>
    private static bool Failed(Exception ex, CancellationToken cancellationToken) =>
        !Failures.IsHostFault(ex) && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested);

    /// <summary>The page, made again only when the state says something it shows may have changed.</summary>
    private (string Version, byte[] Page, string Fingerprint, int Courses) Page()
    {
        var version = state.OverviewVersion();
        if (_made is not { } made || made.Version != version)
        {
            var (courses, history) = state.OverviewRecords(worker.Sites);
            var bytes = Encoding.UTF8.GetBytes(CollegeOverview.ToHtml(courses, history, new CollegeOverviewOptions { SmallestCountShown = worker.SmallestCountShownInReports }));
            _made = made = (version, bytes, Convert.ToHexString(SHA256.HashData(bytes)), courses.Count);
        }

        return made;
    }
}
