using System.CommandLine;
using Coproduction.Graph.Provisioning;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction provision --site URL [--graph-url URL]</c>: creates the lists and libraries a site
/// is missing, and nothing else, then its status at a glance (the worker's columns formatted, two views).
/// It signs in as the worker does, from the section <c>Coproduction:Graph</c> (see <see cref="GraphSession"/>);
/// a loopback Graph URL means the emulator.
/// </summary>
/// <remarks>
/// SharePoint refusing the status at a glance (its REST API wants a permission and a credential Graph
/// does not) is said on standard error and still exits 0: the lists and columns the worker needs are
/// there, nothing was half written (formatting is how columns look, not data), and a second run once
/// granted completes it. Exiting non-zero would stop a script's <c>provision &amp;&amp; run</c> for a site the
/// worker can serve.
/// </remarks>
internal static class ProvisionCommand
{
    public static Command Create(TimeProvider time)
    {
        var site = CommonOptions.Site();
        var graphUrl = CommonOptions.GraphUrl();
        var command = new Command("provision", "Create the lists and libraries a SharePoint site needs (only what is missing), and its status at a glance.") { site, graphUrl };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            using var session = GraphSession.Open(parse.GetValue(graphUrl), time);
            var graph = session.Graph;
            var url = parse.GetRequiredValue(site);
            var report = await GraphSession.RunAsync(() => graph.Provisioner.ProvisionAsync(url, cancellationToken));
            await stdout.WriteLineAsync(report.Changed
                ? $"Provisioned {url}: created {report.CreatedLists.Count} lists and libraries, added {report.AddedColumns.Count} columns{(report.AddedChoices.Count > 0 ? $" and {report.AddedChoices.Count} choices" : string.Empty)}."
                : $"{url} has everything it needs: nothing changed.");
            foreach (var list in report.CreatedLists)
            {
                await stdout.WriteLineAsync($"  created {list}");
            }

            foreach (var column in report.AddedColumns)
            {
                await stdout.WriteLineAsync($"  added column {column}");
            }

            foreach (var choice in report.AddedChoices)
            {
                await stdout.WriteLineAsync($"  added choice {choice}");
            }

            await WriteFormattingAsync(report.Formatting, stdout, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static async Task WriteFormattingAsync(FormattingReport formatting, TextWriter stdout, TextWriter stderr)
    {
        if (formatting.Changed)
        {
            await stdout.WriteLineAsync($"Status at a glance: formatted {formatting.FormattedColumns.Count} columns, created {formatting.CreatedViews.Count} views.");
        }

        foreach (var column in formatting.FormattedColumns)
        {
            await stdout.WriteLineAsync($"  formatted column {column}");
        }

        foreach (var view in formatting.CreatedViews)
        {
            await stdout.WriteLineAsync($"  created view {view}");
        }

        foreach (var column in formatting.KeptColumns)
        {
            await stdout.WriteLineAsync($"  kept column {column} as it is: someone formatted it their own way");
        }

        if (formatting.Refusal is { } refusal)
        {
            await stderr.WriteLineAsync($"coproduction: status at a glance not applied: {refusal}");
        }
    }
}
