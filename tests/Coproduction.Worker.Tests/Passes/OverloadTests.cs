using System.Net.Http.Json;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A site with more changed courses than one pass takes (MaxCoursesPerPass) is worked through over
/// several passes, losing none, while another site gets its pass every time.
/// </summary>
public sealed class OverloadTests : IAsyncLifetime, IDisposable
{
    private const string Busy = "https://contoso.sharepoint.com/sites/recovery";
    private const string Quiet = "https://contoso.sharepoint.com/sites/quiet";
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private GraphEmulator _emulator = null!;
    private CoproductionGraphClient _graph = null!;

    public async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        options.Sites.Add("contoso.sharepoint.com/sites/quiet");
        _emulator = await GraphEmulator.StartAsync(options);
        _graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = _emulator.GraphUrl });
        await _graph.Provisioner.ProvisionAsync(Busy);
        await _graph.Provisioner.ProvisionAsync(Quiet);
        await _graph.ImportManyAsync([Sample("healthy-new-course.json"), Sample("drifting-course.json"), Sample("course-under-review.json")], Busy, progress: null);
        await _graph.ImportAsync(Sample("drifting-course.json"), Quiet);
    }

    public async Task DisposeAsync()
    {
        _graph.Dispose();
        await _emulator.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    private static Model.CourseSnapshot Sample(string name) =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)));

    private IHost Host(int mostCourses) => RunCommand.Build(new Dictionary<string, string?>
    {
        ["Coproduction:Worker:Sites:0"] = Busy,
        ["Coproduction:Worker:Sites:1"] = Quiet,
        ["Coproduction:Worker:MaxCoursesPerPass"] = mostCourses.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Coproduction:Worker:StatePath"] = _folder.File("state.db"),
        ["Coproduction:Graph:GraphUrl"] = _emulator.GraphUrl,
        ["Logging:LogLevel:Default"] = "Warning",
    }, _clock, service: false);

    [Fact]
    public async Task Pass_MoreCoursesThanOnePassTakes_TakesThemInTurnLosingNoneAndStarvingNoSite()
    {
        using var host = Host(mostCourses: 1);
        var runner = host.Services.GetRequiredService<WorkerRunner>();

        var first = await runner.RunOnceAsync(CancellationToken.None);
        _emulator.Requests.Reset();
        var second = await runner.RunOnceAsync(CancellationToken.None);
        var secondDeltas = _emulator.Requests.Of("delta");
        var third = await runner.RunOnceAsync(CancellationToken.None);
        var busy = await StatusCommand.ReadAsync(_graph, Busy, CancellationToken.None);

        first.Select(r => r.Result!.Courses).ShouldBe([1, 1], "each site gets its pass, the busy one a course of its three");
        second[0].Result!.Courses.ShouldBe(1);
        third[0].Result!.Courses.ShouldBe(1);
        secondDeltas.ShouldBe(20, "the delta links moved on although courses were left: one request a watched list a site");
        busy.Count.ShouldBe(3);
        busy.ShouldAllBe(c => c.Score != null, "every course assessed, none lost");
        (await StatusCommand.ReadAsync(_graph, Quiet, CancellationToken.None)).Single().Score.ShouldBe(7);
    }

    [Fact]
    public async Task Pass_WorkedThroughInSteps_EndsAsOnePassWithoutALimitWould()
    {
        using (var host = Host(mostCourses: 1))
        {
            var runner = host.Services.GetRequiredService<WorkerRunner>();
            for (var i = 0; i < 6; i++)
            {
                await runner.RunOnceAsync(CancellationToken.None);
            }
        }

        var stepped = await SiteStateAsync(Busy);
        var (siteId, lists) = await _graph.FindListsAsync(Busy);
        foreach (var flag in await _graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList]))
        {
            await _graph.WriteAsync(siteId, [new Graph.Writing.ItemUpdate(lists[SiteSchema.FlagList], flag.Id, new Dictionary<string, object?> { ["Status"] = "Resolved" })]);
        }

        File.Delete(_folder.File("state.db"));
        using (var host = Host(mostCourses: 100))
        {
            await host.Services.GetRequiredService<WorkerRunner>().RunOnceAsync(CancellationToken.None);
        }

        (await SiteStateAsync(Busy)).ShouldBe(stepped);
    }

    /// <summary>Each course's checklist and score, and its open flags, as the site holds them.</summary>
    private async Task<List<string>> SiteStateAsync(string site) =>
        [.. (await StatusCommand.ReadAsync(_graph, site, CancellationToken.None))
            .Select(c => $"{c.CourseId} {c.Score} {string.Join(",", c.Checklist.Select(i => i.Status))} {string.Join(",", c.Flags.Select(f => f.Kind + ":" + f.Subject).Order(StringComparer.Ordinal))}")];

    [Fact]
    public async Task Pass_MoreForbiddenMovesThanOnePassTakes_FlagsEveryOne()
    {
        using (var settle = Host(mostCourses: 100))
        {
            await settle.Services.GetRequiredService<WorkerRunner>().RunOnceAsync(CancellationToken.None);
            await settle.Services.GetRequiredService<WorkerRunner>().RunOnceAsync(CancellationToken.None);
        }

        var (siteId, lists) = await _graph.FindListsAsync(Busy);
        using var staff = new HttpClient { BaseAddress = new Uri(_emulator.GraphUrl + "/") };
        staff.DefaultRequestHeaders.Authorization = new("Bearer", "user:coordinator@example.org");
        var courses = await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses]);
        var moved = courses.Where(c => c.Fields.GetValueOrDefault("Stage") as string is "Developing" or "Scoping").Select(c => c.Id).ToList();
        foreach (var course in moved)
        {
            (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course}/fields", new System.Text.Json.Nodes.JsonObject { ["Stage"] = "Live" })).EnsureSuccessStatusCode();
        }

        using var host = Host(mostCourses: 1);
        await host.Services.GetRequiredService<WorkerRunner>().RunOnceAsync(CancellationToken.None);
        var flags = await _graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList]);

        moved.Count.ShouldBeGreaterThan(1);
        flags.Count(f => f.Fields.GetValueOrDefault("FlagKind") as string == Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel).ShouldBe(moved.Count, "a move is known only in the pass that reads it, so every moved course is taken");
    }
}
