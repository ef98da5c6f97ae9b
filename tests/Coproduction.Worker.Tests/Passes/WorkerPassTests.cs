using System.Net.Http.Json;
using System.Text.Json.Nodes;
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
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Passes;

/// <summary>The worker end to end: the emulator, the real SDK, a real SQLite file.</summary>
public sealed class WorkerPassTests : IAsyncLifetime, IDisposable
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private GraphEmulator _emulator = null!;
    private CoproductionGraphClient _graph = null!;
    private HttpClient _staff = null!;
    private IHost? _host;

    public async Task InitializeAsync()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        _emulator = await GraphEmulator.StartAsync(options);
        _graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = _emulator.GraphUrl });
        _staff = new HttpClient { BaseAddress = new Uri(_emulator.GraphUrl + "/") };
        _staff.DefaultRequestHeaders.Authorization = new("Bearer", "user:coordinator@example.org");
        await _graph.Provisioner.ProvisionAsync(Site);
        var sample = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json")));
        await _graph.ImportAsync(sample, Site);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        _staff.Dispose();
        _graph.Dispose();
        await _emulator.DisposeAsync();
    }

    public void Dispose() => _folder.Dispose();

    private WorkerRunner Runner(bool revert = false)
    {
        _host?.Dispose();
        _host = RunCommand.Build(new Dictionary<string, string?>
        {
            ["Coproduction:Worker:RevertForbiddenStageChanges"] = revert ? "true" : "false",
            ["Coproduction:Worker:Sites:0"] = Site,
            ["Coproduction:Worker:StatePath"] = _folder.File("state.db"),
            ["Coproduction:Graph:GraphUrl"] = _emulator.GraphUrl,
            ["Logging:LogLevel:Default"] = "Warning",
        }, _clock, service: false);
        return _host.Services.GetRequiredService<WorkerRunner>();
    }

    private static async Task<PassResult> PassAsync(WorkerRunner runner) => (await runner.RunOnceAsync(CancellationToken.None)).Single().Result!;

    private async Task<List<JsonNode>> FlagsAsync()
    {
        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var page = await _staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{lists[SiteSchema.FlagList]}/items?expand=fields&$top=500");
        return page!["value"]!.AsArray().Select(i => i!["fields"]!).ToList();
    }

    [Fact]
    public async Task Pass_NewCourse_RaisesEachFlagOnceAndWritesTheCourse()
    {
        var result = await PassAsync(Runner());
        var status = (await StatusCommand.ReadAsync(_graph, Site, CancellationToken.None)).Single();

        result.Raised.ShouldBe(9);
        result.Reports.ShouldBe(1);
        (await FlagsAsync()).Count.ShouldBe(9);
        status.Score.ShouldBe(7);
        status.Ready.ShouldBe(false);
        status.Flags.Select(f => f.Kind).ShouldContain("soleAuthorWithoutFeedback");
    }

    [Fact]
    public async Task Pass_FirstOverSeveralCourses_ReadsVersionsAndWritesInFullBatchesAcrossCourses()
    {
        foreach (var name in new[] { "healthy-new-course.json", "course-under-review.json" })
        {
            await _graph.ImportAsync(SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name))), Site);
        }

        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var documents = (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Materials])).Count;
        _emulator.Requests.Reset();

        var result = await PassAsync(Runner());
        var writes = _emulator.Requests.Of("create") + _emulator.Requests.Of("update");
        var versionBatches = (documents + 19) / 20;

        result.Courses.ShouldBe(3);
        _emulator.Requests.Of("itemFileVersions").ShouldBe(documents, "each document's file's versions read once, through its list item");
        _emulator.Requests.Of("driveItem").ShouldBe(0, "no request for the file itself");
        _emulator.Requests.Of("batch").ShouldBe(1 + versionBatches + (writes + 19) / 20, "the site's delta reads in one batch; writes of all courses share batches of 20");
        _emulator.Requests.Of("upload").ShouldBe(4, "one request a report, and one for the college overview");
        _emulator.Requests.Of("drive").ShouldBe(1, "the evidence library's drive is looked up once");
        _emulator.Requests.Of("listItem").ShouldBe(0, "a new report's course is set through its file");
        (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence])).Where(r => r.Fields.GetValueOrDefault("FileLeafRef") as string != Overview.OverviewOptions.FileName)
            .Select(r => r.Fields.GetValueOrDefault(CourseColumn.Any.FieldName)).ShouldAllBe(c => c != null, "each report has its course; the overview is no course's");
    }

    [Fact]
    public async Task Pass_Repeated_WritesNothingNew()
    {
        var runner = Runner();
        await PassAsync(runner);
        await PassAsync(runner); // the worker's own writes come back through delta
        _emulator.Requests.Reset();

        var third = await PassAsync(runner);

        third.Writes.ShouldBe(0);
        _emulator.Requests.Of("delta").ShouldBe(10, "one read a watched list");
        _emulator.Requests.Total.ShouldBe(11, "and the batch they go in");
        _emulator.Requests.Http.ShouldBe(1, "one HTTP request for the site");
        (await FlagsAsync()).Count.ShouldBe(9, "never duplicated");
    }

    [Fact]
    public async Task Pass_FeedbackFromSomeoneElse_ResolvesTheFlagAndANewRunOfVersionsReopensIt()
    {
        var runner = Runner();
        await PassAsync(runner);
        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var team = await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Team]);
        var clinician = team.First(p => p.Fields.GetValueOrDefault("Role") as string == "clinician").Id;
        var author = team.First(p => p.Fields.GetValueOrDefault("PersonId") as string == "p1").Id;
        var course = (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Single().Id;
        _clock.Advance(TimeSpan.FromHours(2));
        await _graph.WriteAsync(siteId, [new Graph.Writing.ItemUpdate(lists[SiteSchema.Log], null, new Dictionary<string, object?>
        {
            ["ActivityId"] = "f1", [CourseColumn.Any.FieldName] = course, ["Kind"] = "Feedback", ["At"] = "2026-03-28T10:00:00Z", [LogList.By.FieldName] = clinician, ["On"] = "m1",
        })]);

        var resolved = await PassAsync(runner);
        var soleAuthor = (await FlagsAsync()).Single(f => f["FlagKind"]!.GetValue<string>() == "Sole author without feedback" && f["Subject"]!.GetValue<string>() == "m1");

        resolved.Resolved.ShouldBe(1);
        soleAuthor["Status"]!.GetValue<string>().ShouldBe("Resolved");

        // The clinician saves a version, then the author three in a row with no one else's feedback:
        // a new run, so the condition returns, on the same flag item.
        _clock.Advance(TimeSpan.FromHours(2));
        foreach (var (hour, by) in new[] { ("10:20", clinician), ("10:30", author), ("10:40", author), ("10:50", author) })
        {
            await _graph.WriteAsync(siteId, [new Graph.Writing.ItemUpdate(lists[SiteSchema.MaterialHistory], null, new Dictionary<string, object?>
            {
                [CourseColumn.Any.FieldName] = course, ["MaterialId"] = "m1", ["At"] = $"2026-03-28T{hour}:00Z", [LogList.By.FieldName] = by,
            })]);
        }

        var reopened = await PassAsync(runner);
        var flags = await FlagsAsync();

        reopened.Raised.ShouldBe(1);
        flags.Count(f => f["Subject"]!.GetValue<string>() == "m1" && f["FlagKind"]!.GetValue<string>() == "Sole author without feedback").ShouldBe(1);
        flags.Single(f => f["Subject"]!.GetValue<string>() == "m1" && f["FlagKind"]!.GetValue<string>() == "Sole author without feedback")["Status"]!.GetValue<string>().ShouldBe("Open");
    }

    [Fact]
    public async Task Pass_AfterARestart_ResumesFromTheStoredDeltaLinksWithoutReReading()
    {
        await PassAsync(Runner());
        await PassAsync(Runner());
        _emulator.Requests.Reset();

        var restarted = await PassAsync(Runner()); // a new host on the same SQLite file

        restarted.Changes.ShouldBe(0);
        restarted.Writes.ShouldBe(0);
        _emulator.Requests.Of("delta").ShouldBe(10, "one read a watched list");
        _emulator.Requests.Http.ShouldBe(4, "the site's reads in one batch; and once a start, two to find the site and its lists and one to read its entries to fix");
    }

    [Fact]
    public async Task Pass_AfterTheStateFileIsLost_RewritesNoFlagThatStillSaysTheSame()
    {
        await PassAsync(Runner());
        await PassAsync(Runner());
        _host!.Dispose();
        _host = null;
        File.Delete(_folder.File("state.db"));
        _emulator.Requests.Reset();

        var afresh = await PassAsync(Runner());

        afresh.Raised.ShouldBe(0);
        _emulator.Requests.Of("create").ShouldBe(0, "no flag made twice");
        _emulator.Requests.Of("update").ShouldBe(1, "only the report's course, which the worker no longer knows it set");
        (await FlagsAsync()).Count.ShouldBe(9);
    }

    [Fact]
    public async Task Pass_CourseRenamed_TheNewReportGetsItsCourse()
    {
        var runner = Runner();
        await PassAsync(runner);
        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var course = (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Single().Id;
        (await _staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["CourseId"] = "anxiety-renamed" })).EnsureSuccessStatusCode();

        await PassAsync(runner);
        var reports = await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence]);

        reports.Single(r => r.Fields.GetValueOrDefault("FileLeafRef") as string == "anxiety-renamed-evidence.html").Fields.GetValueOrDefault(CourseColumn.Any.FieldName).ShouldBe(course);
    }

    [Fact]
    public async Task Pass_StageMovedWhereTheLifecycleDoesNotPermit_IsFlaggedWithWhy()
    {
        var runner = Runner();
        await PassAsync(runner);
        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var course = (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Single().Id;
        (await _staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Quality review" })).EnsureSuccessStatusCode();

        await PassAsync(runner);
        var flag = (await FlagsAsync()).Single(f => f["FlagKind"]!.GetValue<string>() == Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel);

        flag["Status"]!.GetValue<string>().ShouldBe("Open");
        flag["Message"]!.GetValue<string>().ShouldContain("from developing to quality review, which the lifecycle does not permit now");
        flag["Message"]!.GetValue<string>().ShouldContain("We have sought and/or included the views of carers and/or supporters: not met.");
        (await PassAsync(runner)).Writes.ShouldBe(0, "the flag stays as it is");
    }

    [Fact]
    public async Task Pass_ForbiddenMoveWithRevertConfigured_PutsTheStageBack()
    {
        var runner = Runner(revert: true);
        await PassAsync(runner);
        var (siteId, lists) = await _graph.FindListsAsync(Site);
        var course = (await _graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses])).Single().Id;
        (await _staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Live" })).EnsureSuccessStatusCode();

        await PassAsync(runner);
        await PassAsync(runner);

        (await StatusCommand.ReadAsync(_graph, Site, CancellationToken.None)).Single().Stage.ShouldBe("developing");
        (await FlagsAsync()).Single(f => f["FlagKind"]!.GetValue<string>() == Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel)["Message"]!.GetValue<string>().ShouldContain("It has been put back.");
    }

    [Fact]
    public async Task Status_Json_IsInTheAssessmentsWords()
    {
        await PassAsync(Runner());

        var (exitCode, output, _) = await CommandLine.RunAsync("status", "--site", Site, "--graph-url", _emulator.GraphUrl, "--format", "json");

        exitCode.ShouldBe(0);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var course = json.RootElement[0];
        course.GetProperty("courseId").GetString().ShouldBe("understanding-anxiety-2026");
        course.GetProperty("stage").GetString().ShouldBe("developing");
        course.GetProperty("score").GetInt32().ShouldBe(7);
        course.GetProperty("checklist")[2].GetProperty("status").GetString().ShouldBe("notMet");
        course.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ShouldContain("pullingRank");
    }
}
