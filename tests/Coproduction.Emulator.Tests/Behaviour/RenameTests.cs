using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// A file renamed as the library's Rename does it, <c>PATCH /drives/{drive}/items/{id}</c> with a new
/// <c>name</c> (driveitem-update): the same content, so the same <c>cTag</c>; a new eTag and name, which
/// its list item's <c>FileLeafRef</c> gives too (docs/graph-assumptions.md, 60).
/// </summary>
public sealed class RenameTests() : EmulatorTest(TenantVariant.Generous)
{
    [Fact]
    public async Task Rename_AFile_KeepsItsContentTagAndGivesItsNewNameEverywhere()
    {
        var (drive, file, other) = await TwoFilesAsync();
        var before = (await Http.GetAsync($"drives/{drive}/items/{file}")).Body;

        var renamed = await Http.SendAsync("PATCH", $"drives/{drive}/items/{file}", new JsonObject { ["name"] = "Session 1.docx" });
        var clash = await Http.SendAsync("PATCH", $"drives/{drive}/items/{other}", new JsonObject { ["name"] = "session 1.DOCX" });
        var item = (await Http.GetAsync($"drives/{drive}/items/{file}/listItem?$expand=fields")).Body;

        renamed.Status.ShouldBe(200, renamed.Text);
        renamed.Body["cTag"]!.GetValue<string>().ShouldBe(before["cTag"]!.GetValue<string>(), "the content is the same");
        renamed.Body["eTag"]!.GetValue<string>().ShouldNotBe(before["eTag"]!.GetValue<string>());
        item["fields"]!["FileLeafRef"]!.GetValue<string>().ShouldBe("Session 1.docx");
        clash.Status.ShouldBe(409, "names are unique in a folder, whatever their case");
    }

    private async Task<(string Drive, string File, string Other)> TwoFilesAsync()
    {
        var library = (await Http.SendAsync("POST", $"{SitePath}/lists", new JsonObject { ["displayName"] = "Course materials", ["list"] = new JsonObject { ["template"] = "documentLibrary" } })).Body["id"]!.GetValue<string>();
        var drive = (await Http.GetAsync($"{SitePath}/lists/{library}/drive")).Body["id"]!.GetValue<string>();
        var file = (await Http.SendAsync("PUT", $"drives/{drive}/root:/Session 1.xlsx:/content", content: "a"u8.ToArray())).Body["id"]!.GetValue<string>();
        var other = (await Http.SendAsync("PUT", $"drives/{drive}/root:/Handout.docx:/content", content: "b"u8.ToArray())).Body["id"]!.GetValue<string>();
        return (drive, file, other);
    }
}
