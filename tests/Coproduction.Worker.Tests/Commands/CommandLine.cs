using System.CommandLine;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Commands;

/// <summary>Runs the <c>coproduction</c> command line in-process, capturing what it prints.</summary>
internal static class CommandLine
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CoproductionCommand.InvokeAsync(args, new FakeTimeProvider(Now), new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
