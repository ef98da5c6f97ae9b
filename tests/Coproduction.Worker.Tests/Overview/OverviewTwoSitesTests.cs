using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Overview;

/// <summary>
/// The college overview across two watched sites, as by default: each site's library gets the one page
/// of both sites' courses; a site whose pass failed gets it when its pass goes well, and a round that
/// changes nothing uploads nothing to either.
/// </summary>
public sealed class OverviewTwoSitesTests : IAsyncLifetime, IDisposable
{
    private const string Recovery = "https://contoso.sharepoint.com/sites/recovery";
    private const string Wellbeing = "https://contoso.sharepoint.com/sites/wellbeing";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private GraphEmulator _emulator = null!;
    private CoproductionGraphClient _graph = null!;
    private IHost _worker = null!;

    public async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions { TimeProvider = _clock };
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        options.Sites.Add("contoso.sharepoint.com/sites/wellbeing");
        _emulator = await GraphEmulator.StartAsync(options, _timeout.Token);
        _graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = _emulator.GraphUrl });
        foreach (var (site, sample) in new[] { (Recovery, "drifting-course.json"), (Wellbeing, "healthy-new-course.json") })
        {
            await _graph.Provisioner.ProvisionAsync(site, SiteSchema.Version, _timeout.Token);
            await _graph.ImportAsync(SnapshotSerializer.Deserialize(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", sample))), site, _timeout.Token);
        }

        _worker = RunCommand.Build(new Dictionary<string, string?>
        {
            ["Coproduction:Worker:Sites:0"] = Recovery,
            ["Coproduction:Worker:Sites:1"] = Wellbeing,
            ["Coproduction:Worker:StatePath"] = _folder.File("state.db"),
            ["Coproduction:Graph:GraphUrl"] = _emulator.GraphUrl,
        }, _clock, service: false);
    }

    public async Task DisposeAsync()
    {
        _worker.Dispose();
        _graph.Dispose();
        await _emulator.DisposeAsync();
    }

    public void Dispose()
    {
        _folder.Dispose();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Run_TwoSitesOneOfWhosePassesFails_GivesEachTheOnePageOfBothOnceItsPassGoesWell()
    {
        var runner = _worker.Services.GetRequiredService<WorkerRunner>();
        _emulator.Faults.Add(new ScriptedFault { PathContains = "/sites/wellbeing", Status = 403, Code = "accessDenied" });

        var first = await runner.RunOnceAsync(_timeout.Token);
        var afterFirst = (Recovery: await OverviewAsync(Recovery), Wellbeing: await OverviewAsync(Wellbeing));
        await runner.RunOnceAsync(_timeout.Token);
        var afterSecond = (Recovery: await OverviewAsync(Recovery), Wellbeing: await OverviewAsync(Wellbeing));
        _emulator.Requests.Reset();
        await runner.RunOnceAsync(_timeout.Token);

        first.Single(r => r.Site == Wellbeing).Result.ShouldBeNull("the wellbeing site's pass failed");
        afterFirst.Recovery.ShouldNotBeNull().ShouldContain("1 course on 1 site", Case.Sensitive, "the courses assessed so far");
        afterFirst.Wellbeing.ShouldBeNull("a site whose pass failed is given the page later");
        afterSecond.Recovery.ShouldNotBeNull().ShouldContain("2 courses on 2 sites");
        afterSecond.Wellbeing.ShouldBe(afterSecond.Recovery, "one page for the college, in each site's library");
        afterSecond.Recovery.ShouldContain("<bdi>Understanding Anxiety</bdi>");
        afterSecond.Recovery.ShouldContain("<bdi>Managing Sleep</bdi>");
        _emulator.Requests.Of("upload").ShouldBe(0, "a round that changes nothing uploads nothing, to either site");
    }

    private Task<string?> OverviewAsync(string site) => OverviewFile.ReadAsync(_graph, site, _timeout.Token);
}
