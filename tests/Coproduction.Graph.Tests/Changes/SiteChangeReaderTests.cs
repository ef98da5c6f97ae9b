using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Changes;

/// <summary>Many lists' changes read together, a <c>$batch</c> a round, on any tenant: links with or without <c>$expand</c>, repeats, 410s of every kind, answers in any order.</summary>
public abstract class SiteChangeReaderTests(TenantVariant variant) : EmulatedSite(variant)
{
    private string _site = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        (_site, _lists) = await Graph.FindListsAsync(SiteUrl);
    }

    private string[] Lists(params string[] keys) => [.. keys.Select(k => _lists[k])];

    private async Task AddTopicsAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            (await Staff.PostAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Topics]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = $"topic-{i}", ["Broader"] = "sleep" } })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Reads to the end, saving each list's delta link as the worker does once it has dealt with the changes.</summary>
    private async Task<List<SiteChangePage>> ReadAsync(IReadOnlyList<string> lists, InMemoryDeltaLinkStore store, bool commit = true)
    {
        var pages = new List<SiteChangePage>();
        await foreach (var page in Graph.SiteChanges.ReadPagesAsync(_site, lists, store))
        {
            pages.Add(page);
        }

        foreach (var page in pages.Where(p => p.Page.DeltaLink is not null && commit))
        {
            await store.SaveAsync(ListChanges.KeyOf(_site, page.ListId), page.Page.DeltaLink!, CancellationToken.None);
        }

        return pages;
    }

    [Fact]
    public async Task Read_ManyListsWithNothingChanged_IsOneHttpRequest()
    {
        var store = new InMemoryDeltaLinkStore();
        var lists = Lists(SiteSchema.Courses, SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Topics);
        await ReadAsync(lists, store);
        Emulator.Requests.Reset();

        var idle = await ReadAsync(lists, store);

        Emulator.Requests.Http.ShouldBe(1);
        Emulator.Requests.Of("delta").ShouldBe(9);
        idle.Select(p => p.ListId).ShouldBe(lists, "a page a list, in the order given");
        idle.ShouldAllBe(p => !p.Page.StartsAfresh && p.Page.DeltaLink != null);
    }

    [Fact]
    public async Task Read_APageAnsweredWithoutTheFieldsAskedFor_ReadsThoseItemsAgainByIdWithThem()
    {
        var store = new InMemoryDeltaLinkStore();
        var lists = Lists(SiteSchema.Topics, SiteSchema.Notes);
        await ReadAsync(lists, store);
        await AddTopicsAsync(3);
        (await Staff.PostAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Notes]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "note" } })).EnsureSuccessStatusCode();
        Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/items/delta", WithQuery = "token", WithoutFields = true, Times = 2 });
        Emulator.Requests.Reset();

        var pages = await ReadAsync(lists, store);

        pages.SelectMany(p => p.Page.Changes).Select(c => c.Fields.GetValueOrDefault("Title")).Distinct().ShouldBe(["topic-1", "topic-2", "topic-3", "note"], "a sparse tenant may give an item twice");
        Emulator.Requests.Of("item").ShouldBe(4, "each item read again by itself");
        Emulator.Requests.Http.ShouldBe(2, "the lists' delta pages in one batch, then one batch of the four items");
    }

    [Fact]
    public async Task Read_ListsOfSeveralPages_GoesRoundByRoundWithFieldsOnEveryPage()
    {
        await AddTopicsAsync(450);
        (await Staff.PostAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Notes]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "note" } })).EnsureSuccessStatusCode();

        var pages = await ReadAsync(Lists(SiteSchema.Topics, SiteSchema.Notes), new InMemoryDeltaLinkStore());

        Emulator.Requests.Of("batch").ShouldBe(3, "topics need three pages, notes one: three rounds");
        pages.Where(p => p.ListId == _lists[SiteSchema.Topics]).SelectMany(p => p.Page.Changes).Select(c => c.ItemId).Distinct().Count().ShouldBe(450);
        pages.SelectMany(p => p.Page.Changes).ShouldAllBe(c => c.Fields.ContainsKey("Title"), "fields on every page, whether or not the links keep $expand");
    }

    [Theory]
    [InlineData("resyncRequired", false)]
    [InlineData("resyncChangesApplyDifferences", true)]
    [InlineData("resyncChangesUploadDifferences", true)]
    [InlineData("resyncChangesUploadDifferences", false)]
    public async Task Read_ExpiredLinkOfAnyKind_ReadsThatListAfresh(string code, bool location)
    {
        await using var emulator = await GraphEmulator.StartAsync(new GraphEmulatorOptions { Sites = { "contoso.sharepoint.com/sites/recovery" }, Variant = Variant with { ResyncCode = code, ResyncHasLocation = location } });
        using var graph = new CoproductionGraphClient(new Connection.CoproductionGraphOptions { GraphUrl = emulator.GraphUrl });
        await graph.Provisioner.ProvisionAsync(SiteUrl);
        var (site, lists) = await graph.FindListsAsync(SiteUrl);
        var store = new InMemoryDeltaLinkStore();
        string[] read = [lists[SiteSchema.Topics], lists[SiteSchema.Notes]];
        await foreach (var page in graph.SiteChanges.ReadPagesAsync(site, read, store))
        {
            await store.SaveAsync(ListChanges.KeyOf(site, page.ListId), page.Page.DeltaLink!, CancellationToken.None);
        }

        emulator.Faults.ExpireDeltaTokens();
        var again = new List<SiteChangePage>();
        await foreach (var page in graph.SiteChanges.ReadPagesAsync(site, read, store))
        {
            again.Add(page);
        }

        again.ShouldAllBe(p => p.Page.StartsAfresh && p.Page.DeltaLink != null, $"410 {code}, Location {(location ? "given" : "not given")}: each list read afresh");
    }

    [Fact]
    public async Task Read_OneListsLinkExpiresPartWay_ThatListStartsAfreshAndTheOthersGoOn()
    {
        await AddTopicsAsync(450);
        (await Staff.PostAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Notes]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "note" } })).EnsureSuccessStatusCode();

        var pages = new List<SiteChangePage>();
        await foreach (var page in Graph.SiteChanges.ReadPagesAsync(_site, Lists(SiteSchema.Topics, SiteSchema.Notes), new InMemoryDeltaLinkStore()))
        {
            pages.Add(page);
            if (pages.Count == 2)
            {
                Emulator.Faults.ExpireDeltaTokens(); // the topics' next page is refused with 410; the notes are read to their end already
            }
        }

        var topics = pages.Where(p => p.ListId == _lists[SiteSchema.Topics]).ToList();
        topics.Select(p => p.Page.StartsAfresh).ShouldBe([true, true, false, false], "its first page, then afresh after the 410");
        topics.Skip(1).SelectMany(p => p.Page.Changes).Select(c => c.ItemId).Distinct().Count().ShouldBe(450, "everything again after the restart");
        pages.Where(p => p.ListId == _lists[SiteSchema.Notes]).ShouldHaveSingleItem().Page.DeltaLink.ShouldNotBeNull();
    }

    [Fact]
    public async Task Read_GoneEvenFromTheStart_EndsRatherThanAskingForEver()
    {
        Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/items/delta", Status = 410, Times = 10 });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => ReadAsync(Lists(SiteSchema.Topics), new InMemoryDeltaLinkStore()));

        error.Message.ShouldContain("answered 410 (start again) 4 times, the last to a read from the start");
        Emulator.Faults.PendingScripted.ShouldBe(6);
    }

    [Fact]
    public async Task Read_RepeatedAndUnchangedItems_CarryTheETagThatTellsThemApart()
    {
        await AddTopicsAsync(3);
        var store = new InMemoryDeltaLinkStore();
        var first = await ReadAsync(Lists(SiteSchema.Topics), store);
        var etags = first.SelectMany(p => p.Page.Changes).GroupBy(c => c.ItemId).ToDictionary(g => g.Key, g => g.Last().ETag);
        (await Staff.PatchAsJsonAsync($"sites/{_site}/lists/{_lists[SiteSchema.Topics]}/items/2/fields", new JsonObject { ["Broader"] = "rest" })).EnsureSuccessStatusCode();

        var changes = (await ReadAsync(Lists(SiteSchema.Topics), store)).SelectMany(p => p.Page.Changes).ToList();

        changes.Where(c => c.ETag != etags[c.ItemId]).Select(c => c.ItemId).Distinct().ShouldBe(["2"], "only item 2 really changed");
        changes.Count.ShouldBe(Variant.DeltaRepeatsItems ? 3 : 1, "where the tenant repeats: item 1 unchanged, item 2 twice");
    }

    [Fact]
    public async Task Read_Library_SaysWhichAreFoldersWhoChangedEachAndItsVersion()
    {
        var library = _lists[SiteSchema.Materials];
        var drive = await Graph.FindLibraryDriveAsync(_site, library);
        (await Staff.PostAsJsonAsync($"drives/{drive}/root/children", new JsonObject { ["name"] = "Sleep 2026", ["folder"] = new JsonObject() })).EnsureSuccessStatusCode();
        (await Staff.PutAsync($"drives/{drive}/root:/Sleep 2026/session-1.docx:/content", new StringContent("Session 1"))).EnsureSuccessStatusCode();

        var changes = (await ReadAsync([library], new InMemoryDeltaLinkStore())).SelectMany(p => p.Page.Changes).DistinctBy(c => c.ItemId).ToList();

        changes.Select(c => (c.Fields["FileLeafRef"], c.IsFolder)).ShouldBe([("Sleep 2026", true), ("session-1.docx", false)]);
        changes[1].VersionLabel.ShouldBe("1.0");
        changes[1].FileSize.ShouldBe("Session 1".Length);
        changes[1].EditorLookupId.ShouldNotBeNull();
        var editor = (await Graph.ResolveUsersAsync(_site, _lists[SiteSchema.UserInformation], [changes[1].EditorLookupId!], new People.InMemorySiteUserDirectory()))[changes[1].EditorLookupId!];
        editor.ShouldBe(new People.SiteUser(changes[1].EditorLookupId!, People.SiteUserKind.Person, "staff@example.org", "staff@example.org"));
    }

    [Fact]
    public async Task Read_OneListThrottledInTheBatch_IsAskedAgainAfterItsRetryAfter()
    {
        await AddTopicsAsync(2);
        Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/items/delta", Status = 429, RetryAfter = "0" });

        var pages = await ReadAsync(Lists(SiteSchema.Notes, SiteSchema.Topics), new InMemoryDeltaLinkStore());

        pages.Where(p => p.ListId == _lists[SiteSchema.Topics]).SelectMany(p => p.Page.Changes).Select(c => c.ItemId).Distinct().Count().ShouldBe(2);
        Emulator.Requests.Of("batch").ShouldBe(2, "the throttled read sent again in a batch of its own");
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class SiteChangeReaderOnAGenerousTenantTests() : SiteChangeReaderTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class SiteChangeReaderOnASparseTenantTests() : SiteChangeReaderTests(TenantVariant.Sparse);
