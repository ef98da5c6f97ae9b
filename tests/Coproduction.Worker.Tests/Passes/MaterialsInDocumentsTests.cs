using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Snapshots;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;
using Coproduction.Worker.State;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A site whose course materials live in its own "Documents" library, beside the team's other
/// documents: a document a member saves there with its course set (in SharePoint's properties pane)
/// is a material and her saves count; one with no course is no material, and costs the worker nothing
/// but the delta page it comes in; each request carrying only what Office or the form sends.
/// </summary>
public abstract class MaterialsInDocumentsTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Course = "understanding-anxiety-2026";

    /// <summary>Aisha signs in as aisha@trust.example, her e-mail another: her account is recorded as her sign-in name.</summary>
    private const string Aisha = "aisha@trust.example|aisha.khan@nhs.example";
    private const string Coordinator = "coordinator@trust.example";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private WorkerRunner _runner = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;
    private string _drive = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(variant, _clock, "Documents", _timeout.Token);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        _drive = await _site.Graph.FindLibraryDriveAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token);
        using var coordinator = _site.As(Coordinator);
        var aishasRow = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Team], _timeout.Token)).Single(i => i.Fields.Find(TeamList.PersonId) == "p2").Id;
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{aishasRow}/fields", new JsonObject { ["Account"] = "aisha@trust.example" }, _timeout.Token)).EnsureSuccessStatusCode();
        _runner = _site.Worker();
        await PassAsync();
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<PassResult> PassAsync() =>
        (await _runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull(string.Join('\n', _site.Log.Lines.TakeLast(5)));

    /// <summary>Office saving a document to Documents as the person signed in: the file's content, nothing else.</summary>
    private async Task<string> SaveFromOfficeAsync(string who, string file, string text)
    {
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var office = _site.As(who);
        var answer = await office.PutAsync($"drives/{_drive}/root:/{file}:/content", new StringContent(text), _timeout.Token);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonObject>(_timeout.Token))!["id"]!.GetValue<string>();
    }

    /// <summary>SharePoint's properties pane setting a document's Course: that one column sent.</summary>
    private async Task SetCourseAsync(string who, string file, string? courseItem)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        using var pane = _site.As(who);
        (await pane.PatchAsJsonAsync($"drives/{_drive}/items/{file}/listItem/fields", new JsonObject { [SharePointFields.LookupField(CourseColumn.Name)] = courseItem }, _timeout.Token)).EnsureSuccessStatusCode();
    }

    private async Task<string> CourseItemAsync() => (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single().Id;

    /// <summary>The course as the worker reads it from its copy, having checked that it is what export reads from the site.</summary>
    private async Task<Model.CourseSnapshot> WorkersReadingAsync()
    {
        using var state = WorkerState.Open(_site.StatePath);
        var copy = new ReplicaContent(state, _siteId);
        var worker = await CourseReader.ReadAsync(copy, Course, await SiteTopics.ReadAsync(copy, _timeout.Token), _timeout.Token);
        using var graph = new CoproductionGraphClient(FaultedSite.GraphOptions(_site.Emulator.GraphUrl, "Documents"));
        var export = await graph.ExportAsync(FaultedSite.Site, Course, _timeout.Token);
        SnapshotSerializer.Serialize(worker.Snapshot).ShouldBe(SnapshotSerializer.Serialize(export.Snapshot), "the worker's reading is export's");
        worker.Problems.ShouldBeEmpty();
        return worker.Snapshot;
    }

    [Fact]
    public async Task Pass_AMemberSavesADocumentWithItsCourseSet_IsAMaterialAndHerSavesCount()
    {
        var file = await SaveFromOfficeAsync(Aisha, "session-3-handout.md", "# Handout");
        await SetCourseAsync(Aisha, file, await CourseItemAsync());
        await SaveFromOfficeAsync(Aisha, "session-3-handout.md", "# Handout, with a second page");

        var result = await PassAsync();
        await SaveFromOfficeAsync(Aisha, "session-3-handout.md", "# Handout, with a second page and a third");
        var next = await PassAsync();

        result.Courses.ShouldBe(1);
        next.Courses.ShouldBe(1);
        var handout = (await WorkersReadingAsync()).Materials.Single(m => m.Title == "session-3-handout.md");
        handout.Versions.Count.ShouldBe(3, "three saves of the file; setting its course is a change of a column, no work on it");
        handout.Versions.ShouldAllBe(v => v.By == "p2");
    }

    [Fact]
    public async Task Pass_ADocumentWithNoCourse_IsNoMaterialAndCostsNothingButItsDeltaPage()
    {
        await PassAsync(); // the worker's own writes, come back through delta
        _site.Emulator.Requests.Reset();
        var idle = await PassAsync();
        var idleRequests = _site.Emulator.Requests.ByKind;
        await SaveFromOfficeAsync(Coordinator, "team-rota.docx", "the rota");
        await SaveFromOfficeAsync(Aisha, "team-rota.docx", "the rota, Aisha's week changed");
        _site.Emulator.Requests.Reset();

        var result = await PassAsync();

        (result.Changes, result.Courses).ShouldBe((idle.Changes, idle.Courses), "another document of the site's is no change to a course");
        _site.Emulator.Requests.ByKind.ShouldBe(idleRequests, "the requests of a pass with nothing changed: no version, site user or item read for it");
        using var state = WorkerState.Open(_site.StatePath);
        state.Items(_siteId, SiteSchema.Materials).ShouldNotContain(d => d.Fields.Find(SharePointColumns.FileName) == "team-rota.docx");
    }

    [Fact]
    public async Task Pass_ADocumentsCourseCleared_IsNoLongerAMaterialAndItsCourseIsAssessed()
    {
        var m1 = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token)).Single(d => d.Fields.Find(MaterialsLibrary.MaterialId) == "m1");
        using var coordinator = _site.As(Coordinator);
        var file = (await coordinator.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{m1.Id}/driveItem", _timeout.Token))!["id"]!.GetValue<string>();
        await SetCourseAsync(Coordinator, file, null);

        var result = await PassAsync();

        result.Courses.ShouldBe(1, "the course it was a material of");
        (await WorkersReadingAsync()).Materials.ShouldNotContain(m => m.Id == "m1");
    }
}

public sealed class MaterialsInDocumentsOnAGenerousTenantTests() : MaterialsInDocumentsTests(TenantVariant.Generous);

public sealed class MaterialsInDocumentsOnASparseTenantTests() : MaterialsInDocumentsTests(TenantVariant.Sparse);
