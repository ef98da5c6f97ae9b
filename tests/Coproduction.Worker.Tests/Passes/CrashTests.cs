using System.Diagnostics;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Passes;

/// <summary>A real worker process, killed at random moments of a bulk pass and started again each time, ends where one never interrupted ends.</summary>
public sealed class CrashTests : IDisposable
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_KilledTwentyTimesDuringABulkPassAndStartedAgain_EndsInTheSameSiteStateAsAnUninterruptedRun()
    {
        var uninterrupted = await SiteStateAfterAsync(kills: 0, seed: 1);
        var killed = await SiteStateAfterAsync(kills: 20, seed: 20261127);

        killed.ShouldBe(uninterrupted);
        uninterrupted.Count(line => line.StartsWith("course ", StringComparison.Ordinal)).ShouldBe(Copies * 3);
        uninterrupted.ShouldContain(line => line.StartsWith("flag understanding-anxiety-2026-7|Sole author without feedback|m1|Open", StringComparison.Ordinal));
        uninterrupted.ShouldAllBe(line => !line.StartsWith("report ", StringComparison.Ordinal) || !line.EndsWith('|'), "every report has its course");
        uninterrupted.ShouldContain($"overview {Overview.OverviewOptions.FileName}");
    }

    /// <summary>Each sample is imported this many times, under other course ids: a site of 30 courses, about 2,000 items.</summary>
    private const int Copies = 10;

    /// <summary>Imports the samples, runs the worker (killing it <paramref name="kills"/> times at random moments), and describes the site as it ends.</summary>
    private async Task<List<string>> SiteStateAfterAsync(int kills, int seed)
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        await using var emulator = await GraphEmulator.StartAsync(options);
        using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
        await graph.Provisioner.ProvisionAsync(Site);
        var samples = new[] { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" }
            .Select(name => SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name))));
        await graph.ImportManyAsync([.. samples.SelectMany(s => Enumerable.Range(0, Copies).Select(n => s with { Course = s.Course with { Id = $"{s.Course.Id}-{n}" } }))], Site, progress: null);

        var state = _folder.File($"state-{seed}.db");
        var cut = 0;
        var random = new Random(seed);
        emulator.Faults.Latency = TimeSpan.FromMilliseconds(10);
        for (var i = 0; i < kills; i++)
        {
            // A random moment of the pass, counted in the worker's requests (a pass makes some 50 on a fresh
            // state, fewer as killed passes leave work done), not in time, which depends on the machine.
            var at = emulator.Requests.Http + random.Next(1, 20);
            using var worker = Start(emulator.GraphUrl, state);
            while (!worker.HasExited && emulator.Requests.Http < at)
            {
                await Task.Delay(2);
            }

            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                cut++;
            }

            await worker.WaitForExitAsync();
        }

        cut.ShouldBeGreaterThanOrEqualTo(kills / 2, "most kills land in the middle of a pass");
        emulator.Faults.Latency = TimeSpan.Zero;
        for (var pass = 0; pass < 2; pass++)
        {
            using var worker = Start(emulator.GraphUrl, state);
            var error = worker.StandardError.ReadToEndAsync();
            await worker.WaitForExitAsync();
            worker.ExitCode.ShouldBe(0, await error);
        }

        return await DescribeAsync(graph);
    }

    private static async Task<List<string>> DescribeAsync(CoproductionGraphClient graph)
    {
        var (lines, ids) = await SiteLines.CoursesAndFlagsAsync(graph, Site);
        var (siteId, lists) = await graph.FindListsAsync(Site);
        lines.AddRange((await graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence])).Select(e => e.Fields["FileLeafRef"] is Overview.OverviewOptions.FileName
            ? $"overview {e.Fields["FileLeafRef"]}"
            : $"report {e.Fields["FileLeafRef"]}|{ids.GetValueOrDefault(e.Fields.GetValueOrDefault("CourseLookupId") as string ?? string.Empty)}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static Process Start(string graphUrl, string state)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "coproduction.dll"), "run", "--once", "--site", Site, "--graph-url", graphUrl, "--state", state })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }
}
