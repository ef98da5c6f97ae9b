using System.Text.Json.Nodes;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>
/// The slice of SharePoint's REST API the emulator serves under a site's path: a column's formatting and
/// a list's views, with SharePoint's error envelope, on any tenant.
/// </summary>
public abstract class SharePointRestTests(TenantVariant variant) : EmulatorTest(variant)
{
    private const string Formatter = """{"$schema":"https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json","elmType":"div","txtContent":"=if(@currentField > 0, 'Some', 'None')"}""";

    private string _list = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _list = await CreateListAsync("Courses", "genericList", "Stage", "#OpenFlags");
    }

    private string Api => $"{new Uri(Emulator.GraphUrl).GetLeftPart(UriPartial.Authority)}/sites/recovery/_api/web/lists(guid'{_list}')";

    [Fact]
    public async Task Field_NeverFormatted_HasANullFormatterFoundByInternalNameOrTitle()
    {
        var byName = await Http.SendAsync("GET", $"{Api}/fields/getbyinternalnameortitle('OpenFlags')?$select=InternalName,CustomFormatter");
        var byTitle = await Http.SendAsync("GET", $"{Api}/fields/getbyinternalnameortitle('Title')");

        byName.Status.ShouldBe(200, byName.Text);
        byName.Body.AsObject().Select(p => p.Key).ShouldBe(["CustomFormatter", "InternalName"], ignoreOrder: true);
        byName.Body["CustomFormatter"].ShouldBeNull("recorded: a field never formatted answers null");
        byName.Text.ShouldContain("\"CustomFormatter\":null");
        byTitle.Body["TypeAsString"]!.GetValue<string>().ShouldBe("Text");
        byName.Headers.Contains("SPRequestGuid").ShouldBeTrue();
    }

    [Fact]
    public async Task Field_Unknown_Answers400InSharePointsEnvelope()
    {
        var answer = await Http.SendAsync("GET", $"{Api}/fields/getbyinternalnameortitle('Nowhere')");

        answer.Status.ShouldBe(400);
        answer.Body["odata.error"]!["code"]!.GetValue<string>().ShouldBe("-2147024809, System.ArgumentException");
        answer.Body["odata.error"]!["message"]!["lang"]!.GetValue<string>().ShouldBe("en-US");
        answer.Body["odata.error"]!["message"]!["value"]!.GetValue<string>().ShouldBe("Column 'Nowhere' does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task List_Unknown_Answers404InSharePointsEnvelope()
    {
        var answer = await Http.SendAsync("GET", Api.Replace(_list, Guid.Empty.ToString(), StringComparison.Ordinal) + "/views");

        answer.Status.ShouldBe(404);
        answer.Body["odata.error"]!["code"]!.GetValue<string>().ShouldBe("-1, System.ArgumentException");
    }

    [Fact]
    public async Task Site_Unknown_Answers404FileNotFound()
    {
        var answer = await Http.SendAsync("GET", Api.Replace("/sites/recovery/", "/sites/nowhere/", StringComparison.Ordinal) + "/views");

        answer.Status.ShouldBe(404);
        answer.Body["odata.error"]!["code"]!.GetValue<string>().ShouldBe("-2147024894, System.IO.FileNotFoundException");
    }

    [Fact]
    public async Task Request_WithoutToken_Answers401WithAnErrorDescription()
    {
        var answer = await Http.SendAsync("GET", $"{Api}/views", token: null);

        answer.Status.ShouldBe(401);
        answer.Body["error_description"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Merge_SetsTheFormatter_ReadBackTheSameJsonLaidOutAsTheVariantSays()
    {
        var set = await MergeAsync("OpenFlags", new JsonObject { ["__metadata"] = new JsonObject { ["type"] = "SP.Field" }, ["CustomFormatter"] = Formatter });
        var read = await Http.SendAsync("GET", $"{Api}/fields/getbyinternalnameortitle('OpenFlags')");

        set.Status.ShouldBe(204, set.Text);
        var kept = read.Body["CustomFormatter"]!.GetValue<string>();
        JsonNode.DeepEquals(JsonNode.Parse(kept), JsonNode.Parse(Formatter)).ShouldBeTrue();
        (kept == Formatter).ShouldBe(Variant.FormattersKeptAsWritten);
    }

    [Fact]
    public async Task Post_ToAFieldWithoutMerge_IsRefused()
    {
        var answer = await Http.SendAsync("POST", $"{Api}/fields/getbyinternalnameortitle('OpenFlags')", new JsonObject { ["CustomFormatter"] = Formatter });

        answer.Status.ShouldBe(400);
        answer.Body["odata.error"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Merge_OfAPropertyNotServed_IsRefused()
    {
        var answer = await MergeAsync("OpenFlags", new JsonObject { ["Title"] = "Flags" });

        answer.Status.ShouldBe(400);
    }

    [Fact]
    public async Task AddView_ThenByTitle_IsFoundWhereTheVariantAppliesTheFilter()
    {
        var added = await AddViewAsync("Needs attention", ["LinkTitle", "Stage"], "<Where><Gt><FieldRef Name='OpenFlags' /><Value Type='Number'>0</Value></Gt></Where>");
        var found = await Http.SendAsync("GET", $"{Api}/views?$filter=Title eq 'Needs attention'&$select=Id,Title");

        added.Status.ShouldBe(200, added.Text);
        added.Body["Title"]!.GetValue<string>().ShouldBe("Needs attention");
        added.Body["ViewQuery"]!.GetValue<string>().ShouldBe("<Where><Gt><FieldRef Name=\"OpenFlags\" /><Value Type=\"Number\">0</Value></Gt></Where>", "as recorded: given back in double quotes");
        Guid.TryParse(added.Body["Id"]!.GetValue<string>(), out _).ShouldBeTrue();
        var titles = found.Body["value"]!.AsArray().Select(v => v!["Title"]!.GetValue<string>()).ToList();
        titles.ShouldBe(Variant.ViewsHonourFilter ? ["Needs attention"] : ["All Items", "Needs attention"]);
        found.Body["value"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["Id", "Title"], ignoreOrder: true);
    }

    [Fact]
    public async Task Views_WithTheirFields_ShowEachViewsFieldsInOrder()
    {
        await AddViewAsync("Mine", ["Stage", "LinkTitle"], string.Empty);

        var views = await Http.SendAsync("GET", $"{Api}/views?$expand=ViewFields");

        var mine = views.Body["value"]!.AsArray().Single(v => v!["Title"]!.GetValue<string>() == "Mine")!;
        mine["ViewFields"]!["Items"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["Stage", "LinkTitle"]);
        views.Body["value"]!.AsArray().Single(v => v!["DefaultView"]!.GetValue<bool>())!["Title"]!.GetValue<string>().ShouldBe("All Items");
    }

    [Theory]
    [InlineData("Nowhere", "<Where />")]
    [InlineData("Stage", "<Where>")]
    public async Task AddView_OfAFieldTheListLacksOrAQueryThatIsNoXml_Answers400(string field, string query)
    {
        var answer = await AddViewAsync("Broken", [field], query);

        answer.Status.ShouldBe(400);
        answer.Body["odata.error"]!["code"]!.GetValue<string>().ShouldBe("-2147024809, System.ArgumentException");
    }

    [Fact]
    public async Task ScriptedFault_ForSharePointRest_AnswersInItsFormAndLeavesGraphAlone()
    {
        Emulator.Faults.Add(new ScriptedFault { SharePointRest = true, Status = 403 });
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/views", Status = 500 });

        var graph = await Http.SendAsync("GET", $"{SitePath}/lists/{_list}");
        var rest = await Http.SendAsync("GET", $"{Api}/views");
        var again = await Http.SendAsync("GET", $"{Api}/views");

        graph.Status.ShouldBe(200);
        rest.Status.ShouldBe(403);
        rest.Body["odata.error"]!["code"]!.GetValue<string>().ShouldBe("-2147024891, System.UnauthorizedAccessException");
        again.Status.ShouldBe(200, "the Graph fault on /views is not met by SharePoint's REST API");
        Emulator.Faults.PendingScripted.ShouldBe(1);
    }

    private Task<GraphHttp.Answer> MergeAsync(string field, JsonObject body) =>
        Http.SendAsync("POST", $"{Api}/fields/getbyinternalnameortitle('{field}')", body, headers: new Dictionary<string, string> { ["X-HTTP-Method"] = "MERGE", ["IF-MATCH"] = "*" });

    private Task<GraphHttp.Answer> AddViewAsync(string title, string[] fields, string query) =>
        Http.SendAsync("POST", $"{Api}/views/add", new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["__metadata"] = new JsonObject { ["type"] = "SP.ViewCreationInformation" },
                ["Title"] = title,
                ["ViewFields"] = new JsonObject { ["results"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) },
                ["Query"] = query,
                ["RowLimit"] = 100,
                ["PersonalView"] = false,
            },
        });
}

public sealed class SharePointRestOnAGenerousTenantTests() : SharePointRestTests(TenantVariant.Generous);

public sealed class SharePointRestOnASparseTenantTests() : SharePointRestTests(TenantVariant.Sparse);
