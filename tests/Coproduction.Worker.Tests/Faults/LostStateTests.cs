using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;

namespace Coproduction.Worker.Faults;

/// <summary>Losing the state file costs a full read of the site, nothing else: not even when that read meets a fault.</summary>
public sealed class LostStateTests(ReferenceSiteState reference) : IClassFixture<ReferenceSiteState>
{
    [Fact]
    public async Task Passes_StateFileLostAndTheFlagListReadFails_LearnTheFlagItemsNextPassAndMakeNoneTwice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result.ShouldNotBeNull();
        var (_, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var lost = site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:StatePath"] = Path.Combine(site.Folder, "new-state.db") });
        site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = $"/lists/{lists[SiteSchema.FlagList]}/items", Status = 500 });

        var passes = new List<bool>();
        for (var pass = 0; pass < 3; pass++)
        {
            passes.Add((await lost.RunOnceAsync(timeout.Token)).Single().Result is not null);
        }

        passes.ShouldBe([false, true, true]);
        site.Log.Lines.ShouldContain(l => l.Contains($"failed: Reading list {lists[SiteSchema.FlagList]} failed (HTTP 500, generalException)", StringComparison.Ordinal));
        site.Emulator.Faults.PendingScripted.ShouldBe(0);
        (await site.DescribeAsync(timeout.Token)).ShouldBe(reference.Lines, "no flag item twice");
    }
}
