using System.CommandLine;
using Coproduction.Lifecycle;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary><c>coproduction lifecycle [--format mermaid|dot]</c>: the course lifecycle as a diagram.</summary>
internal static class LifecycleCommand
{
    public static Command Create()
    {
        var format = CommonOptions.Format("mermaid", "mermaid", "dot");
        var command = new Command("lifecycle", "Print the course lifecycle state machine as a Mermaid or Graphviz DOT diagram.") { format };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            var diagram = parse.GetRequiredValue(format) == "dot" ? CourseLifecycle.ToDot() : CourseLifecycle.ToMermaid();
            await CommandOutput.WriteAsync(diagram.TrimEnd() + "\n", null, stdout, cancellationToken);
        });
        return command;
    }
}
