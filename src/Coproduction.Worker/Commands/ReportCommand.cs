using System.CommandLine;
using Coproduction.Report;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction report FILE [--as-of TIME] [--format html|markdown] [--output PATH] [--show-names] [--smallest-count N]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = CommonOptions.SnapshotFile();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("html", "html", "markdown");
        var output = CommonOptions.OutputFile();
        var showNames = new Option<bool>("--show-names")
        {
            Description = "Show people's names beside their contributions (never beside their experience). Default: by role, such as 'Peer trainer A'.",
        };
        var smallestCount = CommonOptions.SmallestCount("people bringing a kind of experience");
        var command = new Command("report", "Write the evidence report for the Quality Process.") { file, asOf, format, output, showNames, smallestCount };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var options = new EvidenceReportOptions { ShowNames = parse.GetValue(showNames), SmallestCountShown = parse.GetValue(smallestCount) };
            if (options.Problems() is [var problem, ..])
            {
                throw new InputException($"--smallest-count: {problem}");
            }

            var (snapshot, assessment) = await AssessedSnapshot.LoadAsync(parse.GetRequiredValue(file), parse.GetValue(asOf), time, cancellationToken);
            var text = parse.GetRequiredValue(format) == "markdown"
                ? EvidenceReport.ToMarkdown(snapshot, assessment, options)
                : EvidenceReport.ToHtml(snapshot, assessment, options);
            await CommandOutput.WriteAsync(text, parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }
}
