using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

/// <summary>Authentication, addressing, validation and paging, over plain HTTP.</summary>
public sealed class RequestTests : EmulatorTest
{
    [Fact]
    public async Task Request_WithoutABearerToken_IsUnauthorized()
    {
        var answer = await Http.GetAsync(SitePath, token: null);

        answer.Status.ShouldBe(401);
        answer.Body["error"]!["code"]!.GetValue<string>().ShouldBe("InvalidAuthenticationToken");
    }

    [Theory]
    [InlineData("sites/contoso.sharepoint.com:/sites/recovery")]
    [InlineData("sites/contoso.sharepoint.com:/sites/recovery:")]
    [InlineData("sites/contoso.sharepoint.com%3A%2Fsites%2Frecovery")]
    [InlineData("sites/CONTOSO.sharepoint.com:/sites/Recovery")]
    public async Task Site_ByPathInEveryForm_IsFound(string path)
    {
        var answer = await Http.GetAsync(path);

        answer.Status.ShouldBe(200, answer.Text);
        answer.Body["id"]!.GetValue<string>().ShouldBe(SiteId);
    }

    [Fact]
    public async Task Site_PathThenListsAfterAColon_IsFound()
    {
        await CreateListAsync("Courses");

        var answer = await Http.GetAsync("sites/contoso.sharepoint.com:/sites/recovery:/lists");

        answer.Body["value"]!.AsArray().Select(l => l!["displayName"]!.GetValue<string>()).ShouldBe(["Documents", "Courses"], "the site's default library, made with it, then the list created");
    }

    [Fact]
    public async Task List_ByDisplayNameOrId_IsFound()
    {
        var id = await CreateListAsync("Co-production log");

        (await Http.GetAsync($"{SitePath}/lists/Co-production log")).Body["id"]!.GetValue<string>().ShouldBe(id);
        (await Http.GetAsync($"{SitePath}/lists/{id}")).Body["displayName"]!.GetValue<string>().ShouldBe("Co-production log");
    }

    [Fact]
    public async Task List_CreatedTwice_IsAConflict()
    {
        await CreateListAsync("Courses");

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists", new JsonObject { ["displayName"] = "Courses" });

        answer.Status.ShouldBe(409);
        answer.Body["error"]!["code"]!.GetValue<string>().ShouldBe("nameAlreadyExists");
    }

    [Theory]
    [InlineData("""{"Nope":"x"}""", "Field 'Nope' is not recognized.")]
    [InlineData("""{"Pages":"many"}""", "Field 'Pages' expects a number value")]
    [InlineData("""{"Stage":"Launched"}""", "'Launched' is not one of its choices")]
    [InlineData("""{"Modified":"2026-01-01T00:00:00Z"}""", "Field 'Modified' is read-only.")]
    [InlineData("""{"OwnerLookupId":"999"}""", "is not the id of a user of the site")]
    [InlineData("""{"Owner":"Sam"}""", "write its ids as 'OwnerLookupId'")]
    public async Task Item_BadField_IsRefusedAndNothingIsWritten(string fields, string message)
    {
        var list = await CreateListAsync("Books", "genericList", "#Pages");
        await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", JsonNode.Parse("""{"name":"Stage","choice":{"choices":["Draft","Live"]}}"""));
        await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", JsonNode.Parse("""{"name":"Owner","personOrGroup":{}}"""));

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = JsonNode.Parse(fields) });

        answer.Status.ShouldBe(400);
        answer.Body["error"]!["message"]!.GetValue<string>().ShouldContain(message);
        (await Http.GetAsync($"{SitePath}/lists/{list}/items")).Body["value"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Item_TextLongerThanASingleLineKeeps_IsRefusedWhereANoteTakesIt()
    {
        var list = await CreateListAsync("Books", "genericList");
        await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", JsonNode.Parse("""{"name":"Notes","text":{"allowMultipleLines":true}}"""));

        var tooLong = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = new string('a', 256) } });
        var atMost = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = new string('a', 255), ["Notes"] = new string('n', 1000) } });

        tooLong.Status.ShouldBe(400);
        tooLong.Body["error"]!["message"]!.GetValue<string>().ShouldContain("Field 'Title' is longer than 255 characters");
        atMost.Status.ShouldBe(201, atMost.Text);
    }

    [Fact]
    public async Task Item_BodyNotJson_IsABadRequest()
    {
        var list = await CreateListAsync("Books");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Emulator.GraphUrl}/{SitePath}/lists/{list}/items") { Content = new StringContent("{ not json") };
        request.Headers.Authorization = new("Bearer", GraphHttp.Sam);

        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task PersonAndLookupColumns_AreWrittenAndReadThroughLookupIds()
    {
        var people = await CreateListAsync("People");
        var sam = await CreateItemAsync(people, new JsonObject { ["Title"] = "p1" });
        var lee = await CreateItemAsync(people, new JsonObject { ["Title"] = "p2" }, token: "user:dr.lee@example.org");
        var log = await CreateListAsync("Log");
        foreach (var column in new[]
        {
            """{"name":"By","lookup":{"listId":"PEOPLE","columnName":"Title"}}""",
            """{"name":"Participants","lookup":{"listId":"PEOPLE","columnName":"Title","allowMultipleValues":true}}""",
            """{"name":"Recorder","personOrGroup":{}}""",
            """{"name":"Reviewers","personOrGroup":{"allowMultipleSelection":true}}""",
        })
        {
            (await Http.SendAsync("POST", $"{SitePath}/lists/{log}/columns", JsonNode.Parse(column.Replace("PEOPLE", people, StringComparison.Ordinal)))).Status.ShouldBe(201);
        }

        var samUser = (await Http.GetAsync($"{SitePath}/lists/{people}/items/{sam}?expand=fields")).Body["fields"]!["AuthorLookupId"]!.GetValue<string>();
        var leeUser = (await Http.GetAsync($"{SitePath}/lists/{people}/items/{lee}?expand=fields")).Body["fields"]!["AuthorLookupId"]!.GetValue<string>();
        var item = await CreateItemAsync(log, JsonNode.Parse($$"""
            {
              "Title": "a1",
              "ByLookupId": "{{sam}}",
              "ParticipantsLookupId@odata.type": "Collection(Edm.String)",
              "ParticipantsLookupId": ["{{sam}}", "{{lee}}"],
              "RecorderLookupId": "{{samUser}}",
              "ReviewersLookupId@odata.type": "Collection(Edm.String)",
              "ReviewersLookupId": ["{{leeUser}}"]
            }
            """)!.AsObject());

        var fields = (await Http.GetAsync($"{SitePath}/lists/{log}/items/{item}?expand=fields")).Body["fields"]!;

        fields["ByLookupId"]!.GetValue<string>().ShouldBe(sam);
        fields.AsObject().ContainsKey("By").ShouldBeFalse("a single lookup reads as its id only (recorded, and corso)");
        fields["Participants"]!.AsArray().Select(p => p!["LookupId"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBe([sam, lee]);
        fields["Participants"]![1]!["LookupValue"]!.GetValue<string>().ShouldBe("p2");
        fields["RecorderLookupId"]!.GetValue<string>().ShouldBe(samUser);
        fields["Reviewers"]![0]!["Email"]!.GetValue<string>().ShouldBe("dr.lee@example.org");
        fields["Reviewers"]![0]!["LookupValue"]!.GetValue<string>().ShouldBe("Dr Lee");
    }

    [Fact]
    public async Task Items_ListedWithTop_ArePagedThroughNextLinks()
    {
        var list = await CreateListAsync("Log");
        for (var i = 0; i < 7; i++)
        {
            await CreateItemAsync(list, new JsonObject { ["Title"] = $"a{i}" });
        }

        var ids = new List<string>();
        var next = $"{SitePath}/lists/{list}/items?$top=3&$expand=fields($select=Title)";
        var pages = 0;
        while (next is not null)
        {
            var page = (await Http.GetAsync(next)).Body;
            ids.AddRange(page["value"]!.AsArray().Select(i => i!["fields"]!["Title"]!.GetValue<string>()));
            next = page["@odata.nextLink"]?.GetValue<string>();
            pages++;
        }

        pages.ShouldBe(3);
        ids.ShouldBe(Enumerable.Range(0, 7).Select(i => $"a{i}"));
    }

    [Fact]
    public async Task Item_ChangedBySomeoneElse_RecordsWhoAndWhen()
    {
        var list = await CreateListAsync("Log");
        var id = await CreateItemAsync(list, new JsonObject { ["Title"] = "a" });
        Clock.Advance(TimeSpan.FromDays(1));

        await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/{id}/fields", new JsonObject { ["Title"] = "b" }, token: "user:dr.lee@example.org");
        var item = (await Http.GetAsync($"{SitePath}/lists/{list}/items/{id}")).Body;

        item["createdBy"]!["user"]!["displayName"]!.GetValue<string>().ShouldBe("Sam Jones");
        item["lastModifiedBy"]!["user"]!["email"]!.GetValue<string>().ShouldBe("dr.lee@example.org");
        item["createdDateTime"]!.GetValue<string>().ShouldBe("2026-03-01T09:00:00Z");
        item["lastModifiedDateTime"]!.GetValue<string>().ShouldBe("2026-03-02T09:00:00Z");
    }

    [Fact]
    public async Task Item_WrittenByTheApplication_ShowsTheApplication()
    {
        var list = await CreateListAsync("Flags");
        var id = await CreateItemAsync(list, new JsonObject { ["Title"] = "flag" }, token: "app-token");

        var item = (await Http.GetAsync($"{SitePath}/lists/{list}/items/{id}")).Body;

        item["createdBy"]!["application"]!["displayName"]!.GetValue<string>().ShouldBe("Coproduction");
    }

    [Fact]
    public async Task Path_NotServed_IsABadRequestNamingTheSegment()
    {
        var answer = await Http.GetAsync("me/drive");

        answer.Status.ShouldBe(400);
        answer.Body["error"]!["message"]!.GetValue<string>().ShouldContain("/me/drive");
    }

    [Fact]
    public async Task Method_NotServed_IsNotAllowed()
    {
        (await Http.SendAsync("DELETE", SitePath)).Status.ShouldBe(405);
    }

    [Fact]
    public async Task Options_AddressBeyondLoopback_IsRefusedUnlessAllowed()
    {
        var options = new GraphEmulatorOptions();
        options.Urls.Clear();
        options.Urls.Add("http://0.0.0.0:0");

        var error = await Should.ThrowAsync<ArgumentException>(() => GraphEmulator.StartAsync(options));

        error.Message.ShouldContain("not a loopback address");
        Emulator.GraphUrl.ShouldStartWith("http://127.0.0.1:");
    }
}
