using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// A person column (<c>personOrGroup</c>, one person) as a team list has it: made through <c>columns</c>,
/// written by a person's own token as SharePoint's form writes it (<c>{Name}LookupId</c>, a string of
/// digits), read back the same way in items, an item's fields and delta, its value an entry of the site's
/// user information list. What a tenant reportedly does with a number, and with a text column
/// <c>{Name}Id</c> beside it; and, where no answer is recorded, an id that is no site user either way.
/// </summary>
public abstract class PersonColumnTests(TenantVariant variant) : EmulatorTest(variant)
{
    private const string Lee = "user:dr.lee@example.org";

    private string _team = null!;
    private string _member = null!;
    private string _lee = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _team = await CreateListAsync("Coproduction team", "genericList", "Account", "PersonId");
        var added = await Http.SendAsync("POST", $"{SitePath}/lists/{_team}/columns", JsonNode.Parse("""
            {"name":"TrustAccount","displayName":"Trust account","personOrGroup":{"allowMultipleSelection":false,"chooseFromType":"peopleOnly"}}
            """));
        added.Status.ShouldBe(201, added.Text);
        _member = await CreateItemAsync(_team, new JsonObject { ["Title"] = "Dr Lee" });

        // Lee has acted on the site, so the site's users have her: what the people picker offers.
        var leesOwn = await CreateItemAsync(_team, new JsonObject { ["Title"] = "Lee's own item" }, Lee);
        _lee = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{leesOwn}?expand=fields")).Body["fields"]!["AuthorLookupId"]!.GetValue<string>();
    }

    private Task<GraphHttp.Answer> PickAsync(JsonNode? value, string name = "TrustAccountLookupId") =>
        Http.SendAsync("PATCH", $"{SitePath}/lists/{_team}/items/{_member}/fields", new JsonObject { [name] = value }, GraphHttp.Sam);

    [Fact]
    public async Task Column_PostedAsOnePersonPeopleOnly_IsListedSo()
    {
        var column = (await Http.GetAsync($"{SitePath}/lists/{_team}/columns")).Body["value"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "TrustAccount")!;

        column["displayName"]!.GetValue<string>().ShouldBe("Trust account");
        column["personOrGroup"]!["allowMultipleSelection"]!.GetValue<bool>().ShouldBeFalse();
        column["personOrGroup"]!["chooseFromType"]!.GetValue<string>().ShouldBe("peopleOnly");
    }

    [Fact]
    public async Task Item_PersonPickedAsAString_ReadsAsThatStringInItemsTheItemAndDelta()
    {
        var delta = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/delta?$expand=fields")).Body["@odata.deltaLink"]!.GetValue<string>();

        (await PickAsync(_lee)).Status.ShouldBe(200);

        var listed = (await Http.GetAsync($"{SitePath}/lists/{_team}/items?$expand=fields")).Body["value"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == _member)!["fields"]!;
        var item = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!;
        // Delta may give an item more than once: the last occurrence counts (documented).
        var changed = (await Http.GetAsync(Variant.LinksKeepExpand ? delta : delta + "&$expand=fields")).Body["value"]!.AsArray().Last(i => i!["id"]!.GetValue<string>() == _member)!["fields"]!;
        foreach (var fields in new[] { listed, item, changed })
        {
            fields["TrustAccountLookupId"]!.GetValueKind().ShouldBe(JsonValueKind.String, "one person reads as a string of digits (recorded; corso)");
            fields["TrustAccountLookupId"]!.GetValue<string>().ShouldBe(_lee);
            fields.AsObject().ContainsKey("TrustAccount").ShouldBeFalse("one person reads as its id only");
        }
    }

    [Fact]
    public async Task Item_PersonPicked_IsAnEntryOfTheSiteUsers()
    {
        (await PickAsync(_lee)).Status.ShouldBe(200);
        var picked = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!["TrustAccountLookupId"]!.GetValue<string>();

        var entry = (await Http.GetAsync($"{SitePath}/lists/users/items/{picked}?$expand=fields")).Body["fields"]!;

        entry["EMail"]!.GetValue<string>().ShouldBe("dr.lee@example.org");
        entry["Name"]!.GetValue<string>().ShouldBe("i:0#.f|membership|dr.lee@example.org");
    }

    [Fact]
    public async Task Item_PersonWrittenAsANumber_IsRefusedAsReported()
    {
        var answer = await PickAsync(int.Parse(_lee, System.Globalization.CultureInfo.InvariantCulture));

        answer.Status.ShouldBe(400);
        answer.Body["error"]!["message"]!.GetValue<string>().ShouldBe("General exception while processing");
        (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!.AsObject().ContainsKey("TrustAccountLookupId").ShouldBeFalse();
    }

    [Fact]
    public async Task Item_IdOfNoSiteUser_IsRefusedOrKeptAsTheVariantSays()
    {
        var answer = await PickAsync("999");

        var fields = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!;
        if (Variant.PersonColumnsTakeOnlySiteUsers)
        {
            answer.Status.ShouldBe(400);
            answer.Body["error"]!["message"]!.GetValue<string>().ShouldContain("is not the id of a user of the site");
            fields.AsObject().ContainsKey("TrustAccountLookupId").ShouldBeFalse();
        }
        else
        {
            answer.Status.ShouldBe(200, answer.Text);
            fields["TrustAccountLookupId"]!.GetValue<string>().ShouldBe("999");
        }
    }

    [Fact]
    public async Task Item_ApplicationsEntryPicked_IsTakenAsAnyEntryIs()
    {
        // The application's own entry: the editor of what it writes, such as this item of its own.
        var own = await CreateItemAsync(_team, new JsonObject { ["Title"] = "written by the worker" }, token: "app");
        var application = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{own}?$expand=fields")).Body["fields"]!["EditorLookupId"]!.GetValue<string>();

        (await PickAsync(application)).Status.ShouldBe(200);

        (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!["TrustAccountLookupId"]!.GetValue<string>().ShouldBe(application);
    }

    [Fact]
    public async Task Item_PersonWrittenWhereTheListHasATextColumnOfItsNameAndId_FillsTheTextColumnAsReported()
    {
        // microsoft-graph-docs#19901: a person column Employee beside a text column EmployeeId.
        foreach (var column in new[] { """{"name":"Employee","personOrGroup":{}}""", """{"name":"EmployeeId","text":{}}""" })
        {
            (await Http.SendAsync("POST", $"{SitePath}/lists/{_team}/columns", JsonNode.Parse(column))).Status.ShouldBe(201);
        }

        (await PickAsync(_lee, "EmployeeLookupId")).Status.ShouldBe(200);

        var fields = (await Http.GetAsync($"{SitePath}/lists/{_team}/items/{_member}?$expand=fields")).Body["fields"]!.AsObject();
        fields["EmployeeId"]!.GetValue<string>().ShouldBe(_lee);
        fields.ContainsKey("EmployeeLookupId").ShouldBeFalse("the person column is left empty");
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class PersonColumnOnAGenerousTenantTests() : PersonColumnTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class PersonColumnOnASparseTenantTests() : PersonColumnTests(TenantVariant.Sparse);
