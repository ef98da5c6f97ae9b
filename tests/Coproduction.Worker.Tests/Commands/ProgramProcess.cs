using System.Diagnostics;

namespace Coproduction.Worker.Commands;

/// <summary>The built <c>coproduction</c> program as a real process, with its streams redirected.</summary>
internal static class ProgramProcess
{
    /// <summary>Far longer than any command here takes; one still running then has hung.</summary>
    public static readonly TimeSpan Hung = TimeSpan.FromMinutes(1);

    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coproduction.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the program to its end; one that runs longer than <see cref="Hung"/> is killed and reported as hung.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var arguments = args.ToList();
        using var process = Start(arguments, environment);
        using var hung = new CancellationTokenSource(Hung);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(hung.Token);
            var error = process.StandardError.ReadToEndAsync(hung.Token);
            await process.WaitForExitAsync(hung.Token);
            return (process.ExitCode, await output, (await error).TrimEnd());
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"coproduction {string.Join(' ', arguments)} was still running after {Hung}: it hangs");
        }
    }
}
