using System.CommandLine;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction provision --site URL [--graph-url URL]</c>: creates the lists and libraries a site
/// is missing, and nothing else. It signs in as the worker does, from the section <c>Coproduction:Graph</c>
/// (see <see cref="GraphSession"/>); a loopback Graph URL means the emulator.
/// </summary>
internal static class ProvisionCommand
{
    public static Command Create(TimeProvider time)
    {
        var site = CommonOptions.Site();
        var graphUrl = CommonOptions.GraphUrl();
        var command = new Command("provision", "Create the lists and libraries a SharePoint site needs (only what is missing).") { site, graphUrl };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            using var session = GraphSession.Open(parse.GetValue(graphUrl), time);
            var graph = session.Graph;
            var url = parse.GetRequiredValue(site);
            var report = await GraphSession.RunAsync(() => graph.Provisioner.ProvisionAsync(url, cancellationToken));
            await stdout.WriteLineAsync(report.Changed
                ? $"Provisioned {url}: created {report.CreatedLists.Count} lists and libraries, added {report.AddedColumns.Count} columns."
                : $"{url} has everything it needs: nothing changed.");
            foreach (var list in report.CreatedLists)
            {
                await stdout.WriteLineAsync($"  created {list}");
            }

            foreach (var column in report.AddedColumns)
            {
                await stdout.WriteLineAsync($"  added column {column}");
            }
        });
        return command;
    }
}
