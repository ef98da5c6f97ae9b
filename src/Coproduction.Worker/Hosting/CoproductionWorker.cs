using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Hosting;

/// <summary>The background service: a pass over every watched site, then a wait, until the host stops.</summary>
internal sealed class CoproductionWorker(WorkerRunner runner, IOptions<WorkerOptions> options, TimeProvider time, ILogger<CoproductionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Watching(logger, options.Value.Sites.Count, options.Value.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            await runner.RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
