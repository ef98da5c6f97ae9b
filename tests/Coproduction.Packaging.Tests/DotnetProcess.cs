using System.Diagnostics;
using System.Text;

namespace Coproduction.Packaging;

/// <summary>What a finished process did.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Everything a failed assertion should show.</summary>
    public override string ToString() => $"{Command} exited {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs real processes (dotnet, the installed tool, the sample) as a shell would, and ends them if they hang.</summary>
internal static class DotnetProcess
{
    public static async Task<ProcessResult> RunAsync(string workingDirectory, string program, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, program, args))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(program, args)} did not finish in 5 minutes.");
        }

        return new ProcessResult(Describe(program, args), process.ExitCode, await output, await error);
    }

    /// <summary>Runs it and fails the test, with everything it printed, unless it exits 0.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(string workingDirectory, string program, params string[] args)
    {
        var result = await RunAsync(workingDirectory, program, args);
        result.ExitCode.ShouldBe(0, result.ToString());
        return result;
    }

    /// <summary>Starts a long-running process; the caller kills it.</summary>
    public static Process Start(string workingDirectory, string program, params string[] args) =>
        Process.Start(StartInfo(workingDirectory, program, args))!;

    private static ProcessStartInfo StartInfo(string workingDirectory, string program, string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runs inside `dotnet test`, whose MSBuild settings must not steer the builds it starts.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static string Describe(string program, string[] args) => $"{Path.GetFileName(program)} {string.Join(' ', args)}";
}
