using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Changes;

public sealed class ListChangeReaderTests : EmulatedSite
{
    private string _site = null!;
    private string _topics = null!;

    private async Task SetUpAsync(int items)
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        (_site, var lists) = await Graph.FindListsAsync(SiteUrl);
        _topics = lists[SiteSchema.Topics];
        for (var i = 1; i <= items; i++)
        {
            await AddAsync($"topic-{i}", "sleep");
        }
    }

    private async Task AddAsync(string topic, string broader) =>
        (await Staff.PostAsJsonAsync($"sites/{_site}/lists/{_topics}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = topic, ["Broader"] = broader } })).EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> PatchAsync(string id, string broader) =>
        Staff.PatchAsJsonAsync($"sites/{_site}/lists/{_topics}/items/{id}/fields", new JsonObject { ["Broader"] = broader });

    [Fact]
    public async Task Read_WithoutASavedLink_ReadsEveryItemThroughEveryPage()
    {
        await SetUpAsync(450);
        var store = new InMemoryDeltaLinkStore();

        var changes = await Graph.Changes.ReadAsync(_site, _topics, store);

        changes.Restarted.ShouldBeTrue();
        changes.Changes.Count.ShouldBe(450);
        changes.Pages.ShouldBe(3, "200 changes a page");
        changes.Changes[0].Fields["Title"].ShouldBe("topic-1");
        changes.Changes[0].Fields["Broader"].ShouldBe("sleep");
        (await store.GetAsync(changes.Key, default)).ShouldBeNull("nothing is saved until the changes are committed");
    }

    [Fact]
    public async Task ReadPages_WithoutASavedLink_GivesEachPageWithTheLinkOnTheLast()
    {
        await SetUpAsync(450);

        var pages = new List<ListChangePage>();
        await foreach (var page in Graph.Changes.ReadPagesAsync(_site, _topics, new InMemoryDeltaLinkStore()))
        {
            pages.Add(page);
        }

        pages.Select(p => p.Changes.Count).ShouldBe([200, 200, 50]);
        pages.Select(p => p.StartsAfresh).ShouldBe([true, false, false], "the first page starts a read of everything");
        pages.Select(p => p.DeltaLink is not null).ShouldBe([false, false, true]);
    }

    [Fact]
    public async Task ReadPages_LinkExpiresMidRead_StartsAfreshOnTheNextPage()
    {
        await SetUpAsync(450);

        var pages = new List<ListChangePage>();
        await foreach (var page in Graph.Changes.ReadPagesAsync(_site, _topics, new InMemoryDeltaLinkStore()))
        {
            pages.Add(page);
            if (pages.Count == 1)
            {
                Emulator.Faults.ExpireDeltaTokens(); // the next page's link is refused with 410
            }
        }

        pages.Count(p => p.StartsAfresh).ShouldBe(2);
        pages.SkipWhile(p => !p.StartsAfresh).Skip(1).SkipWhile(p => !p.StartsAfresh).Sum(p => p.Changes.Count).ShouldBe(450, "everything again after the restart");
    }

    [Fact]
    public async Task Read_AfterCommit_ReadsOnlyWhatChangedInOneRequest()
    {
        await SetUpAsync(5);
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, _topics, store)).CommitAsync(store);
        Emulator.Requests.Reset();

        var idle = await Graph.Changes.ReadAsync(_site, _topics, store);
        (await PatchAsync("2", "rest")).EnsureSuccessStatusCode();
        (await Staff.DeleteAsync($"sites/{_site}/lists/{_topics}/items/4")).EnsureSuccessStatusCode();
        var changed = await Graph.Changes.ReadAsync(_site, _topics, store);

        idle.Changes.ShouldBeEmpty();
        idle.Restarted.ShouldBeFalse();
        Emulator.Requests.Of("delta").ShouldBe(2, "one request a read when little changed");
        changed.Changes.Select(c => (c.ItemId, c.Deleted)).ShouldBe([("2", false), ("4", true)]);
        changed.Changes[0].Fields["Broader"].ShouldBe("rest");
    }

    [Fact]
    public async Task Read_NotCommitted_IsReadAgainNextTime()
    {
        await SetUpAsync(3);
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, _topics, store)).CommitAsync(store);
        (await PatchAsync("1", "rest")).EnsureSuccessStatusCode();

        var first = await Graph.Changes.ReadAsync(_site, _topics, store);
        var again = await Graph.Changes.ReadAsync(_site, _topics, store);

        first.Changes.Select(c => c.ItemId).ShouldBe(["1"]);
        again.Changes.Select(c => c.ItemId).ShouldBe(["1"], "a pass interrupted before commit is repeated");
    }

    [Fact]
    public async Task Read_ItemChangedTwice_CountsOnceInItsLastState()
    {
        await SetUpAsync(2);
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, _topics, store)).CommitAsync(store);
        (await PatchAsync("1", "a")).EnsureSuccessStatusCode();
        (await PatchAsync("2", "b")).EnsureSuccessStatusCode();
        (await PatchAsync("1", "c")).EnsureSuccessStatusCode();

        var changes = await Graph.Changes.ReadAsync(_site, _topics, store);

        changes.Changes.Select(c => (c.ItemId, c.Fields["Broader"])).ShouldBe([("2", (object?)"b"), ("1", "c")]);
    }

    [Fact]
    public async Task Read_ResumedByAnotherReaderFromTheStore_GoesOnFromTheCommittedLink()
    {
        await SetUpAsync(3);
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, _topics, store)).CommitAsync(store);
        await AddAsync("new-topic", "sleep");

        // As after a restart: a new client, the same store.
        using var restarted = new CoproductionGraphClient(new Connection.CoproductionGraphOptions { GraphUrl = Emulator.GraphUrl });
        var changes = await restarted.Changes.ReadAsync(_site, _topics, store);

        changes.Changes.Select(c => c.Fields["Title"]).ShouldBe(["new-topic"]);
    }

    [Fact]
    public async Task Read_ExpiredLink_StartsAgainFromTheLocationGiven()
    {
        await SetUpAsync(3);
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, _topics, store)).CommitAsync(store);
        Emulator.Faults.ExpireDeltaTokens();

        var changes = await Graph.Changes.ReadAsync(_site, _topics, store);

        changes.Restarted.ShouldBeTrue();
        changes.Changes.Count.ShouldBe(3);
        await changes.CommitAsync(store);
        (await Graph.Changes.ReadAsync(_site, _topics, store)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Read_Throttled_TheSdkWaitsAndGoesOn()
    {
        await SetUpAsync(3);
        Emulator.Faults.Add(new ScriptedFault { PathContains = "/items/delta", Status = 429, RetryAfter = "0" });

        var changes = await Graph.Changes.ReadAsync(_site, _topics, new InMemoryDeltaLinkStore());

        changes.Changes.Count.ShouldBe(3);
        Emulator.Requests.Of("delta").ShouldBe(2);
    }

    public static TheoryData<string, ScriptedFault, string> Failures => new()
    {
        { "not JSON", new ScriptedFault { PathContains = "/items/delta", MalformedBody = "{\"value\": [" }, "failed: the answer was not valid JSON" },
        { "a dropped connection", new ScriptedFault { PathContains = "/items/delta", DropConnection = true }, "failed: the connection failed (" },
        { "429 past the SDK's retries", new ScriptedFault { PathContains = "/items/delta", Status = 429, RetryAfter = "0", Times = 4 }, "failed: still refused after the SDK's retries (HTTP 429)" },
        { "500", new ScriptedFault { PathContains = "/items/delta", Status = 500 }, "failed (HTTP 500, generalException)" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Read_AnswerThatFails_IsACoproductionGraphExceptionAndNothingIsSaved(string description, ScriptedFault fault, string message)
    {
        await SetUpAsync(3);
        var store = new InMemoryDeltaLinkStore();
        Emulator.Faults.Add(fault);

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.Changes.ReadAsync(_site, _topics, store), description);

        error.Message.ShouldContain($"Reading the changes of list {_topics} {message}");
        (await store.GetAsync(ListChanges.KeyOf(_site, _topics), CancellationToken.None)).ShouldBeNull();
        (await Graph.Changes.ReadAsync(_site, _topics, store)).Changes.Count.ShouldBe(3, "the next read has everything");
    }

    [Fact]
    public async Task Read_Library_ReportsUploadsAndChangesOfColumns()
    {
        await SetUpAsync(0);
        var library = (await Graph.FindListsAsync(SiteUrl)).Lists[SiteSchema.Materials];
        var drive = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{_site}/lists/{library}/drive"))!["id"]!.GetValue<string>();
        var store = new InMemoryDeltaLinkStore();
        await (await Graph.Changes.ReadAsync(_site, library, store)).CommitAsync(store);

        (await Staff.PutAsync($"drives/{drive}/root:/session-1.md:/content", new StringContent("# Session 1"))).EnsureSuccessStatusCode();
        var uploaded = await Graph.Changes.ReadAsync(_site, library, store);
        await uploaded.CommitAsync(store);
        (await Staff.PatchAsJsonAsync($"sites/{_site}/lists/{library}/items/{uploaded.Changes[0].ItemId}/fields", new JsonObject { ["MaterialId"] = "m1" })).EnsureSuccessStatusCode();
        var tagged = await Graph.Changes.ReadAsync(_site, library, store);

        uploaded.Changes.ShouldHaveSingleItem().Fields["FileLeafRef"].ShouldBe("session-1.md");
        uploaded.Changes[0].FileSize.ShouldBe("# Session 1".Length);
        tagged.Changes.ShouldHaveSingleItem().Fields["MaterialId"].ShouldBe("m1");
    }
}
