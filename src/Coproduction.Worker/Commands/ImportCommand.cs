using System.CommandLine;
using Coproduction.Graph.Mapping;
using Coproduction.Model;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction import FILE... --site URL [--graph-url URL]</c>: writes course snapshots into a provisioned site, idempotently.</summary>
internal static class ImportCommand
{
    public static Command Create(TimeProvider time)
    {
        var files = CommonOptions.SnapshotFiles("Course snapshots (JSON, format coproduction-snapshot/1); each is checked before anything is written.");
        var site = CommonOptions.Site();
        var graphUrl = CommonOptions.GraphUrl();
        var command = new Command("import", "Write course snapshots into a provisioned SharePoint site (importing twice leaves one copy).") { files, site, graphUrl };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var snapshots = new List<CourseSnapshot>();
            foreach (var file in parse.GetRequiredValue(files))
            {
                snapshots.Add(await SnapshotFile.ReadAsync(file, cancellationToken));
            }

            if (snapshots.GroupBy(s => s.Course.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InputException($"Course {twice.Key} is in more than one of the files given; import each course once.");
            }

            using var session = GraphSession.Open(parse.GetValue(graphUrl), time);
            var graph = session.Graph;
            var progress = new Progress(stdout, snapshots.Count);
            await GraphSession.RunAsync(() => graph.ImportManyAsync(snapshots, parse.GetRequiredValue(site), progress, cancellationToken));
        });
        return command;
    }

    /// <summary>Says what each course's import did as it is done (synchronously, unlike <see cref="Progress{T}"/>, so lines keep their order).</summary>
    private sealed class Progress(TextWriter stdout, int total) : IProgress<ImportReport>
    {
        private int _done;

        public void Report(ImportReport value)
        {
            _done++;
            var of = total > 1 ? $" ({_done} of {total})" : string.Empty;
            stdout.WriteLine($"Imported course {value.CourseId}{of}: {value.Created} items created, {value.Updated} updated, {value.Unchanged} already as the snapshot says.");
        }
    }
}
