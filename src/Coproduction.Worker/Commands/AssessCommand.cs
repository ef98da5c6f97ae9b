using System.CommandLine;
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
            var (snapshot, assessment) = await AssessedSnapshot.LoadAsync(parse.GetRequiredValue(file), parse.GetValue(asOf), time, cancellationToken);
            var text = parse.GetRequiredValue(format) == "markdown"
                ? AssessmentMarkdown.Write(assessment, snapshot.Course)
                : AssessmentJson.Serialize(assessment);
            await CommandOutput.WriteAsync(text, parse.GetValue(output), stdout, cancellationToken);
        });
        return command;
    }
}
