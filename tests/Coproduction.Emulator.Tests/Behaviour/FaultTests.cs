using System.Text.Json.Nodes;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Behaviour;

public sealed class FaultTests : EmulatorTest
{
    [Fact]
    public async Task Budget_SpentWithinAMinute_ThrottlesUntilTheMinuteIsOver()
    {
        var list = await CreateListAsync("Log");
        Emulator.Faults.ResourceUnitsPerMinute = 5;

        (await Http.GetAsync($"{SitePath}/lists/{list}/items")).Status.ShouldBe(200); // 2
        (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta")).Status.ShouldBe(200); // 2: no token
        (await Http.GetAsync($"{SitePath}/lists/{list}")).Status.ShouldBe(200); // 1
        var throttled = await Http.GetAsync($"{SitePath}/lists/{list}");
        Clock.Advance(TimeSpan.FromSeconds(45));
        var later = await Http.GetAsync($"{SitePath}/lists/{list}");
        Clock.Advance(TimeSpan.FromSeconds(15));
        var nextMinute = await Http.GetAsync($"{SitePath}/lists/{list}");

        throttled.Status.ShouldBe(429);
        throttled.Header("Retry-After").ShouldBe("60");
        later.Header("Retry-After").ShouldBe("15");
        nextMinute.Status.ShouldBe(200);
        Emulator.Requests.Throttled.ShouldBe(2);
        Emulator.Requests.ResourceUnits.ShouldBe(2 + 2 + 2 + 1 + 1 + 1 + 1, "the list creation cost 2; throttled requests count too");
    }

    [Fact]
    public async Task Costs_FollowSharePointsResourceUnits()
    {
        var list = await CreateListAsync("Log");
        var id = await CreateItemAsync(list, new JsonObject { ["Title"] = "a" });
        var deltaLink = (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta")).Body["@odata.deltaLink"]!.GetValue<string>();
        Emulator.Requests.Reset();

        var costs = new List<string?>
        {
            (await Http.GetAsync($"{SitePath}/lists/{list}/items/{id}")).Header("x-ms-resource-unit"),
            (await Http.GetAsync(deltaLink)).Header("x-ms-resource-unit"),
            (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta")).Header("x-ms-resource-unit"),
            (await Http.GetAsync($"{SitePath}/lists/{list}/items")).Header("x-ms-resource-unit"),
            (await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/{id}/fields", new JsonObject { ["Title"] = "b" })).Header("x-ms-resource-unit"),
            (await Http.SendAsync("DELETE", $"{SitePath}/lists/{list}/items/{id}")).Header("x-ms-resource-unit"),
        };

        costs.ShouldBe(["1", "1", "2", "2", "2", "2"]);
        Emulator.Requests.ResourceUnits.ShouldBe(10);
        Emulator.Requests.ByKind.ShouldBe(new Dictionary<string, int> { ["delete"] = 1, ["delta"] = 2, ["item"] = 1, ["items"] = 1, ["update"] = 1 });
    }

    [Theory]
    [InlineData(503, "1")]
    [InlineData(500, null)]
    [InlineData(429, "2.128")]
    public async Task Scripted_StatusForTheNextMatchingRequests_ThenNormal(int status, string? retryAfter)
    {
        Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/lists", Status = status, RetryAfter = retryAfter, Times = 2 });

        var site = await Http.GetAsync(SitePath);
        var first = await Http.GetAsync($"{SitePath}/lists");
        var second = await Http.GetAsync($"{SitePath}/lists");
        var third = await Http.GetAsync($"{SitePath}/lists");

        site.Status.ShouldBe(200);
        first.Status.ShouldBe(status);
        first.Header("Retry-After").ShouldBe(retryAfter);
        second.Status.ShouldBe(status);
        third.Status.ShouldBe(200);
    }

    [Fact]
    public async Task Scripted_MalformedBody_IsSentAsIs()
    {
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/lists", MalformedBody = "{\"value\": [" });

        var answer = await Http.GetAsync($"{SitePath}/lists");

        answer.Status.ShouldBe(200);
        answer.Text.ShouldBe("{\"value\": [");
    }

    [Fact]
    public async Task Scripted_DroppedConnection_GivesNoAnswer()
    {
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/lists", DropConnection = true });

        await Should.ThrowAsync<HttpRequestException>(() => Http.GetAsync($"{SitePath}/lists"));
        (await Http.GetAsync($"{SitePath}/lists")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Scripted_Delay_HoldsTheAnswerBack()
    {
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/lists", Delay = TimeSpan.FromMilliseconds(300) });
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(100) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Emulator.GraphUrl}/{SitePath}/lists");
        request.Headers.Authorization = new("Bearer", GraphHttp.Sam);

        await Should.ThrowAsync<TaskCanceledException>(() => impatient.SendAsync(request));
    }

    [Fact]
    public async Task ServiceUnavailableRate_AnswersThatShareWith503()
    {
        Emulator.Faults.Seed(7);
        Emulator.Faults.ServiceUnavailableRate = 0.5;

        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await Http.GetAsync(SitePath)).Status);
        }

        statuses.Count(s => s == 503).ShouldBeInRange(10, 30);
        statuses.Count(s => s == 200).ShouldBe(40 - statuses.Count(s => s == 503));
    }
}
