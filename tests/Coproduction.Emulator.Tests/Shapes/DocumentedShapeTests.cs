using System.Text.Json.Nodes;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Shapes;

/// <summary>
/// The emulator's answers hold the shapes of the documented Graph responses in GraphExamples/: the
/// same members, annotations and kinds of value. Each test makes the documented request.
/// </summary>
public sealed class DocumentedShapeTests : EmulatorTest
{
    private static void ShouldMatch(string example, JsonNode? served) =>
        JsonShape.Differences(JsonShape.Example(example), served).ShouldBeEmpty($"{example} against {served?.ToJsonString()}");

    private async Task<string> InventoryAsync()
    {
        // The documentation's example has a column "Author": on a real list that name is SharePoint's own "Created By".
        var list = await CreateListAsync("Inventory", "genericList", "Name", "Color", "#Quantity", "Supplier", "#Weight");
        foreach (var (name, color, quantity) in new[] { ("Gadget", "Red", 503), ("Widget", "Blue", 2357), ("Gizmo", "Green", 92) })
        {
            await CreateItemAsync(list, new JsonObject { ["Title"] = name, ["Name"] = name, ["Color"] = color, ["Quantity"] = quantity, ["Supplier"] = "Brad Cleaver" });
        }

        return list;
    }

    [Fact]
    public async Task Site_GetByPath_HasTheDocumentedShape()
    {
        ShouldMatch("site-getbypath.json", (await Http.GetAsync($"sites/contoso.sharepoint.com:/sites/recovery")).Body);
    }

    [Fact]
    public async Task List_Create_HasTheDocumentedShape()
    {
        var request = JsonShape.Example("list-create.request.json");
        request["columns"]![0]!["name"] = "Writer"; // "Author" is SharePoint's own "Created By" column in every list.

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists", request);

        answer.Status.ShouldBe(201, answer.Text);
        ShouldMatch("list-create.response-201.json", answer.Body);
    }

    [Fact]
    public async Task List_Get_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();

        ShouldMatch("list-get.basic.json", (await Http.GetAsync($"{SitePath}/lists/{list}")).Body);
    }

    [Fact]
    public async Task List_GetWithSelectAndExpand_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();
        var answer = await Http.GetAsync($"{SitePath}/lists/{list}?select=id,name,lastModifiedDateTime&expand=columns(select=name,description),items(expand=fields(select=Name,Color,Quantity))");

        ShouldMatch("list-get.multi-expand.json", answer.Body);
        answer.Body["items"]![0]!["fields"]!.AsObject().Select(p => p.Key).ShouldBe(["@odata.etag", "Name", "Color", "Quantity"]);
        answer.Body.AsObject().ContainsKey("displayName").ShouldBeFalse();
    }

    [Fact]
    public async Task Columns_List_HasTheDocumentedShape()
    {
        var list = await CreateListAsync("Addresses", "genericList", "Address");

        ShouldMatch("list-list-columns.json", (await Http.GetAsync($"{SitePath}/lists/{list}/columns")).Body);
    }

    [Fact]
    public async Task Columns_Add_HasTheDocumentedShape()
    {
        var list = await CreateListAsync("Notes");
        var request = JsonShape.Example("list-post-columns.request.json").AsObject();
        request["name"] = "Summary"; // Title is there already, as in every list.

        var answer = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/columns", request);

        answer.Status.ShouldBe(201);
        ShouldMatch("list-post-columns.response.json", answer.Body);
    }

    [Fact]
    public async Task Item_Create_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();
        var answer = await Http.SendAsync("POST", $"{SitePath}/lists/{list}/items", JsonShape.Example("listitem-create.request.json"));

        answer.Status.ShouldBe(201, answer.Text);
        ShouldMatch("listitem-create.response-201.json", answer.Body);
    }

    [Fact]
    public async Task Item_GetWithFields_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();
        var answer = await Http.GetAsync($"{SitePath}/lists/{list}/items/2?expand=fields");

        ShouldMatch("listitem-get.expand-fields.json", answer.Body);

        // The documented value set has a text field "Author": on a real list that is the "Created By" person column, read as AuthorLookupId.
        var documented = JsonShape.Example("fieldvalueset.resource-shape.json").AsObject();
        documented.Remove("Author");
        JsonShape.Differences(documented, answer.Body["fields"]).ShouldBeEmpty();
        answer.Body["fields"]!["AuthorLookupId"]!.GetValue<string>().ShouldMatch("^[0-9]+$");
    }

    [Fact]
    public async Task Item_UpdateFields_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();
        var answer = await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/2/fields", JsonShape.Example("listitem-update-fields.request.json"));

        answer.Status.ShouldBe(200, answer.Text);
        ShouldMatch("listitem-update-fields.response-200.json", answer.Body);
        answer.Body["Color"]!.GetValue<string>().ShouldBe("Fuchsia");
    }

    [Fact]
    public async Task Item_Versions_HaveTheDocumentedShapeNewestFirst()
    {
        var list = await InventoryAsync();
        await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/1/fields", new JsonObject { ["Quantity"] = 1 });
        await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/1/fields", new JsonObject { ["Quantity"] = 2 });

        var versions = (await Http.GetAsync($"{SitePath}/lists/{list}/items/1/versions")).Body;

        ShouldMatch("listitem-list-versions.json", versions);
        versions["value"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ShouldBe(["3.0", "2.0", "1.0"]);
    }

    [Fact]
    public async Task Delta_FirstAndLastPagesAndLatest_HaveTheDocumentedShapes()
    {
        var list = await InventoryAsync();
        var first = (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta?$top=2")).Body;
        ShouldMatch("listitem-delta.first-page.json", first);

        var rest = (await Http.GetAsync(first["@odata.nextLink"]!.GetValue<string>())).Body;
        (await Http.SendAsync("DELETE", $"{SitePath}/lists/{list}/items/3")).Status.ShouldBe(204);
        await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/1/fields", new JsonObject { ["Color"] = "Teal" });
        var last = (await Http.GetAsync(rest["@odata.deltaLink"]!.GetValue<string>())).Body;
        ShouldMatch("listitem-delta.last-page.json", last);

        ShouldMatch("listitem-delta.token-latest.json", (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta?token=latest")).Body);
    }

    [Fact]
    public async Task DriveItem_VersionsAndDelta_HaveTheDocumentedShapes()
    {
        await CreateListAsync("Course materials", "documentLibrary");
        var drive = (await Http.GetAsync($"{SitePath}/drives")).Body["value"]![0]!["id"]!.GetValue<string>();
        foreach (var name in new[] { "file.txt", "file5.txt", "file.txt" })
        {
            (await Http.SendAsync("PUT", $"drives/{drive}/root:/{name}:/content", content: "hello"u8.ToArray())).Status.ShouldBeOneOf(200, 201);
        }

        var first = (await Http.GetAsync($"drives/{drive}/root/delta?$top=1")).Body;
        first["@odata.nextLink"].ShouldNotBeNull();
        var file5 = (await Http.GetAsync($"drives/{drive}/root/children")).Body["value"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "file5.txt")!["id"]!.GetValue<string>();
        var all = (await Http.GetAsync(first["@odata.nextLink"]!.GetValue<string>())).Body;
        (await Http.SendAsync("DELETE", $"drives/{drive}/items/{file5}")).Status.ShouldBe(204);
        (await Http.SendAsync("PUT", $"drives/{drive}/root:/file.txt:/content", content: "again"u8.ToArray())).Status.ShouldBe(200);
        var changes = (await Http.GetAsync(all["@odata.deltaLink"]!.GetValue<string>())).Body;

        // The documented pages mix a folder in; the emulator serves files only, so each page is held to its file and deletion entries.
        JsonShape.Differences(JsonShape.Example("driveitem-delta.first-page.json")["value"]![1], first["value"]![0]).ShouldBeEmpty();
        JsonShape.Differences(JsonShape.Example("driveitem-delta.first-page.json")["value"]![2], changes["value"]!.AsArray().First(v => v!["deleted"] is not null)).ShouldBeEmpty();
        changes["@odata.deltaLink"].ShouldNotBeNull();
        var fileId = changes["value"]!.AsArray().First(v => v!["deleted"] is null)!["id"]!.GetValue<string>();
        ShouldMatch("driveitem-list-versions.json", (await Http.GetAsync($"drives/{drive}/items/{fileId}/versions")).Body);
    }

    [Fact]
    public async Task Batch_HasTheDocumentedShape()
    {
        var list = await InventoryAsync();
        var answer = await Http.SendAsync("POST", "$batch", new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["id"] = "1", ["method"] = "GET", ["url"] = $"/{SitePath}/lists/{list}/items?$top=1" },
                new JsonObject { ["id"] = "2", ["method"] = "GET", ["url"] = $"/{SitePath}/lists/{list}/items/999" }),
        });

        answer.Status.ShouldBe(200);
        var documented = JsonShape.Example("batch.response.json");
        JsonShape.Differences(documented["responses"]![2], answer.Body["responses"]![1]).ShouldBeEmpty();
        answer.Body["responses"]![0]!["status"]!.GetValue<int>().ShouldBe(200);
        answer.Body["responses"]![0]!["body"]!["value"].ShouldBeOfType<JsonArray>();
    }

    [Fact]
    public async Task Error_HasTheDocumentedShape()
    {
        var answer = await Http.GetAsync($"{SitePath}/lists/no-such-list");

        answer.Status.ShouldBe(404);
        ShouldMatch("error.generic.json", answer.Body);
        answer.Body["error"]!["code"]!.GetValue<string>().ShouldBe("itemNotFound");
    }

    [Fact]
    public async Task Throttling_ResourceUnitsSpent_HasSharePointsShape()
    {
        Emulator.Faults.ResourceUnitsPerMinute = 1;
        (await Http.GetAsync($"{SitePath}")).Status.ShouldBe(200);

        var answer = await Http.GetAsync($"{SitePath}");

        answer.Status.ShouldBe(429);
        ShouldMatch("throttling-429.sharepoint-activityLimitReached.json", answer.Body);
        answer.Header("Retry-After").ShouldBe("60");
    }

    [Fact]
    public async Task Throttling_ScriptedTooManyRequests_HasGraphsShape()
    {
        Emulator.Faults.Add(new ScriptedFault { Status = 429, Code = "TooManyRequests", RetryAfter = "2.128" });

        var answer = await Http.GetAsync($"{SitePath}");

        answer.Status.ShouldBe(429);
        ShouldMatch("throttling-429.graph-sample.json", answer.Body);
        answer.Header("Retry-After").ShouldBe("2.128");
    }
}
