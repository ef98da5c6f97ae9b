using System.CommandLine;
using System.Text;
using System.Text.Json;
using Coproduction.Graph;
using Coproduction.Graph.Checks;
using Coproduction.Worker.Cli;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction check [--site URL ...] [--graph-url URL] [--format text|json]</c>: a read-only check
/// of each site, run once against a real tenant with the worker's own configuration and credentials
/// (appsettings.json, environment variables): the app's access, the schema, and each assumption of
/// docs/graph-assumptions.md tried for real. Exit 0 when the worker can do its job on every site, 3 when not.
/// </summary>
internal static class CheckCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(TimeProvider time)
    {
        var sites = new Option<string[]>("--site") { Description = "A site to check (repeatable); by default the worker's configured sites.", HelpName = "URL" };
        var graphUrl = new Option<string?>("--graph-url") { Description = "Microsoft Graph's base URL; by default the worker's configured one. A loopback URL means the emulator.", HelpName = "URL" };
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("check", "Check, only reading, that the worker can work on a site: its access, the lists and columns, and what the tenant really answers.") { sites, graphUrl, format };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (parse.GetValue(graphUrl) is { } url)
            {
                overrides[$"{Graph.Connection.CoproductionGraphOptions.Section}:GraphUrl"] = url;
            }

            using var host = RunCommand.Build(overrides, time, service: false);
            var checking = parse.GetValue(sites) is { Length: > 0 } given ? given
                : host.Services.GetRequiredService<IConfiguration>().GetSection($"{WorkerOptions.Section}:Sites").Get<string[]>() ?? [];
            if (checking.Length == 0)
            {
                throw new InputException("--site: give a site to check, or configure the worker's sites (Coproduction:Worker:Sites)");
            }

            var graph = Configured.Get<CoproductionGraphClient>(host.Services);

            var json = parse.GetRequiredValue(format) == "json";
            var reports = new List<SiteCheckReport>();
            foreach (var site in checking)
            {
                reports.Add(await GraphSession.RunAsync(() => graph.CheckSiteAsync(site, cancellationToken)));
                if (!json)
                {
                    // Each site as it is checked: a later site's failure leaves this one's report standing.
                    await stdout.WriteAsync(Text([reports[^1]]));
                }
            }

            if (json)
            {
                await stdout.WriteAsync(Json(reports));
            }
            if (reports.Any(r => !r.WorkerCanWork))
            {
                throw new CheckFailedException();
            }
        });
        return command;
    }

    public static string Text(IReadOnlyList<SiteCheckReport> reports)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            text.Append("Checked ").Append(report.SiteUrl).Append(" (reading only):\n");
            var width = report.Findings.Max(f => f.Check.Length);
            foreach (var finding in report.Findings)
            {
                text.Append("  ").Append(Word(finding.Outcome).PadRight(9)).Append(' ').Append(finding.Check.PadRight(width)).Append("  ").Append(finding.Says).Append('\n');
            }

            var failures = report.Findings.Count(f => f.Outcome == CheckOutcome.Fails);
            text.Append(failures == 0
                ? "The worker can do its job on this site.\n\n"
                : $"The worker cannot do its job on this site until {(failures == 1 ? "the failure" : $"the {failures} failures")} above {(failures == 1 ? "is" : "are")} dealt with.\n\n");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<SiteCheckReport> reports) =>
        JsonSerializer.Serialize(reports.Select(r => new
        {
            site = r.SiteUrl,
            workerCanWork = r.WorkerCanWork,
            findings = r.Findings.Select(f => new { check = f.Check, outcome = JsonNamingPolicy.CamelCase.ConvertName(f.Outcome.ToString()), says = f.Says }),
        }), Indented) + "\n";

    private static string Word(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Holds => "holds",
        CheckOutcome.Differs => "differs",
        CheckOutcome.Fails => "FAILS",
        _ => "not tried",
    };
}
