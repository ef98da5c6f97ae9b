using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.People;
using Coproduction.Snapshots;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Mapping;

/// <summary>Documents' versions, read one at a time or many in batches, say the same, and say who saved each, on any tenant.</summary>
public abstract class DocumentHistoryTests(TenantVariant variant) : EmulatedSite(variant)
{
    /// <summary>A provisioned site's course materials library: the site, the library, the site's users and the library's drive.</summary>
    private async Task<(string Site, string Library, string? Users, string Drive)> MaterialsAsync()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var library = lists[Schema.SiteSchema.Materials];
        return (site, library, lists.GetValueOrDefault(Schema.SiteSchema.UserInformation), await Graph.FindLibraryDriveAsync(site, library));
    }

    [Fact]
    public async Task ReadVersionsAsync_ManyDocuments_MatchesOneAtATimeInBatchesOfTwenty()
    {
        var (site, library, users, drive) = await MaterialsAsync();
        for (var i = 0; i < 45; i++)
        {
            await Graph.UploadFileAsync(drive, $"m{i}.md", "# Draft"u8.ToArray()); // more than two batches' worth
        }

        using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
        sam.DefaultRequestHeaders.Authorization = new("Bearer", "user:sam.jones@example.org");
        (await sam.PutAsync($"drives/{drive}/root:/m3.md:/content", new StringContent("# Revised by Sam, longer than before"))).EnsureSuccessStatusCode();
        var items = await Graph.ReadItemsAsync(site, library);
        var ids = items.Select(d => d.Id).ToList();
        var revisedId = items.Single(d => d.Fields.GetValueOrDefault("FileLeafRef") as string == "m3.md").Id;
        Emulator.Requests.Reset();

        var many = await Graph.ReadManyVersionsAsync(site, library, ids, users, new InMemorySiteUserDirectory());

        // Generous: the files' versions through their list items. Sparse: that tried with a first batch and
        // refused, each file found and its versions read through its drive. Then, on either, who saved Sam's
        // version (the one a person saved; by e-mail at best, never by sign-in name) through its list item's
        // versions and the site's users: one batch each.
        Emulator.Requests.Of("batch").ShouldBe((Variant.DriveItemPathsThroughListItem ? 3 : 1 + 3 + 3) + 1 + 1);
        foreach (var id in ids)
        {
            many[id].ShouldBe(await Graph.ReadVersionsAsync(site, library, id, users));
        }

        var revised = many[revisedId];
        revised[0].By.ShouldBe(AccountIdentity.Application, "the application uploaded it");
        revised[^1].By!.Email.ShouldBe("sam.jones@example.org", "from the version, or from the site's users where the version does not say");
        revised[^1].By!.UserName.ShouldBe("sam.jones@example.org", "his sign-in name, which only the site's users give");
        revised[^1].Size.ShouldBe("# Revised by Sam, longer than before".Length);
        revised.Select(v => v.Label).ShouldBe(["1.0", "2.0"], "oldest first");
    }

    [Fact]
    public async Task ReadManyVersionsAsync_ASaversEntryOfTheSiteUsersIsGone_AsksAboutThemOnceWhereTheVersionsNameThem()
    {
        var (site, library, users, drive) = await MaterialsAsync();
        await Graph.UploadFileAsync(drive, "m.md", "# Draft"u8.ToArray());
        using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
        sam.DefaultRequestHeaders.Authorization = new("Bearer", "user:sam.jones@example.org");
        (await sam.PutAsync($"drives/{drive}/root:/m.md:/content", new StringContent("# Revised by Sam"))).EnsureSuccessStatusCode();
        var item = (await Graph.ReadItemsAsync(site, library)).Single();
        Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = $"{users}/items/{item.Fields[SharePointFields.EditorLookupId]}", Status = 404, Times = 100 });
        var directory = new InMemorySiteUserDirectory();

        var batches = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            Emulator.Requests.Reset();
            (await Graph.ReadManyVersionsAsync(site, library, [item.Id], users, directory))[item.Id].Count.ShouldBe(2);
            batches.Add(Emulator.Requests.Of("batch"));
        }

        // Generous: the version names Sam by e-mail, so he is asked about once (his item versions, then the
        // site's users), and afterwards only the file's versions are read. Sparse: it does not name him at
        // all, so each read asks which of the site's users saved it (the way to files learned on the first).
        batches.ShouldBe(Variant.VersionIdentityHasEmail ? [3, 1, 1] : [5, 4, 4]);
    }

    [Fact]
    public async Task ReadManyVersionsAsync_AGuestAndAMemberShareAnEMail_EachSaveIsTheirOwn()
    {
        var (site, library, users, drive) = await MaterialsAsync();
        await Graph.UploadFileAsync(drive, "a.md", "# Draft"u8.ToArray());
        await Graph.UploadFileAsync(drive, "b.md", "# Draft"u8.ToArray());
        foreach (var (token, file) in new[] { ("user:sam_nhs.example#ext#@trust.onmicrosoft.com|sam@nhs.example", "a.md"), ("user:sam@trust.example|sam@nhs.example", "b.md") })
        {
            using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
            sam.DefaultRequestHeaders.Authorization = new("Bearer", token);
            (await sam.PutAsync($"drives/{drive}/root:/{file}:/content", new StringContent("# Revised by Sam"))).EnsureSuccessStatusCode();
        }

        var items = (await Graph.ReadItemsAsync(site, library)).ToDictionary(i => (string)i.Fields["FileLeafRef"]!, i => i.Id);
        var read = await Graph.ReadManyVersionsAsync(site, library, [.. items.Values], users, new InMemorySiteUserDirectory());

        read[items["a.md"]][^1].By!.UserName.ShouldBe("sam_nhs.example#ext#@trust.onmicrosoft.com", "the guest's save");
        read[items["b.md"]][^1].By!.UserName.ShouldBe("sam@trust.example", "the member's");
    }

    [Fact]
    public async Task ReadVersionsAsync_DocumentDeleted_HasNone()
    {
        var (site, library, users, drive) = await MaterialsAsync();
        var file = await Graph.UploadFileAsync(drive, "a.md", "12345"u8.ToArray());
        var item = (await Graph.ReadItemsAsync(site, library)).Single().Id;
        (await Staff.DeleteAsync($"drives/{drive}/items/{file}")).EnsureSuccessStatusCode();

        (await Graph.ReadManyVersionsAsync(site, library, [item], users, new InMemorySiteUserDirectory()))[item].ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadVersionsAsync_OneDocumentOfSeveralDeleted_TheOthersReadAsBeforeAndTheWayStaysAsLearned()
    {
        var (site, library, users, drive) = await MaterialsAsync();
        var gone = await Graph.UploadFileAsync(drive, "gone.md", "12345"u8.ToArray());
        await Graph.UploadFileAsync(drive, "kept.md", "123"u8.ToArray());
        var items = (await Graph.ReadItemsAsync(site, library)).ToDictionary(i => (string)i.Fields["FileLeafRef"]!, i => i.Id);
        (await Staff.DeleteAsync($"drives/{drive}/items/{gone}")).EnsureSuccessStatusCode();

        var read = await Graph.ReadManyVersionsAsync(site, library, [items["gone.md"], items["kept.md"]], users, new InMemorySiteUserDirectory());
        Emulator.Requests.Reset();
        var again = await Graph.ReadManyVersionsAsync(site, library, [items["kept.md"]], users, new InMemorySiteUserDirectory());

        read[items["gone.md"]].ShouldBeEmpty();
        read[items["kept.md"]].Select(v => v.Size).ShouldBe([3L]);
        again[items["kept.md"]].ShouldBe(read[items["kept.md"]]);
        Emulator.Requests.Of("batch").ShouldBe(Variant.DriveItemPathsThroughListItem ? 1 : 2, "a deleted document does not make the client give up the way it has");
    }
}

/// <summary>On a tenant that answers each open point the most helpful way.</summary>
public sealed class DocumentHistoryOnAGenerousTenantTests() : DocumentHistoryTests(TenantVariant.Generous);

/// <summary>On a tenant that answers as sparingly as the evidence allows.</summary>
public sealed class DocumentHistoryOnASparseTenantTests() : DocumentHistoryTests(TenantVariant.Sparse);
