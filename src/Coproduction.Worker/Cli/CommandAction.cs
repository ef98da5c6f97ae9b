using System.CommandLine;

namespace Coproduction.Worker.Cli;

/// <summary>
/// Runs a command's work and turns its outcome into the program's exit code: input problems are
/// reported on standard error and exit 2, anything unexpected exits 1.
/// </summary>
internal static class CommandAction
{
    public delegate Task Work(ParseResult parse, TextWriter output, CancellationToken cancellationToken);

    public static void Set(Command command, Work work) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                await work(parse, parse.InvocationConfiguration.Output, cancellationToken);
                return ExitCodes.Success;
            }
            catch (InputException ex)
            {
                await error.WriteLineAsync($"coproduction: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (CheckFailedException ex)
            {
                await error.WriteLineAsync($"coproduction: {ex.Message}");
                return ExitCodes.CheckFailed;
            }
            catch (HostFaultExitException ex)
            {
                await error.WriteLineAsync($"coproduction: {ex.Message}");
                return ExitCodes.HostFault;
            }
            catch (PassFailedException ex)
            {
                await error.WriteLineAsync($"coproduction: {ex.Message}");
                return ExitCodes.Unexpected;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("coproduction: cancelled");
                return ExitCodes.Unexpected;
            }
#pragma warning disable CA1031 // The last line of defence: report, never crash with a stack trace.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                await error.WriteLineAsync($"coproduction: unexpected error ({ex.GetType().Name}): {ex.Message}");
                return ExitCodes.Unexpected;
            }
        });
}
