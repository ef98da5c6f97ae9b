using Coproduction.Assessment;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Output;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Snapshots written into a site whose course materials live in its own "Documents" library, beside
/// documents of the team's that are no course's, and read back: the same assessment, the documents there.
/// </summary>
public sealed class ImportExportExistingLibraryTests : EmulatedSite, IDisposable
{
    private CoproductionGraphClient _shared = null!;

    public static TheoryData<string> Samples => new() { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _shared = new CoproductionGraphClient(new CoproductionGraphOptions
        {
            GraphUrl = Emulator.GraphUrl,
            MaterialsLibraries = { new MaterialsLibraryOption { Site = SiteUrl, Library = "Documents" } },
        });
    }

    public void Dispose() => _shared?.Dispose();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ImportThenExport_SampleIntoASiteWhoseMaterialsAreInDocuments_AssessesTheSame(string sample)
    {
        var original = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", sample)));
        await _shared.Provisioner.ProvisionAsync(SiteUrl);
        var (siteId, lists) = await _shared.FindListsAsync(SiteUrl);
        var drive = await _shared.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials]);
        (await Staff.PutAsync($"drives/{drive}/root:/team-rota.docx:/content", new StringContent("no course's"))).EnsureSuccessStatusCode();

        await _shared.ImportAsync(original, SiteUrl);
        Emulator.Requests.Reset();
        var again = await _shared.ImportAsync(original, SiteUrl);
        var exported = await _shared.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        var asOf = original.AsOf!.Value;
        AssessmentJson.Serialize(new CourseAssessor().Assess(exported.Snapshot, asOf))
            .ShouldBe(AssessmentJson.Serialize(new CourseAssessor().Assess(original, asOf)));
        (again.Created, again.Updated).ShouldBe((0, 0), "importing twice leaves one copy");
        Emulator.Requests.Of("upload").ShouldBe(0);
        var documents = await _shared.ReadItemsAsync(siteId, lists[SiteSchema.Materials]);
        documents.Select(d => d.Fields.Find(SharePointColumns.FileName)).ShouldBe(
            ["team-rota.docx", .. original.Materials.Select(m => $"{original.Course.Id}-{m.Id}.md")], ignoreOrder: true);
        documents.Single(d => d.Fields.Find(SharePointColumns.FileName) == "team-rota.docx").Fields.Find(MaterialsLibrary.Course).ShouldBeNull("the team's own document is left as it was");
    }

    [Fact]
    public async Task Export_TheConfiguredLibraryIsNotThere_SaysWhichLibraryToName()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        using var graph = new CoproductionGraphClient(new CoproductionGraphOptions
        {
            GraphUrl = Emulator.GraphUrl,
            MaterialsLibraries = { new MaterialsLibraryOption { Site = SiteUrl, Library = "Course handouts" } },
        });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => graph.ExportAsync(SiteUrl, "any-course"));

        error.Message.ShouldBe($"The site {SiteUrl} has no document library \"Course handouts\", which Coproduction:Graph:MaterialsLibraries names for its course materials: name a document library the site has");
    }
}
