using System.Text.Json.Nodes;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

public sealed class BatchTests : EmulatorTest
{
    private static JsonObject Request(string id, string method, string url, JsonNode? body = null, params string[] dependsOn)
    {
        var request = new JsonObject { ["id"] = id, ["method"] = method, ["url"] = url };
        if (body is not null)
        {
            request["body"] = body;
            request["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
        }

        if (dependsOn.Length > 0)
        {
            request["dependsOn"] = new JsonArray([.. dependsOn.Select(d => (JsonNode)d)]);
        }

        return request;
    }

    private Task<GraphHttp.Answer> BatchAsync(params JsonObject[] requests) =>
        Http.SendAsync("POST", "$batch", new JsonObject { ["requests"] = new JsonArray([.. requests]) });

    [Fact]
    public async Task Batch_OfTwenty_IsServedAndOfTwentyOne_IsRefused()
    {
        var list = await CreateListAsync("Log");
        var twenty = Enumerable.Range(1, 20).Select(i => Request($"{i}", "POST", $"/{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = $"a{i}" } })).ToArray();

        var served = await BatchAsync(twenty);
        var refused = await BatchAsync([.. Enumerable.Range(1, 21).Select(i => Request($"{i}", "GET", $"/{SitePath}"))]);

        served.Status.ShouldBe(200);
        served.Body["responses"]!.AsArray().ShouldAllBe(r => r!["status"]!.GetValue<int>() == 201);
        refused.Status.ShouldBe(400);
        refused.Body["error"]!["message"]!.GetValue<string>().ShouldContain("at most 20");
        (await Http.GetAsync($"{SitePath}/lists/{list}/items")).Body["value"]!.AsArray().Count.ShouldBe(20);
    }

    [Fact]
    public async Task Batch_FailedDependency_AnswersFailedDependency()
    {
        var list = await CreateListAsync("Log");

        var answer = await BatchAsync(
            Request("1", "PATCH", $"/{SitePath}/lists/{list}/items/99/fields", new JsonObject { ["Title"] = "x" }),
            Request("2", "POST", $"/{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "y" } }, "1"),
            Request("3", "GET", $"/{SitePath}/lists/{list}/items", null, "2"));

        answer.Body["responses"]!.AsArray().Select(r => r!["status"]!.GetValue<int>()).ShouldBe([404, 424, 424]);
        (await Http.GetAsync($"{SitePath}/lists/{list}/items")).Body["value"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Batch_DependsOn_OrdersTheRequests()
    {
        var list = await CreateListAsync("Log");

        var answer = await BatchAsync(
            Request("b", "PATCH", $"/{SitePath}/lists/{list}/items/1/fields", new JsonObject { ["Title"] = "second" }, "a"),
            Request("a", "POST", $"/{SitePath}/lists/{list}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "first" } }));

        answer.Body["responses"]!.AsArray().Select(r => (r!["id"]!.GetValue<string>(), r["status"]!.GetValue<int>())).ShouldBe([("b", 200), ("a", 201)]);
    }

    [Fact]
    public async Task Batch_ThrottledInside_Answers429InsideA200()
    {
        Emulator.Faults.ResourceUnitsPerMinute = 3;

        var answer = await BatchAsync(Request("1", "GET", $"/{SitePath}"), Request("2", "GET", $"/{SitePath}/lists"), Request("3", "GET", $"/{SitePath}"));

        answer.Status.ShouldBe(200);
        var third = answer.Body["responses"]![2]!;
        answer.Body["responses"]!.AsArray().Select(r => r!["status"]!.GetValue<int>()).ShouldBe([200, 200, 429]);
        third["headers"]!["Retry-After"]!.GetValue<string>().ShouldBe("60");
        Emulator.Requests.Throttled.ShouldBe(1);
    }

    [Fact]
    public async Task Batch_Requests_AreCountedEachAndTheBatchOnce()
    {
        await BatchAsync(Request("1", "GET", $"/{SitePath}"), Request("2", "GET", $"/{SitePath}/lists"));

        Emulator.Requests.Of("batch").ShouldBe(1);
        Emulator.Requests.Of("site").ShouldBe(1);
        Emulator.Requests.Of("lists").ShouldBe(1);
        Emulator.Requests.ResourceUnits.ShouldBe(3);
        Emulator.Requests.Http.ShouldBe(1, "one request came over HTTP");
    }

    [Fact]
    public async Task Batch_AbsoluteUrlsAndDuplicateIds_AreHandled()
    {
        var absolute = await BatchAsync(Request("1", "GET", $"{Emulator.GraphUrl}/{SitePath}"));
        var duplicate = await BatchAsync(Request("1", "GET", $"/{SitePath}"), Request("1", "GET", $"/{SitePath}"));

        absolute.Body["responses"]![0]!["status"]!.GetValue<int>().ShouldBe(200);
        duplicate.Status.ShouldBe(400);
    }
}
