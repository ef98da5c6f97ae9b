using System.Diagnostics;

namespace Coproduction.Browser;

/// <summary>
/// install-chromium.sh asks nothing of apt when the browser is there, and, when it cannot install,
/// fails saying why and how (the browser tests then fail with those words). Its install itself runs
/// whenever a machine lacks Chromium, through <see cref="ChromiumInstall"/>, as on a clean CI machine.
/// </summary>
public sealed class InstallScriptTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "install-chromium.sh");

    [Fact]
    public async Task InstallScript_BrowserPresent_DoesNothing()
    {
        var (exitCode, output) = await RunAsync([], chromium: "/bin/sh");

        exitCode.ShouldBe(0);
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task InstallScript_NeitherRootNorSudo_FailsSayingHowToInstall()
    {
        // As root (CI), run it as nobody; as anyone else it already is not root. With passwordless sudo
        // the script could install, so there is nothing here to refuse.
        var asNobody = Environment.UserName == "root" ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--" } : [];
        if (asNobody.Length == 0 && await HasPasswordlessSudoAsync())
        {
            return;
        }

        var (exitCode, output) = await RunAsync(asNobody, chromium: "/nonexistent/chromium");

        exitCode.ShouldBe(2, output);
        output.ShouldContain("/nonexistent/chromium is missing, and installing it needs root or sudo");
        output.ShouldContain("apt-get install -y chromium");
    }

    /// <summary>Runs the script (read from standard input, so that any user can run it) after the given command prefix.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string[] prefix, string chromium)
    {
        string[] command = [.. prefix, "bash", "-s"];
        var start = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["COPRODUCTION_CHROMIUM"] = chromium },
        };
        using var process = Process.Start(start).ShouldNotBeNull();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Script));
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    private static async Task<bool> HasPasswordlessSudoAsync()
    {
        try
        {
            using var sudo = Process.Start(new ProcessStartInfo("sudo", ["-n", "true"]) { RedirectStandardError = true }).ShouldNotBeNull();
            await sudo.WaitForExitAsync();
            return sudo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no sudo on this machine
        }
    }
}
