using System.CommandLine;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction provision --site URL [--graph-url URL]</c>: creates the lists and libraries a site
/// is missing, and nothing else. Credentials come from the environment (Azure.Identity's default chain)
/// unless the Graph URL is loopback, which means the emulator.
/// </summary>
internal static class ProvisionCommand
{
    public static Command Create()
    {
        var site = new Option<string>("--site") { Description = "The site, such as https://contoso.sharepoint.com/sites/recovery.", Required = true, HelpName = "URL" };
        var graphUrl = new Option<string>("--graph-url")
        {
            Description = "Microsoft Graph's base URL. Default https://graph.microsoft.com/v1.0; a loopback URL (the emulator) needs no credential.",
            DefaultValueFactory = _ => new CoproductionGraphOptions().GraphUrl,
            HelpName = "URL",
        };
        var command = new Command("provision", "Create the lists and libraries a SharePoint site needs (only what is missing).") { site, graphUrl };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var options = new CoproductionGraphOptions { GraphUrl = parse.GetRequiredValue(graphUrl) };
            if (options.Problems() is { Count: > 0 } problems)
            {
                throw new InputException($"--graph-url: {string.Join(" ", problems)}");
            }

            using var graph = new CoproductionGraphClient(options);
            try
            {
                var report = await graph.Provisioner.ProvisionAsync(parse.GetRequiredValue(site), cancellationToken);
                await stdout.WriteLineAsync(report.Changed
                    ? $"Provisioned {parse.GetRequiredValue(site)}: created {report.CreatedLists.Count} lists and libraries, added {report.AddedColumns.Count} columns."
                    : $"{parse.GetRequiredValue(site)} has everything it needs: nothing changed.");
                foreach (var list in report.CreatedLists)
                {
                    await stdout.WriteLineAsync($"  created {list}");
                }

                foreach (var column in report.AddedColumns)
                {
                    await stdout.WriteLineAsync($"  added column {column}");
                }
            }
            catch (ArgumentException ex)
            {
                throw new InputException($"--site: {ex.Message}", ex);
            }
            catch (CoproductionGraphException ex) when (ex.Status is 404 or 400 or 401 or 403)
            {
                throw new InputException(ex.Message, ex);
            }
        });
        return command;
    }
}
