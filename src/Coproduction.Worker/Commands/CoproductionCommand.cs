using System.CommandLine;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>The <c>coproduction</c> program's commands, and how a command line becomes an exit code.</summary>
internal static class CoproductionCommand
{
    public static RootCommand Create(TimeProvider time) =>
        new("coproduction: makes co-production visible for a Recovery College's courses.")
        {
            AssessCommand.Create(time),
            ReportCommand.Create(time),
            LifecycleCommand.Create(),
            EmulatorCommand.Create(),
            ProvisionCommand.Create(time),
            ImportCommand.Create(time),
            ExportCommand.Create(time),
            RunCommand.Create(time),
            CheckCommand.Create(time),
            StatusCommand.Create(time),
            HistoryCommand.Create(),
            OverviewCommand.Create(time),
            DemoCommand.Create(),
        };

    /// <summary>Parses and runs a command line. A command line that does not parse is bad input: exit 2, with the problems on standard error.</summary>
    public static async Task<int> InvokeAsync(string[] args, TimeProvider time, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parse = Create(time).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await configuration.Error.WriteLineAsync($"coproduction: {error.Message}");
            }

            await configuration.Error.WriteLineAsync("Run 'coproduction --help' to see the commands and their options.");
            return ExitCodes.InvalidInput;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
