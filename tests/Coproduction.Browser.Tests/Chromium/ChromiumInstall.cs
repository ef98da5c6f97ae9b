using System.Diagnostics;

namespace Coproduction.Browser.Chromium;

/// <summary>
/// Makes sure Debian's Chromium is on the machine before any browser test runs, installing it with
/// install-chromium.sh when it is missing. When it cannot, the tests fail with the script's own
/// words: a missing browser must never pass as a skipped test.
/// </summary>
internal static class ChromiumInstall
{
    /// <summary>Where Debian's package puts the browser; COPRODUCTION_CHROMIUM names another.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("COPRODUCTION_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "install-chromium.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        string output;
        int exitCode;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            output = (await stdout + await stderr).Trim();
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ExecutablePath}, and {script} could not be run: {e.Message}", e);
        }

        if (exitCode != 0 || !File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}. {script} could not install it (exit code {exitCode}):\n{output}");
        }
    }
}
