using System.CommandLine;
using Coproduction.Overview;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction overview FILE... [--as-of TIME] [--output PATH] [--smallest-count N]</c>: the college
/// overview of the courses of snapshot files, offline. Each course's "site" is the file it came from;
/// with no history, its trend and the flags by month say so.
/// </summary>
internal static class OverviewCommand
{
    public static Command Create(TimeProvider time)
    {
        var files = CommonOptions.SnapshotFiles("Course snapshots (JSON, format coproduction-snapshot/1), one course each.");
        var asOf = CommonOptions.AsOf();
        var output = CommonOptions.OutputFile();
        var smallestCount = CommonOptions.SmallestCount("flags in a month");
        var command = new Command("overview", "Write the college overview of several course snapshots: one HTML page.") { files, asOf, output, smallestCount };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var options = new CollegeOverviewOptions { SmallestCountShown = parse.GetValue(smallestCount), AsOf = parse.GetValue(asOf) };
            if (options.Problems() is [var problem, ..])
            {
                throw new InputException($"--smallest-count: {problem}");
            }

            var given = parse.GetRequiredValue(files);
            if (given.GroupBy(f => f.FullName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InputException($"{twice.Key}: the file is given twice; give each snapshot once");
            }

            var assessed = await AssessedSnapshot.LoadAsync(given, options.AsOf, time, cancellationToken);
            var courses = given.Zip(assessed, (file, a) => OverviewCourse.Of(file.Name, a.Snapshot, a.Assessment));
            await CommandOutput.WriteAsync(CollegeOverview.ToHtml(courses, [], options), parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }
}
