using System.Diagnostics;
using System.Globalization;

namespace Coproduction.RequestHarness;

/// <summary>
/// One worker pass in a process of its own (<c>coproduction run --once</c>), as it runs in production,
/// so that its memory is its own and not the emulator's: its wall time, exit code and peak resident
/// memory (Linux's high-water mark, VmHWM, read while it runs; elsewhere the peak working set).
/// </summary>
internal static class WorkerProcess
{
    public static async Task<(TimeSpan Time, long PeakBytes)> RunOnceAsync(string site, string graphUrl, string state, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "coproduction.dll"), "run", "--once", "--site", site, "--graph-url", graphUrl, "--state", state })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // The runtime's settings for the worker alone (WORKER_DOTNET_GCHeapHardLimit=0x5000000 sets
        // DOTNET_GCHeapHardLimit in the worker, not in the harness with its emulator): how the
        // measurements of memory in docs/benchmarks.md were taken apart.
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => ((string)e.Key, (string?)e.Value)).Where(e => e.Item1.StartsWith("WORKER_DOTNET_", StringComparison.Ordinal)))
        {
            start.Environment[name["WORKER_".Length..]] = value;
        }

        // The whole site in one pass, to measure it (the worker's default takes 200 courses a pass).
        start.Environment["Coproduction__Worker__MaxCoursesPerPass"] = "100000";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, Peak(process));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The worker exited {process.ExitCode}: {await errors}");
        }

        return (clock.Elapsed, peak);
    }

    private static long Peak(Process process)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }

            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0; // it has just exited
        }
    }
}
