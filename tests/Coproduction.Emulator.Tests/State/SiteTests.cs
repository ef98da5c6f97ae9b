using System.Text.Json;
using Coproduction.Emulator.Fidelity;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.State;

/// <summary>A site as a tenant makes it: its default document library there from the start, as a real site's is recorded.</summary>
public sealed class SiteTests : EmulatorTest
{
    /// <summary>The recorded list of a real site's default library (pnpcore, bertonline.sharepoint.com/sites/prov-2).</summary>
    private static JsonElement RecordedDocuments()
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(FidelityRules.Folder, "real-tenant", "pnpcore", "graph-batch.library-document.driveItem+listItem-fields.json")));
        return recorded.RootElement.GetProperty("body").GetProperty("responses").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "1").GetProperty("body").Clone();
    }

    [Fact]
    public async Task NewSite_HasItsDefaultLibraryAsARealSiteHasIt()
    {
        var recorded = RecordedDocuments();
        var site = (await Http.GetAsync(SitePath)).Body;

        var lists = (await Http.GetAsync($"{SitePath}/lists")).Body["value"]!.AsArray();

        var documents = lists.Single(l => l!["displayName"]!.GetValue<string>() == recorded.GetProperty("displayName").GetString())!;
        documents["list"]!["template"]!.GetValue<string>().ShouldBe(recorded.GetProperty("list").GetProperty("template").GetString());
        var recordedUrl = recorded.GetProperty("webUrl").GetString()!;
        documents["webUrl"]!.GetValue<string>().ShouldBe(site["webUrl"]!.GetValue<string>() + recordedUrl[recordedUrl.LastIndexOf('/')..], "the library's URL name is Shared Documents");
        documents["id"]!.GetValue<string>().ShouldMatch("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    }

    [Fact]
    public async Task NewSite_ItsDefaultDriveIsItsDocumentsLibrary()
    {
        var documents = (await Http.GetAsync($"{SitePath}/lists/Documents")).Body["id"]!.GetValue<string>();

        var drive = (await Http.GetAsync($"{SitePath}/drive")).Body;

        drive["id"]!.GetValue<string>().ShouldBe((await Http.GetAsync($"{SitePath}/lists/{documents}/drive")).Body["id"]!.GetValue<string>());
        drive["name"]!.GetValue<string>().ShouldBe("Documents");
        drive["driveType"]!.GetValue<string>().ShouldBe("documentLibrary");
    }
}
