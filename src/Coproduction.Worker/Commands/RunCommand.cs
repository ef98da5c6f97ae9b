using System.CommandLine;
using Coproduction.Worker.Cli;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction run [--once] [--site URL ...] [--graph-url URL] [--state PATH]</c>: the background
/// worker, configured from appsettings.json beside the program, environment variables
/// (<c>Coproduction__Worker__Sites__0</c>) and these options, which win. Logs go to standard error.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TimeProvider time)
    {
        var once = new Option<bool>("--once") { Description = "Make one pass over every site and exit: 0 when every pass went well, 1 when one failed, 4 when signing in or the state file failed." };
        var sites = new Option<string[]>("--site") { Description = "A site to watch (repeatable); replaces the configured sites.", HelpName = "URL" };
        var graphUrl = new Option<string?>("--graph-url") { Description = "Microsoft Graph's base URL; a loopback URL means the emulator.", HelpName = "URL" };
        var statePath = new Option<string?>("--state") { Description = "The worker's SQLite state file.", HelpName = "PATH" };
        var command = new Command("run", "Run the worker: watch sites, keep checklists, flags and evidence reports true.") { once, sites, graphUrl, statePath };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
            var siteList = parse.GetValue(sites) ?? [];
            for (var i = 0; i < siteList.Length; i++)
            {
                overrides[$"{WorkerOptions.Section}:Sites:{i}"] = siteList[i];
            }

            if (parse.GetValue(graphUrl) is { } url)
            {
                overrides[$"{Graph.Connection.CoproductionGraphOptions.Section}:GraphUrl"] = url;
            }

            if (parse.GetValue(statePath) is { } path)
            {
                overrides[$"{WorkerOptions.Section}:StatePath"] = path;
            }

            using var host = Build(overrides, time, service: !parse.GetValue(once));
            try
            {
                ValidateNow(host.Services);
                if (!parse.GetValue(once))
                {
                    // Asked for before the host runs: running disposes it.
                    var outcome = host.Services.GetRequiredService<HostOutcome>();
                    await host.RunAsync(cancellationToken);
                    if (outcome.Fault is { } fault)
                    {
                        throw new HostFaultExitException(fault);
                    }

                    return;
                }

                IReadOnlyList<(string Site, Passes.PassResult? Result)> results;
                try
                {
                    results = await host.Services.GetRequiredService<WorkerRunner>().RunOnceAsync(cancellationToken);
                }
                catch (HostFaultException ex)
                {
                    throw new HostFaultExitException(ex.Message);
                }

                foreach (var (site, result) in results)
                {
                    await stdout.WriteLineAsync(result is null
                        ? $"{site}: the pass failed (see the log); it will be tried again."
                        : $"{site}: {result.Changes} changes read, {result.Courses} courses assessed, {result.Writes} items written, {result.Raised} flags raised, {result.Resolved} resolved.");
                }

                if (results.Any(r => r.Result is null))
                {
                    throw new PassFailedException();
                }
            }
            catch (OptionsValidationException ex)
            {
                throw new InputException(string.Join(" ", ex.Failures), ex);
            }
            catch (State.StateFileException ex)
            {
                throw new InputException(ex.Message, ex);
            }
        });
        return command;
    }

    /// <summary>
    /// The worker's host, configured from, in order (later wins): appsettings.json beside the program,
    /// environment variables, systemd's credentials (<see cref="SystemdCredentials"/>), and
    /// <paramref name="overrides"/> (the command line). Every command that reads the configuration
    /// builds it here, so that each reads the same.
    /// </summary>
    public static IHost Build(IDictionary<string, string?> overrides, TimeProvider time, bool service, Action<ILoggingBuilder>? logging = null)
    {
        var settings = new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [], Configuration = new ConfigurationManager() };

        // The options are read once, on start: watching appsettings.json for changes would only cost a file watcher per command.
        settings.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["hostBuilder:reloadConfigOnChange"] = "false" });
        var builder = Host.CreateApplicationBuilder(settings);
        builder.Configuration.AddInMemoryCollection(SystemdCredentials.Read(Environment.GetEnvironmentVariable(SystemdCredentials.DirectoryVariable)));
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging?.Invoke(builder.Logging);
        builder.Services.AddCoproductionWorker(builder.Configuration, time);
        if (service)
        {
            builder.Services.AddSystemd();
            builder.Services.AddWindowsService();
            builder.Services.AddHostedService<CoproductionWorker>();
        }

        return builder.Build();
    }

    /// <summary>Every option checked before anything runs, so that each mistake is reported at once.</summary>
    private static void ValidateNow(IServiceProvider services)
    {
        _ = Configured.Options<WorkerOptions>(services);
        _ = Configured.Options<Nudges.NudgeOptions>(services);
        _ = Configured.Get<Coproduction.Assessment.CourseAssessor>(services);
        _ = Configured.Get<Graph.CoproductionGraphClient>(services);
        _ = services.GetRequiredService<State.WorkerState>();
    }
}
