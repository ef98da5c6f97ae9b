using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A team member's account picked in SharePoint's people picker (the team list's Trust account, a person
/// column), read by <c>export</c> through the real SDK: whose saves of a material are whose, beside the
/// account typed in <c>Account</c>, and what a picked entry that says no one, or two members picking one
/// person, does. Staff act with their own tokens, sending only the fields SharePoint's form sends.
/// </summary>
public abstract class TrustAccountTests(TenantVariant variant) : EmulatedSite(variant)
{
    private const string Course = "understanding-anxiety-2026";
    private const string Material = "understanding-anxiety-2026-m1.md";
    private const string Martin = "martin@trust.example";

    /// <summary>Aisha signs in as aisha@trust.example, her e-mail another.</summary>
    private const string Aisha = "aisha@trust.example|aisha.khan@nhs.example";
    private const string AishasEmail = "aisha.khan@nhs.example";

    private string _site = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;
    private int _saves;

    /// <summary>The drifting sample imported into a site of the given schema version: four core members, none with an account.</summary>
    private async Task StartAsync(int version = SiteSchema.Version)
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl, version, CancellationToken.None);
        var drifting = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json")));
        // A site of an earlier version has nowhere for sessions.
        await Graph.ImportAsync(version < 3 ? drifting with { Sessions = [] } : drifting, SiteUrl);
        (_site, _lists) = await Graph.FindListsAsync(SiteUrl);
    }

    private HttpClient As(string who)
    {
        var http = new HttpClient { BaseAddress = Staff.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", $"user:{who}");
        return http;
    }

    /// <summary>
    /// Word saving the material as the person signed in: the file's new content (longer each time), nothing
    /// else. The import made versions 1.0 and 2.0 (the file, then its columns): the first save is 3.0.
    /// </summary>
    private async Task SaveAsync(string who)
    {
        using var office = As(who);
        var drive = await Graph.FindLibraryDriveAsync(_site, _lists[SiteSchema.Materials]);
        (await office.PutAsync($"drives/{drive}/root:/{Material}:/content", new StringContent($"# Session 1, saved again{new string('!', ++_saves)}"))).EnsureSuccessStatusCode();
    }

    private async Task<string> TeamItemAsync(string person) =>
        (await Graph.ReadItemsAsync(_site, _lists[SiteSchema.Team])).Single(i => i.Fields.GetValueOrDefault("PersonId") as string == person).Id;

    /// <summary>The person's entry of the site's users, as the people picker finds it by their e-mail.</summary>
    private async Task<string> SiteUserAsync(string email) =>
        (await Staff.GetFromJsonAsync<JsonObject>($"sites/{_site}/lists/users/items?$expand=fields"))!["value"]!.AsArray()
            .Single(u => u!["fields"]!["EMail"]?.GetValue<string>() == email)!["id"]!.GetValue<string>();

    /// <summary>A coordinator filling in a member's row in the team list's form: only the fields given.</summary>
    private async Task<HttpResponseMessage> SetAsync(string person, JsonObject fields) =>
        await Staff.PatchAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync(person)}/fields", fields);

    private async Task PickAsync(string person, string lookupId) =>
        (await SetAsync(person, new JsonObject { [TeamList.TrustAccount.FieldName] = lookupId })).EnsureSuccessStatusCode();

    private async Task TypeAsync(string person, string account) =>
        (await SetAsync(person, new JsonObject { ["Account"] = account })).EnsureSuccessStatusCode();

    private static IReadOnlyList<string> SaversOfM1(CourseExport export) => [.. export.Snapshot.Materials.Single(m => m.Id == "m1").Versions.Select(v => v.By)];

    [Fact]
    public async Task Export_AMemberPickedAsTheirTrustAccount_CountsTheirSaveWithNoAccountTyped()
    {
        await StartAsync();
        await SaveAsync(Aisha);
        await PickAsync("p2", await SiteUserAsync(AishasEmail));

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        exported.Problems.ShouldBeEmpty();
        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1", "p2"], "her save, by the person picked: neither her e-mail nor her sign-in name was typed");
    }

    [Theory]
    [InlineData(AishasEmail)]
    [InlineData("AISHA@trust.example")]
    [InlineData("d67eab89-0c8f-4d5e-a3d1-7f2b9c4e5a61")]
    public async Task Export_TheAccountTypedAsWellNamesThePersonPickedOrIsAnObjectId_IsNoProblem(string account)
    {
        // The site's users hold no object id: an account typed as one cannot be told to name someone else.
        await StartAsync();
        await SaveAsync(Aisha);
        await PickAsync("p2", await SiteUserAsync(AishasEmail));
        await TypeAsync("p2", account);

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        exported.Problems.ShouldBeEmpty();
        SaversOfM1(exported)[^1].ShouldBe("p2");
    }

    [Fact]
    public async Task Export_AVolunteerWithNeitherAccount_IsInTheTeamAndNoSaveIsTheirs()
    {
        // p3 has no Trust account: a colleague saving for them, with no account in the team, is no one's work.
        await StartAsync();
        await SaveAsync("colleague@trust.example");

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        exported.Snapshot.People.Select(p => p.Id).ShouldContain("p3");
        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1"]);
        exported.Problems.Select(p => p.ToString()).ShouldBe(
            [$"Course materials, item {await DocumentAsync()}, column Versions: version 3.0 was saved by an account that is no one's in the course's team"]);
    }

    [Fact]
    public async Task Export_TheTrustAccountAndTheAccountTypedNameDifferentPeople_ThePersonPickedCountsAndTheAccountIsAProblem()
    {
        await StartAsync();
        await SaveAsync(Aisha);
        await PickAsync("p2", await SiteUserAsync(AishasEmail));
        await TypeAsync("p2", Martin);
        await SaveAsync(Martin);

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1", "p2"], "Aisha's save is p2's; Martin's is no one's");
        exported.Problems.Select(p => p.ToString()).ShouldBe(
        [
            $"Coproduction team, item {await TeamItemAsync("p2")}, column Account: names someone other than the person picked as the Trust account, who counts: correct the account or leave it empty",
            $"Course materials, item {await DocumentAsync()}, column Versions: version 4.0 was saved by an account that is no one's in the course's team",
        ]);
    }

    [Fact]
    public async Task Export_AnApplicationsEntryPicked_IsAProblemAndTheMemberIsKeptWithoutAnAccount()
    {
        // The site's entry of the application that imported the course (its items' editor): no person.
        await StartAsync();
        var application = (await Graph.ReadItemsAsync(_site, _lists[SiteSchema.Courses])).Single().Fields[SharePointFields.EditorLookupId] as string;
        await PickAsync("p2", application!);
        await TypeAsync("p2", Aisha.Split('|')[0]);
        await SaveAsync(Aisha);

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        exported.Snapshot.People.Select(p => p.Id).ShouldContain("p2");
        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1"], "the Trust account says who p2 is, and it says no one: the account typed is not read");
        exported.Problems.Select(p => p.ToString()).ShouldBe(
        [
            $"Coproduction team, item {await TeamItemAsync("p2")}, column TrustAccount: names no person of the site's users (an application, a group, or someone the site does not have): the member is read without an account",
            $"Course materials, item {await DocumentAsync()}, column Versions: version 3.0 was saved by an account that is no one's in the course's team",
        ]);
    }

    [Fact]
    public async Task Export_TwoMembersPickTheSamePerson_IsAProblemOfBothAndTheirSavesCountForNeither()
    {
        await StartAsync();
        await SaveAsync(Aisha);
        var aisha = await SiteUserAsync(AishasEmail);
        await PickAsync("p2", aisha);
        await PickAsync("p3", aisha);

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1"]);
        exported.Problems.Select(p => p.ToString()).ShouldBe(
        [
            $"Coproduction team, item {await TeamItemAsync("p2")}, column TrustAccount: is also another member's account in the course's team: saves by it count for neither",
            $"Coproduction team, item {await TeamItemAsync("p3")}, column TrustAccount: is also another member's account in the course's team: saves by it count for neither",
            $"Course materials, item {await DocumentAsync()}, column Versions: version 3.0 was saved by an account that is no one's in the course's team",
        ]);
    }

    [Fact]
    public async Task Export_APersonPickedForOneMemberAndTypedForAnother_IsAProblemOfBoth()
    {
        await StartAsync();
        await SaveAsync(Aisha);
        await PickAsync("p2", await SiteUserAsync(AishasEmail));
        await TypeAsync("p3", AishasEmail);

        var exported = await Graph.ExportAsync(SiteUrl, Course);

        SaversOfM1(exported).ShouldBe(["p1", "p1", "p1", "p1"]);
        exported.Problems.Select(p => $"{p.ItemId} {p.Column}").Take(2).ShouldBe([$"{await TeamItemAsync("p2")} TrustAccount", $"{await TeamItemAsync("p3")} Account"]);
    }

    [Fact]
    public async Task Export_ATrustAccountNamingNoEntryOfTheSiteUsers_IsRefusedOrAProblemAsTheTenantTakesIt()
    {
        await StartAsync();

        var written = await SetAsync("p2", new JsonObject { [TeamList.TrustAccount.FieldName] = "999" });
        var exported = await Graph.ExportAsync(SiteUrl, Course);

        if (Variant.PersonColumnsTakeOnlySiteUsers)
        {
            ((int)written.StatusCode).ShouldBe(400);
            exported.Problems.ShouldBeEmpty();
        }
        else
        {
            written.EnsureSuccessStatusCode();
            exported.Problems.Select(p => $"{p.ItemId} {p.Column}").ShouldBe([$"{await TeamItemAsync("p2")} TrustAccount"]);
            exported.Snapshot.People.Select(p => p.Id).ShouldContain("p2");
        }
    }

    [Fact]
    public async Task Export_AVersion1SiteWithoutTheColumn_ReadsTheAccountTypedAndStillDoesOnceProvisionedAgain()
    {
        await StartAsync(version: 1);
        var columns = await Staff.GetFromJsonAsync<JsonObject>($"sites/{_site}/lists/{_lists[SiteSchema.Team]}/columns");
        columns!["value"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldNotContain("TrustAccount");
        await TypeAsync("p2", Aisha.Split('|')[0]);
        await SaveAsync(Aisha);

        var before = await Graph.ExportAsync(SiteUrl, Course);
        var provisioned = await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var after = await Graph.ExportAsync(SiteUrl, Course);

        before.Problems.ShouldBeEmpty();
        SaversOfM1(before)[^1].ShouldBe("p2", "her sign-in name, typed");
        provisioned.AddedColumns.ShouldContain("Coproduction team/TrustAccount");
        SnapshotSerializer.Serialize(after.Snapshot).ShouldBe(SnapshotSerializer.Serialize(before.Snapshot), "the new column empty, the account typed still counts");
    }

    private async Task<string> DocumentAsync() =>
        (await Graph.ReadItemsAsync(_site, _lists[SiteSchema.Materials])).Single(d => d.Fields.GetValueOrDefault(SharePointFields.FileName) as string == Material).Id;
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class TrustAccountOnAGenerousTenantTests() : TrustAccountTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class TrustAccountOnASparseTenantTests() : TrustAccountTests(TenantVariant.Sparse);
