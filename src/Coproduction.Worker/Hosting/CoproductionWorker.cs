using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Hosting;

/// <summary>
/// The background service: a pass over every watched site, then a wait, until the host stops. A fault
/// of the host (signing in, the state file) is tried again after a wait that doubles each time; after
/// <see cref="WorkerOptions.HostFaultAttempts"/> in a row the service stops the host, which exits
/// non-zero, for a service manager to start afresh.
/// </summary>
internal sealed class CoproductionWorker(
    WorkerRunner runner, IOptions<WorkerOptions> options, HostOutcome outcome, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<CoproductionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var worker = options.Value;
        Log.Watching(logger, worker.Sites.Count, worker.PollInterval);
        var faults = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = worker.PollInterval;
            try
            {
                await runner.RunOnceAsync(stoppingToken);
                faults = 0;
            }
            catch (HostFaultException ex)
            {
                if (++faults >= worker.HostFaultAttempts)
                {
                    Log.HostFaultStopping(logger, ex.Message, faults);
                    outcome.Failed(ex.Message);
                    lifetime.StopApplication();
                    return;
                }

                wait = worker.HostFaultWait(faults);
                Log.HostFault(logger, ex.Message, faults, worker.HostFaultAttempts, wait);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A fault in the program itself: stop, and say so by the exit code, rather than leave a host that does nothing.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var fault = Failures.Describe(ex);
                Log.ServiceFailed(logger, fault);
                outcome.Failed(fault);
                lifetime.StopApplication();
                return;
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
