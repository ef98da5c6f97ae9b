using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Provisioning;

/// <summary>
/// A site whose course materials live in a library it has (its default "Documents"): provisioning adds
/// the materials' columns there, additively, and makes no "Course materials"; a library configured that
/// the site does not have, or that is a list, is refused before anything is made.
/// </summary>
public sealed class SiteProvisionerExistingLibraryTests : EmulatedSite, IDisposable
{
    private CoproductionGraphClient _shared = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _shared = new CoproductionGraphClient(InLibrary("Documents"));
    }

    private CoproductionGraphOptions InLibrary(string library) =>
        new() { GraphUrl = Emulator.GraphUrl, MaterialsLibraries = { new MaterialsLibraryOption { Site = SiteUrl, Library = library } } };

    private async Task<string> DocumentsAsync(string siteId) =>
        (await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists"))!["value"]!.AsArray().Single(l => l!["displayName"]!.GetValue<string>() == "Documents")!["id"]!.GetValue<string>();

    [Fact]
    public async Task Provision_MaterialsInDocuments_AddsTheTwoColumnsThereAndMakesNoCourseMaterials()
    {
        var report = await _shared.Provisioner.ProvisionAsync(SiteUrl);

        var (siteId, lists) = await _shared.FindListsAsync(SiteUrl);
        var documents = await DocumentsAsync(siteId);
        report.CreatedLists.ShouldNotContain(MaterialsLibrary.Schema.DisplayName);
        report.CreatedLists.Count.ShouldBe(SiteSchema.Lists.Count - 1);
        report.AddedColumns.ShouldContain("Documents/Course");
        report.AddedColumns.ShouldContain("Documents/MaterialId");
        lists[SiteSchema.Materials].ShouldBe(documents, "the materials are the site's own Documents");
        var columns = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{documents}/columns"))!["value"]!.AsArray().OfType<JsonObject>().ToList();
        columns.Single(c => c["name"]!.GetValue<string>() == MaterialsLibrary.Course.Name)["lookup"]!["listId"]!.GetValue<string>().ShouldBe(lists[SiteSchema.Courses]);
        columns.ShouldContain(c => c["name"]!.GetValue<string>() == MaterialsLibrary.MaterialId.Name && c["text"] != null);
        (await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists"))!["value"]!.AsArray()
            .ShouldNotContain(l => l!["displayName"]!.GetValue<string>() == MaterialsLibrary.Schema.DisplayName);
    }

    [Fact]
    public async Task Provision_MaterialsInDocumentsTwice_SecondRunChangesNothing()
    {
        await _shared.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Requests.Reset();

        var second = await _shared.Provisioner.ProvisionAsync(SiteUrl);

        second.Changed.ShouldBeFalse();
        Emulator.Requests.ByKind.Keys.ShouldBe(["lists", "site", "restField", "restViews"], ignoreOrder: true, "reads only: the formatting and views are there too");
    }

    [Fact]
    public async Task Provision_MaterialsInDocumentsWithStaffsDocumentsAndColumns_LeavesThemAsTheyAre()
    {
        var siteId = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        var documents = await DocumentsAsync(siteId);
        (await Staff.PostAsJsonAsync($"sites/{siteId}/lists/{documents}/columns", new JsonObject { ["name"] = "Department", ["text"] = new JsonObject() })).EnsureSuccessStatusCode();
        var drive = await Graph.FindLibraryDriveAsync(siteId, documents);
        (await Staff.PutAsync($"drives/{drive}/root:/rota.docx:/content", new StringContent("the team's rota"))).EnsureSuccessStatusCode();
        var before = (await Graph.ReadItemsAsync(siteId, documents)).Single();
        var versionsBefore = await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{documents}/items/{before.Id}/versions");

        await _shared.Provisioner.ProvisionAsync(SiteUrl);

        var after = (await Graph.ReadItemsAsync(siteId, documents)).Single();
        after.Fields.ToJson().ShouldBe(before.Fields.ToJson(), "the document is not touched: no new version, no column set");
        (await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{documents}/items/{before.Id}/versions"))!.ToJsonString().ShouldBe(versionsBefore!.ToJsonString());
        (await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{documents}/columns"))!["value"]!.AsArray()
            .ShouldContain(c => c!["name"]!.GetValue<string>() == "Department");
    }

    [Fact]
    public async Task Provision_ConfiguredLibraryTheSiteHasNot_IsRefusedAndCreatesNothing()
    {
        using var graph = new CoproductionGraphClient(InLibrary("Course handouts"));

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => graph.Provisioner.ProvisionAsync(SiteUrl));

        error.Message.ShouldStartWith($"The site {SiteUrl} cannot be provisioned: it has no list or library named \"Course handouts\", which Coproduction:Graph:MaterialsLibraries names for its course materials: "
            + "name a document library the site has (such as Documents), or take the site out of the setting to have \"Course materials\" made");
        error.ErrorCode.ShouldBe("materialsLibraryNotUsable");
        Emulator.Requests.Of("createList").ShouldBe(0);
        Emulator.Requests.Of("addColumn").ShouldBe(0);
    }

    [Fact]
    public async Task Provision_ConfiguredLibraryIsAList_IsRefusedAndCreatesNothing()
    {
        var siteId = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        (await Staff.PostAsJsonAsync($"sites/{siteId}/lists", new JsonObject { ["displayName"] = "Handouts", ["list"] = new JsonObject { ["template"] = "genericList" } })).EnsureSuccessStatusCode();
        Emulator.Requests.Reset();
        using var graph = new CoproductionGraphClient(InLibrary("Handouts"));

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => graph.Provisioner.ProvisionAsync(SiteUrl));

        error.Message.ShouldContain("\"Handouts\", which Coproduction:Graph:MaterialsLibraries names for its course materials, is a list, not a document library");
        Emulator.Requests.Of("createList").ShouldBe(0);
        Emulator.Requests.Of("addColumn").ShouldBe(0);
    }

    [Fact]
    public async Task FindLists_ConfiguredLibraryIsAList_LeavesTheMaterialsOut()
    {
        var siteId = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        (await Staff.PostAsJsonAsync($"sites/{siteId}/lists", new JsonObject { ["displayName"] = "Handouts" })).EnsureSuccessStatusCode();
        using var graph = new CoproductionGraphClient(InLibrary("Handouts"));

        (await graph.FindListsAsync(SiteUrl)).Lists.ShouldNotContainKey(SiteSchema.Materials);
    }

    public void Dispose() => _shared?.Dispose();
}
