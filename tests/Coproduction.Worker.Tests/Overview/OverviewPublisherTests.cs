using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Overview;

/// <summary>
/// The college overview the worker keeps in the evidence library: made from the state alone, written
/// once when it changed and never when it did not (across restarts too), and naming no one.
/// </summary>
public sealed class OverviewPublisherTests : IAsyncLifetime, IDisposable
{
    private const string Course = "understanding-anxiety-2026";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await FaultedSite.StartAsync(TenantVariant.Generous, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), _timeout.Token, "drifting-course.json");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Pass_First_WritesTheOverviewOfTheSitesCoursesNamingNoOne()
    {
        await _site.Worker().RunOnceAsync(_timeout.Token);

        var page = await OverviewAsync();
        page.ShouldNotBeNull("the evidence library holds the overview");
        page.ShouldContain("<bdi>Understanding Anxiety</bdi>");
        page.ShouldContain($"<bdi>{Course}</bdi>");
        page.ShouldContain("Pulling rank: 1", Case.Sensitive, "the course's open flags by kind, as its own item shows them");
        page.ShouldContain("Open flags in all</dt><dd>9</dd>");
        page.ShouldContain("new since 28 March 2026", Case.Sensitive, "its history starts today");
        page.ShouldContain("opened: 9", Case.Sensitive, "the flags opened this month, from the history");
        PrivateText.FoundIn(page.Split('\n'), FaultedSite.Sample()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_NothingChanged_UploadsNothingAndTheIdlePassIsOneRequest()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token); // the worker's own writes come back
        var before = _site.Emulator.Requests.Http;

        await runner.RunOnceAsync(_timeout.Token);

        (_site.Emulator.Requests.Http - before).ShouldBe(1, "one delta batch; the overview is made from the state, and is as it was");
    }

    [Fact]
    public async Task Run_AfterARestartWithNothingChanged_UploadsNothing()
    {
        await _site.Worker().RunOnceAsync(_timeout.Token);
        await _site.Worker().RunOnceAsync(_timeout.Token);
        _site.Emulator.Requests.Reset();

        await _site.Worker().RunOnceAsync(_timeout.Token);

        _site.Emulator.Requests.Of("upload").ShouldBe(0, "the state says which page the site was given");
    }

    [Fact]
    public async Task Pass_ACourseChanges_WritesTheOverviewAgainInOneUpload()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token);
        _site.Clock.Advance(TimeSpan.FromDays(1));
        await RenameTheCourseAsync("Understanding Anxiety, together");
        _site.Emulator.Requests.Reset();

        await runner.RunOnceAsync(_timeout.Token);

        _site.Emulator.Requests.Of("upload").ShouldBe(1, "the overview, once (the course's assessment, and so its report, is as it was)");
        (await OverviewAsync()).ShouldNotBeNull().ShouldContain("<bdi>Understanding Anxiety, together</bdi>");
    }

    [Fact]
    public async Task Pass_CourseAssessedAgainTheNextDayAsItWas_UploadsNoOverviewAndKeepsItsDate()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token);
        _site.Clock.Advance(TimeSpan.FromDays(1.5));
        _site.Emulator.Requests.Reset();

        var result = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;

        result.ShouldNotBeNull().Courses.ShouldBe(1, "assessed again for its time");
        _site.Emulator.Requests.Of("upload").ShouldBe(0, "nothing the page shows changed: the course's assessment dates from when it last changed");
        (await OverviewAsync()).ShouldNotBeNull().ShouldContain("<td>28 March 2026</td>");
    }

    [Fact]
    public async Task Pass_CourseDeleted_LeavesTheOverviewInOneUpload()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token);
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var course = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single();
        using (var coordinator = _site.As("coordinator@example.org"))
        {
            (await coordinator.DeleteAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course.Id}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        _site.Emulator.Requests.Reset();
        await runner.RunOnceAsync(_timeout.Token);

        _site.Emulator.Requests.Of("upload").ShouldBe(1);
        var page = (await OverviewAsync()).ShouldNotBeNull();
        page.ShouldContain("No course has been assessed yet.", Case.Sensitive, "the page says the course went");
        page.ShouldContain("resolved: 9", Case.Sensitive, "its deletion resolved its flags");
    }

    [Fact]
    public async Task Pass_HistoryLineTheOverviewCannotRead_IsLoggedAndTheWorkerGoesOn()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_site.StatePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE history SET opened = 'not json'";
            command.ExecuteNonQuery();
        }

        var result = (await _site.Worker().RunOnceAsync(_timeout.Token)).Single().Result; // a restart: the page is made afresh

        result.ShouldNotBeNull("the site's pass is its own");
        _site.Log.Lines.ShouldContain(l => l.Contains("The college overview could not be made", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_OverviewUploadRefused_GoesOnAndWritesItNextPass()
    {
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "PUT", PathContains = "overview.html", Status = 423, Code = "resourceLocked" });
        var runner = _site.Worker();

        var first = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;
        var before = await OverviewAsync();
        await runner.RunOnceAsync(_timeout.Token);

        first.ShouldNotBeNull("the site's pass is not failed by its overview");
        before.ShouldBeNull();
        _site.Log.Lines.ShouldContain(l => l.Contains("The college overview could not be written", StringComparison.Ordinal) && l.Contains("423", StringComparison.Ordinal));
        (await OverviewAsync()).ShouldNotBeNull();
    }

    [Fact]
    public async Task Pass_OverviewDisabled_WritesNone()
    {
        await _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:Overview:Enabled"] = "false" }).RunOnceAsync(_timeout.Token);

        (await OverviewAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Pass_OverviewSiteNamed_WritesItThere()
    {
        await _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:Overview:Site"] = FaultedSite.Site + "/" }).RunOnceAsync(_timeout.Token);

        (await OverviewAsync()).ShouldNotBeNull("the site named, with its slash, is the site watched");
    }

    [Fact]
    public async Task Pass_OverviewSiteNotWatched_IsRefusedOnStartNamingTheOption()
    {
        var start = () => _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:Overview:Site"] = "https://contoso.sharepoint.com/sites/quality" }).RunOnceAsync(_timeout.Token);

        var refused = await start.ShouldThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>();
        refused.Message.ShouldContain("Overview:Site: 'https://contoso.sharepoint.com/sites/quality' is not one of the sites the worker watches");
    }

    private Task<string?> OverviewAsync() => OverviewFile.ReadAsync(_site.Graph, FaultedSite.Site, _timeout.Token);

    /// <summary>The coordinator renames the course in its item's form, signed in: the form sends the title alone.</summary>
    private async Task RenameTheCourseAsync(string title)
    {
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var course = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single();
        await new Passes.StaffHands(_site, siteId, lists, _timeout.Token).FormAsync("coordinator@example.org", SiteSchema.Courses, course.Id, new JsonObject { ["Title"] = title });
    }
}
