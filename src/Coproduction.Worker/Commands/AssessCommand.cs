using System.CommandLine;
using Coproduction.Assessment;
using Coproduction.Output;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction assess FILE [--as-of TIME] [--format json|markdown] [--output PATH]</c>.</summary>
internal static class AssessCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = CommonOptions.SnapshotFile();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("json", "json", "markdown");
        var output = CommonOptions.OutputFile();
        var command = new Command("assess", "Assess a course snapshot: the checklist, flags and lifecycle.") { file, asOf, format, output };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var snapshot = await SnapshotFile.ReadAsync(parse.GetRequiredValue(file), cancellationToken);
            var moment = parse.GetValue(asOf) ?? snapshot.AsOf ?? time.GetUtcNow();
            var assessment = new CourseAssessor().Assess(snapshot, moment);
            var text = parse.GetRequiredValue(format) == "markdown"
                ? AssessmentMarkdown.Write(assessment, snapshot.Course)
                : AssessmentJson.Serialize(assessment);
            await CommandOutput.WriteAsync(text, parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }
}
