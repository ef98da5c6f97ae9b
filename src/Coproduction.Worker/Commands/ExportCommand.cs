using System.CommandLine;
using Coproduction.Snapshots;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction export --site URL --course ID [--graph-url URL] [--output PATH]</c>: reads a course
/// from a site as a snapshot. Items that cannot be read are left out and listed on standard error,
/// by list, item id and column (never their content).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TimeProvider time)
    {
        var site = CommonOptions.Site();
        var course = new Option<string>("--course") { Description = "The course's id, such as sleep-2026.", Required = true, HelpName = "ID" };
        var graphUrl = CommonOptions.GraphUrl();
        var output = CommonOptions.OutputFile();
        var command = new Command("export", "Read a course from a SharePoint site as a snapshot.") { site, course, graphUrl, output };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            using var session = GraphSession.Open(parse.GetValue(graphUrl), time);
            var graph = session.Graph;
            var export = await GraphSession.RunAsync(() => graph.ExportAsync(parse.GetRequiredValue(site), parse.GetRequiredValue(course), cancellationToken));
            foreach (var problem in export.Problems)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"coproduction: left out: {problem}");
            }

            await CommandOutput.WriteAsync(SnapshotSerializer.Serialize(export.Snapshot), parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }
}
