using System.CommandLine;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction import FILE --site URL [--graph-url URL]</c>: writes a course snapshot into a provisioned site, idempotently.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = CommonOptions.SnapshotFile();
        var site = CommonOptions.Site();
        var graphUrl = CommonOptions.GraphUrl();
        var command = new Command("import", "Write a course snapshot into a provisioned SharePoint site (importing twice leaves one copy).") { file, site, graphUrl };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var snapshot = await SnapshotFile.ReadAsync(parse.GetRequiredValue(file), cancellationToken);
            using var graph = GraphSession.Open(parse.GetRequiredValue(graphUrl));
            var report = await GraphSession.RunAsync(() => graph.ImportAsync(snapshot, parse.GetRequiredValue(site), cancellationToken));
            await stdout.WriteLineAsync($"Imported course {snapshot.Course.Id}: {report.Created} items created, {report.Updated} updated, {report.Unchanged} already as the snapshot says.");
        });
        return command;
    }
}
