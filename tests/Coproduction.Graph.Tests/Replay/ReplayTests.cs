using System.Net;
using System.Text.Json.Nodes;
using Coproduction.Graph.Changes;
using Coproduction.Graph.People;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Coproduction.Graph.Replay;

/// <summary>
/// Bodies recorded from real SharePoint Online tenants, and reported from real services, fed through
/// the adapter's own parsing by the real SDK: what the adapter makes of what a real tenant says.
/// </summary>
public sealed class ReplayTests
{
    private const string Site = "contoso.sharepoint.com,2c712604-1370-44e7-a1f5-426573fda80a,2d2244c3-251a-49ea-93a8-39e1c3a060fe";
    private const string Library = "13326e70-58ba-4e0e-9b30-08189f21d555";

    private static JsonObject Page(JsonArray items, string? next = null, string? delta = null)
    {
        var page = new JsonObject { ["value"] = items };
        if (next is not null)
        {
            page["@odata.nextLink"] = next;
        }

        if (delta is not null)
        {
            page["@odata.deltaLink"] = delta;
        }

        return page;
    }

    private static string Link(string token) => $"http://127.0.0.1:9/v1.0/sites/{Site}/lists/{Library}/items/delta?token={token}";

    [Fact]
    public async Task Delta_RecordedDocumentOfALibrary_IsReadAsADocumentSavedByAUserOfTheSite()
    {
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, Page([Recorded.LibraryDocument()], delta: Link("2"))));
        using var graph = handler.Client();

        var changes = await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore());

        var document = changes.Changes.ShouldHaveSingleItem();
        document.ItemId.ShouldBe("1232");
        document.Deleted.ShouldBeFalse();
        document.IsFolder.ShouldBeFalse();
        document.ETag.ShouldBe("\"b4cfe36c-2f11-4f4f-9391-0b25c2197d8a,1\"");
        document.EditorLookupId.ShouldBe("11", "who saved it, as an entry of the site's users");
        document.VersionLabel.ShouldBe("1.0");
        document.FileSize.ShouldBe(19715);
        document.Fields["FileLeafRef"].ShouldBe("PNP_SDK_TEST_UnfurlFileTest.docx");
        changes.DeltaLink.ShouldBe(Link("2"));
        handler.Requests.ShouldHaveSingleItem().Url.ShouldContain("$expand=fields");
    }

    [Fact]
    public async Task Delta_DocumentedPagesWithFoldersDeletionsAndLinksOfATokenOnly_AreReadWithTheFieldsAskedForEachTime()
    {
        var pages = new Queue<JsonObject>([
            Page([Folder("1"), Document("2")], next: Link("a")),
            Page([Deleted("3")], delta: Link("b")),
        ]);
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, pages.Dequeue()));
        using var graph = handler.Client();

        var changes = await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore());

        changes.Changes.Select(c => (c.ItemId, c.IsFolder, c.Deleted)).ShouldBe([("1", true, false), ("2", false, false), ("3", false, true)]);
        handler.Requests.Select(r => r.Url).ShouldAllBe(url => url.Contains("$expand=fields"), "a link of a token only is asked for with the fields");
        handler.Requests[1].Url.ShouldStartWith(Link("a"));
    }

    [Fact]
    public async Task Items_PagesWhoseNextLinkCarriesOnlyItsToken_AreEachAskedForWithTheirFields()
    {
        var pages = new Queue<JsonObject>([
            new JsonObject { ["value"] = new JsonArray(Recorded.LibraryDocument()), ["@odata.nextLink"] = $"http://127.0.0.1:9/v1.0/sites/{Site}/lists/{Library}/items?$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTEyMzI" },
            new JsonObject { ["value"] = new JsonArray(Recorded.LibraryDocument()) },
        ]);
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, pages.Dequeue()));
        using var graph = handler.Client();

        var items = await graph.ReadItemsAsync(Site, Library);

        items.Count.ShouldBe(2);
        handler.Requests.ShouldAllBe(r => r.Url.Contains("$expand=fields"), "a next link of a token only is asked for with the fields");
    }

    [Fact]
    public async Task Lists_PagesWhoseNextLinkCarriesOnlyItsToken_AreEachAskedForWithTheSystemFacet()
    {
        var pages = new Queue<JsonObject>([
            new JsonObject { ["id"] = Site, ["webUrl"] = "https://contoso.sharepoint.com/sites/recovery" },
            new JsonObject { ["value"] = new JsonArray(), ["@odata.nextLink"] = $"http://127.0.0.1:9/v1.0/sites/{Site}/lists?$skiptoken=2" },
            new JsonObject { ["value"] = new JsonArray() },
        ]);
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, pages.Dequeue()));
        using var graph = handler.Client();

        await graph.FindListsAsync("https://contoso.sharepoint.com/sites/recovery");

        handler.Requests.Skip(1).ShouldAllBe(r => Uri.UnescapeDataString(r.Url).Contains("system"), "each page asks for SharePoint's own lists");
    }

    [Fact]
    public async Task Delta_RecordedGoneWithoutLocation_IsReadAfreshFromTheFirstLink()
    {
        var answers = new Queue<(HttpStatusCode, JsonNode?)>([(HttpStatusCode.Gone, Recorded.Gone()), (HttpStatusCode.OK, Page([Recorded.LibraryDocument()], delta: Link("3")))]);
        var handler = new ReplayHandler((_, _) => answers.Dequeue());
        using var graph = handler.Client();
        var store = new InMemoryDeltaLinkStore();
        await store.SaveAsync(ListChanges.KeyOf(Site, Library), Link("expired"), CancellationToken.None);

        var changes = await graph.Changes.ReadAsync(Site, Library, store);

        changes.Restarted.ShouldBeTrue();
        changes.Changes.ShouldHaveSingleItem().ItemId.ShouldBe("1232");
        handler.Requests[1].Url.ShouldBe($"http://127.0.0.1:9/v1.0/sites/{Site}/lists/{Library}/items/delta?$expand=fields");
    }

    [Fact]
    public async Task Batch_AnswersInTheOrderARealBatchGaveThem_AreMatchedToTheirListsById()
    {
        // A real $batch of four requests (ids 1 to 4, sent in order) was answered 3, 4, 1, 2 (graph-batch.library-document…).
        var recordedOrder = Recorded.File("real-tenant/pnpcore/graph-batch.library-document.driveItem+listItem-fields.json")["body"]!["responses"]!.AsArray()
            .Select(r => int.Parse(r!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) - 1).ToList();
        var handler = new ReplayHandler((_, body) =>
        {
            var requests = JsonNode.Parse(body)!["requests"]!.AsArray();
            return (HttpStatusCode.OK, new JsonObject
            {
                ["responses"] = new JsonArray([.. recordedOrder.Select(i => (JsonNode)new JsonObject
                {
                    ["id"] = requests[i]!["id"]!.GetValue<string>(),
                    ["status"] = 200,
                    ["headers"] = new JsonObject { ["Cache-Control"] = "no-cache", ["OData-Version"] = "4.0", ["Content-Type"] = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8" },
                    ["body"] = Page([Document($"{i + 1}0")], delta: Link($"list-{i}")),
                })]),
            });
        });
        using var graph = handler.Client();
        string[] lists = ["a", "b", "c", "d"];

        var pages = new List<SiteChangePage>();
        await foreach (var page in graph.SiteChanges.ReadPagesAsync(Site, lists, new InMemoryDeltaLinkStore()))
        {
            pages.Add(page);
        }

        recordedOrder.ShouldBe([2, 3, 0, 1]);
        pages.Select(p => (p.ListId, p.Page.Changes.Single().ItemId)).ShouldBe([("a", "10"), ("b", "20"), ("c", "30"), ("d", "40")]);
        handler.Requests.ShouldHaveSingleItem("one HTTP request for four lists");
    }

    [Fact]
    public async Task Batch_RecordedInnerError_FailsWithItsStatusAndCode()
    {
        var refused = Recorded.BatchAnswer("real-tenant/pnpcore/graph-batch.genericlist-item.listItem-fields+list+400-invalidRequest.json", "4");
        var handler = new ReplayHandler((_, body) =>
        {
            var id = JsonNode.Parse(body)!["requests"]![0]!["id"]!.GetValue<string>();
            return (HttpStatusCode.OK, new JsonObject { ["responses"] = new JsonArray(new JsonObject { ["id"] = id, ["status"] = 400, ["headers"] = refused["headers"]!.DeepClone(), ["body"] = refused["body"]!.DeepClone() }) });
        });
        using var graph = handler.Client();

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => graph.WriteAsync(Site, [new Writing.ItemUpdate(Library, "1", new Dictionary<string, object?> { ["Title"] = "x" })]));

        error.Status.ShouldBe(400);
        error.ErrorCode.ShouldBe("invalidRequest");
    }

    [Fact]
    public async Task Versions_AsSharePointAnswersThem_SayWhoSavedEachAndItsSize()
    {
        var handler = new ReplayHandler((_, body) => (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (200, new JsonObject { ["value"] = new JsonArray(Recorded.FileVersion()) }))));
        using var graph = handler.Client();

        var version = (await graph.ReadVersionsAsync(Site, Library, "1232", userListId: null)).ShouldHaveSingleItem();

        version.ShouldBe(new Mapping.DocumentVersion("0.1", new DateTimeOffset(2021, 5, 28, 20, 8, 20, TimeSpan.Zero), new AccountIdentity("6572bfcd-36af-4c5e-8967-841f71727a6c", "me@contoso.onmicrosoft.com", null, false), 5820));
        handler.Requests.ShouldHaveSingleItem().Body.ShouldContain($"/items/1232/driveItem/versions");
    }

    [Fact]
    public async Task Users_RecordedSystemAccountAsAuthor_IsTheApplicationWithoutARequest()
    {
        // A real Site Pages item created by SharePoint itself: AuthorLookupId 1073741823, "System Account".
        var page = (JsonObject)Recorded.BatchAnswer("real-tenant/pnpcore/graph-batch.sitepages-item.listItem-fields+400.json", "2")["body"]!.DeepClone();
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, Page([page], delta: Link("4"))));
        using var graph = handler.Client();

        var author = (await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore())).Changes.Single().Fields["AuthorLookupId"] as string;
        var users = await graph.ResolveUsersAsync(Site, "users-list", [author!], new InMemorySiteUserDirectory());

        author.ShouldBe("1073741823");
        users[author!].Kind.ShouldBe(SiteUserKind.Application);
        handler.Requests.Count.ShouldBe(1, "the system account is known without asking the site");
    }

    [Fact]
    public async Task Users_AnEntryOfTheUserInformationList_IsReadAsAPersonWithTheirAccount()
    {
        var handler = new ReplayHandler((_, body) => (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (200, new JsonObject { ["id"] = "12", ["fields"] = Recorded.UserInformationFields() }))));
        using var graph = handler.Client();

        var users = await graph.ResolveUsersAsync(Site, "users-list", ["12"], new InMemorySiteUserDirectory());

        users["12"].ShouldBe(new SiteUser("12", SiteUserKind.Person, "o365_test@contoso.com", "walter.white@contoso.com"), "the sign-in name from the claim where the entry has no UserName");
        handler.Requests.ShouldHaveSingleItem().Body.ShouldContain("fields($select=Name,EMail,UserName,ContentType)");
        SiteUserReader.From("3", new Dictionary<string, object?> { ["Name"] = "i:0i.t|00000003-0000-0ff1-ce00-000000000000|app@sharepoint", ["ContentType"] = "Person" }).Kind.ShouldBe(SiteUserKind.Application);
        SiteUserReader.From("4", new Dictionary<string, object?> { ["Name"] = "c:0o.c|federateddirectoryclaimprovider|0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", ["ContentType"] = "DomainGroup" }).Kind.ShouldBe(SiteUserKind.Group);
    }

    [Fact]
    public async Task Delta_AnItemWithoutTheFieldsAskedFor_IsReadAgainByItsIdWithThem()
    {
        var bare = Recorded.LibraryDocument();
        bare.Remove("fields");
        var handler = new ReplayHandler((request, body) => request.RequestUri!.ToString().Contains("$batch", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (200, Recorded.LibraryDocument())))
            : (HttpStatusCode.OK, Page([bare], delta: Link("5"))));
        using var graph = handler.Client();

        var changes = await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore());

        changes.Changes.ShouldHaveSingleItem().Fields["FileLeafRef"].ShouldBe("PNP_SDK_TEST_UnfurlFileTest.docx");
        handler.Requests[1].Body.ShouldContain($"/lists/{Library}/items/1232?$expand=fields");
    }

    [Fact]
    public async Task Delta_AnItemWithoutItsFieldsEvenReadByItself_FailsTheReadRatherThanEmptyingTheCopy()
    {
        var item = Recorded.LibraryDocument();
        item.Remove("fields");
        var handler = new ReplayHandler((request, body) => request.RequestUri!.ToString().Contains("$batch", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (200, item.DeepClone())))
            : (HttpStatusCode.OK, Page([item.DeepClone()], delta: Link("5"))));
        using var graph = handler.Client();

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore()));

        error.Message.ShouldContain("item 1232 came without its fields");
    }

    [Fact]
    public async Task Delta_AnItemWithoutItsFieldsGoneWhenReadByItself_IsTakenAsDeleted()
    {
        var item = Recorded.LibraryDocument();
        item.Remove("fields");
        var handler = new ReplayHandler((request, body) => request.RequestUri!.ToString().Contains("$batch", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "itemNotFound", ["message"] = "Item not found" } })))
            : (HttpStatusCode.OK, Page([item.DeepClone()], delta: Link("5"))));
        using var graph = handler.Client();

        var changes = await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore());

        changes.Changes.ShouldHaveSingleItem().Deleted.ShouldBeTrue();
    }

    [Fact]
    public async Task Delta_ADocumentWhoseFieldsLackItsSize_HasNoSizeRatherThanNought()
    {
        var item = Recorded.LibraryDocument();
        item["fields"]!.AsObject().Remove("FileSizeDisplay");
        var handler = new ReplayHandler((_, _) => (HttpStatusCode.OK, Page([item], delta: Link("6"))));
        using var graph = handler.Client();

        (await graph.Changes.ReadAsync(Site, Library, new InMemoryDeltaLinkStore())).Changes.Single().FileSize.ShouldBeNull();
    }

    [Fact]
    public async Task Versions_OfALongHistory_AreReadThroughEveryNextLink()
    {
        var second = $"http://127.0.0.1:9/v1.0/sites/{Site}/lists/{Library}/items/1232/driveItem/versions?$skiptoken=2";
        var handler = new ReplayHandler((request, body) => request.RequestUri!.ToString().Contains("$batch", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, ReplayHandler.Batch(body, _ => (200, new JsonObject { ["value"] = new JsonArray(Version("2.0", 20)), ["@odata.nextLink"] = second })))
            : (HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray(Version("1.0", 10)) }));
        using var graph = handler.Client();

        var versions = await graph.ReadVersionsAsync(Site, Library, "1232", userListId: null);

        versions.Select(v => (v.Label, v.Size)).ShouldBe([("1.0", 10L), ("2.0", 20L)], "oldest first, from both pages");
        handler.Requests[1].Url.ShouldBe(second);
    }

    private static JsonObject Version(string id, long size)
    {
        var version = Recorded.FileVersion();
        version["id"] = id;
        version["size"] = size;
        return version;
    }

    [Fact]
    public async Task Identities_RecordedOnAListItemAndOnItsFile_NameThePersonNotTheApplicationTheyWorkedThrough()
    {
        var item = Parse(Recorded.LibraryDocument(), ListItem.CreateFromDiscriminatorValue);
        var file = Parse(Recorded.LibraryFile(), DriveItem.CreateFromDiscriminatorValue);

        Identities.From(item.LastModifiedBy).ShouldBe(new AccountIdentity("33aca310-a489-4121-b853-663d0327fe08", "bert.jansen@bertonline.onmicrosoft.com", null, false));
        Identities.From(file.LastModifiedBy).ShouldBe(new AccountIdentity(null, "bert.jansen@bertonline.onmicrosoft.com", null, false), "a drive item's person has no id");
        Identities.From(new IdentitySet { Application = new Identity { Id = "c545f9ce-1c11-440b-812b-0b35217d9e83" }, User = new Identity { DisplayName = "SharePoint App" } }).ShouldBe(AccountIdentity.Application);
    }

    /// <summary>A body as the SDK reads it into its model.</summary>
    private static T Parse<T>(JsonObject body, ParsableFactory<T> factory)
        where T : IParsable =>
        new Microsoft.Kiota.Serialization.Json.JsonParseNode(System.Text.Json.JsonDocument.Parse(body.ToJsonString()).RootElement).GetObjectValue(factory)!;

    /// <summary>The documented delta example's items (listitem-delta.md), each with fields as a tenant gives them when asked.</summary>
    private static JsonObject Folder(string id) => Item(id, "Folder", "TestFolder");

    private static JsonObject Document(string id) => Item(id, "Document", $"TestItem{id}.txt");

    private static JsonObject Item(string id, string contentType, string name) => new()
    {
        ["createdDateTime"] = "2020-06-02T22:46:58Z",
        ["eTag"] = $"\"12ad05bb-59b8-43aa-9456-77c44e9bc0{id.PadLeft(2, '0')},756\"",
        ["id"] = id,
        ["lastModifiedDateTime"] = "2021-10-14T23:27:27Z",
        ["webUrl"] = $"http://contoso.sharepoint.com/Shared%20Documents/{name}",
        ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = "John doe" } },
        ["parentReference"] = new JsonObject { ["id"] = id, ["path"] = "Shared%20Documents", ["siteId"] = "12AD05BB-59B8-43AA-9456-77C44E9BC066" },
        ["contentType"] = new JsonObject { ["id"] = "0x00123456789abc", ["name"] = contentType },
        ["fields"] = new JsonObject { ["FileLeafRef"] = name, ["ContentType"] = contentType, ["EditorLookupId"] = "11", ["_UIVersionString"] = "1.0" },
    };

    private static JsonObject Deleted(string id) => new()
    {
        ["id"] = id,
        ["parentReference"] = new JsonObject { ["siteId"] = "12AD05BB-59B8-43AA-9456-77C44E9BC066" },
        ["contentType"] = new JsonObject { ["id"] = "0x00123456789abc", ["name"] = "Document" },
        ["deleted"] = new JsonObject { ["state"] = "deleted" },
    };
}
