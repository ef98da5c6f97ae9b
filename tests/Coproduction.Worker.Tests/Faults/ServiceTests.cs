using System.Diagnostics;
using Coproduction.Emulator.Control;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Faults;

/// <summary><c>coproduction run</c> as a service, a real process: a failed pass is logged and the next one, a poll later, finishes the work.</summary>
public sealed class ServiceTests(ReferenceSiteState reference) : IClassFixture<ReferenceSiteState>
{
    [Fact]
    public async Task Run_AsAServiceWhenAPassFails_LogsItGoesOnAndTheNextPassFinishes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/items/delta", DropConnection = true });
        using var worker = ProgramProcess.Start(
            ["run", "--site", FaultedSite.Site, "--graph-url", site.Emulator.GraphUrl, "--state", site.StatePath],
            new Dictionary<string, string> { ["Coproduction__Worker__PollInterval"] = "00:00:01" });
        _ = worker.StandardOutput.ReadToEndAsync(timeout.Token);
        var log = new List<string>();
        try
        {
            // The failed pass, then two passes that succeed: the second finds its own writes and writes nothing.
            var done = 0;
            while (done < 2 && await worker.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                log.Add(line);
                done += line.Contains("Pass over site", StringComparison.Ordinal) ? 1 : 0;
            }

            using var interrupt = Process.Start("kill", ["-INT", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await worker.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        worker.ExitCode.ShouldBe(0, string.Join('\n', log));
        log.ShouldContain(l => l.Contains("failed: Reading the site's changes", StringComparison.Ordinal) && l.Contains("the connection failed", StringComparison.Ordinal));
        log.FindIndex(l => l.Contains("failed: Reading the site's changes", StringComparison.Ordinal))
            .ShouldBeLessThan(log.FindIndex(l => l.Contains("Pass over site", StringComparison.Ordinal)));
        // A real process assesses as of now, not the tests' fixed moment: its report differs in its date, so only its name is compared.
        static string WithoutReportContent(string line) => line.StartsWith("report ", StringComparison.Ordinal) || line.StartsWith("overview ", StringComparison.Ordinal) ? line.Split('|')[0] : line;
        (await site.DescribeAsync(timeout.Token)).Select(WithoutReportContent).ShouldBe(reference.Lines.Select(WithoutReportContent));
        PrivateText.FoundIn(log, FaultedSite.Sample()).ShouldBeEmpty();
    }
}
