using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Mapping;

/// <summary>Documents' versions, read one at a time or many in batches, say the same.</summary>
public sealed class DocumentVersionsTests : EmulatedSite
{
    [Fact]
    public async Task ReadVersionsAsync_ManyDocuments_MatchesOneAtATimeInBatchesOfTwenty()
    {
        var sample = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json")));
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(sample, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var library = lists[Schema.SiteSchema.Materials];
        var drive = await Graph.FindLibraryDriveAsync(site, library);
        using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
        sam.DefaultRequestHeaders.Authorization = new("Bearer", "user:sam.jones@example.org");
        (await sam.PutAsync($"drives/{drive}/root:/{sample.Course.Id}-{sample.Materials[0].Id}.md:/content", new StringContent("# Revised by Sam, longer than before"))).EnsureSuccessStatusCode();
        var items = await Graph.ReadItemsAsync(site, library);
        var documents = items.Select(d => d.Id).ToList();
        var revisedId = items.Single(d => d.Fields.GetValueOrDefault("MaterialId") as string == sample.Materials[0].Id).Id;
        var ids = Enumerable.Repeat(documents, 25).SelectMany(d => d).Take(45).ToList(); // more than two batches' worth
        Emulator.Requests.Reset();

        var many = await Graph.ReadManyVersionsAsync(site, library, ids);

        Emulator.Requests.Of("batch").ShouldBe(3);
        Emulator.Requests.Of("versions").ShouldBe(45);
        foreach (var id in documents)
        {
            many[id].ShouldBe(await Graph.ReadVersionsAsync(site, library, id));
        }

        var revised = many[revisedId];
        revised[0].Account.ShouldBeNull("the application uploaded it");
        revised[^1].Account.ShouldBe("sam.jones@example.org");
        revised[^1].Size.ShouldBe("# Revised by Sam, longer than before".Length);
    }

    [Fact]
    public async Task ListItemVersions_OfADocument_CarryTheFileSizeThen()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var library = lists[Schema.SiteSchema.Materials];
        var drive = await Graph.FindLibraryDriveAsync(site, library);
        await Graph.UploadFileAsync(drive, "a.md", "12345"u8.ToArray());
        await Graph.UploadFileAsync(drive, "a.md", "1234567890"u8.ToArray());
        var item = (await Graph.ReadItemsAsync(site, library)).Single().Id;

        var page = await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{library}/items/{item}/versions?$expand=fields($select=FileSizeDisplay)");

        page!["value"]!.AsArray().Select(v => v!["fields"]!["FileSizeDisplay"]!.GetValue<string>()).ShouldBe(["10", "5"], "newest first, as Graph lists them");
    }
}
