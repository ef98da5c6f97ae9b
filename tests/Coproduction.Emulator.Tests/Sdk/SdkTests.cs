using System.Text;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Infrastructure;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Emulator.Sdk;

/// <summary>The emulator driven through the real Microsoft.Graph SDK (6.10.0), as the adapter will drive SharePoint.</summary>
public sealed class SdkTests : EmulatorTest
{
    private GraphServiceClient _graph = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _graph = GraphClients.For(Emulator.GraphUrl);
    }

    private async Task<string> CreateListAsync(string name, params ColumnDefinition[] columns)
    {
        var list = await _graph.Sites[SiteId].Lists.PostAsync(new List
        {
            DisplayName = name,
            Columns = [.. columns],
            ListProp = new ListInfo { Template = "genericList" },
        });
        return list!.Id!;
    }

    [Fact]
    public async Task Site_ByPath_IsFoundThroughTheSdk()
    {
        var site = await _graph.Sites["contoso.sharepoint.com:/sites/recovery"].GetAsync();

        site!.Id.ShouldBe(SiteId);
        site.WebUrl.ShouldBe("https://contoso.sharepoint.com/sites/recovery");
    }

    [Fact]
    public async Task Site_Unknown_IsItemNotFound()
    {
        var error = await Should.ThrowAsync<ODataError>(() => _graph.Sites["contoso.sharepoint.com:/sites/nowhere"].GetAsync());

        error.ResponseStatusCode.ShouldBe(404);
        error.Error!.Code.ShouldBe("itemNotFound");
    }

    [Fact]
    public async Task Columns_EveryServedType_AreCreatedAndListed()
    {
        var people = await CreateListAsync("People");
        var list = await CreateListAsync(
            "Courses",
            new ColumnDefinition { Name = "Summary", Text = new TextColumn { AllowMultipleLines = true } },
            new ColumnDefinition { Name = "Stage", Choice = new ChoiceColumn { Choices = ["Proposed", "Developing"] } },
            new ColumnDefinition { Name = "Score", Number = new NumberColumn() },
            new ColumnDefinition { Name = "LastAssessed", DateTime = new DateTimeColumn() },
            new ColumnDefinition { Name = "Ready", Boolean = new BooleanColumn() },
            new ColumnDefinition { Name = "Owner", PersonOrGroup = new PersonOrGroupColumn() },
            new ColumnDefinition { Name = "Reviewers", PersonOrGroup = new PersonOrGroupColumn { AllowMultipleSelection = true } },
            new ColumnDefinition { Name = "Lead", Lookup = new LookupColumn { ListId = people, ColumnName = "Title" } },
            new ColumnDefinition { Name = "Members", Lookup = new LookupColumn { ListId = people, ColumnName = "Title", AllowMultipleValues = true } });
        await _graph.Sites[SiteId].Lists[list].Columns.PostAsync(new ColumnDefinition { Name = "Notes", Text = new TextColumn() });

        var columns = await _graph.Sites[SiteId].Lists[list].Columns.GetAsync();

        columns!.Value!.Where(c => c.ReadOnly != true && c.ColumnGroup != "_Hidden").Select(c => c.Name)
            .ShouldBe(["Title", "Attachments", "Summary", "Stage", "Score", "LastAssessed", "Ready", "Owner", "Reviewers", "Lead", "Members", "Notes"]);
        columns.Value!.Single(c => c.Name == "Reviewers").PersonOrGroup!.AllowMultipleSelection.ShouldBe(true);
        columns.Value!.Single(c => c.Name == "Members").Lookup!.ListId.ShouldBe(people);
    }

    [Fact]
    public async Task Items_WrittenInBatchesAndReadWithThePageIterator_AreAllThere()
    {
        var list = await CreateListAsync("Log", new ColumnDefinition { Name = "Kind", Text = new TextColumn() });
        var batches = new BatchRequestContentCollection(_graph);
        for (var i = 0; i < 45; i++)
        {
            var post = _graph.Sites[SiteId].Lists[list].Items.ToPostRequestInformation(new ListItem
            {
                Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = $"Activity {i}", ["Kind"] = "meeting" } },
            });
            await batches.AddBatchRequestStepAsync(post);
        }

        var responses = await _graph.Batch.PostAsync(batches);
        (await responses.GetResponsesStatusCodesAsync()).Values.ShouldAllBe(s => (int)s == 201);

        var page = await _graph.Sites[SiteId].Lists[list].Items.GetAsync(r =>
        {
            r.QueryParameters.Top = 10;
            r.QueryParameters.Expand = ["fields($select=Title,Kind)"];
        });
        var titles = new List<string>();
        var iterator = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(_graph, page!, item =>
        {
            titles.Add((string)item.Fields!.AdditionalData["Title"]);
            return true;
        });
        await iterator.IterateAsync();

        titles.Count.ShouldBe(45);
        titles.Distinct().Count().ShouldBe(45);
        Emulator.Requests.Of("batch").ShouldBe(3, "45 requests go in batches of at most 20");
        Emulator.Requests.Of("items").ShouldBe(5);
    }

    [Fact]
    public async Task Delta_FollowedWithNextAndDeltaLinks_ReportsChangesAndDeletions()
    {
        var list = await CreateListAsync("Decisions");
        for (var i = 0; i < 5; i++)
        {
            await _graph.Sites[SiteId].Lists[list].Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = $"d{i}" } } });
        }

        var (seen, deltaLink) = await DrainAsync(await _graph.Sites[SiteId].Lists[list].Items.Delta.GetAsDeltaGetResponseAsync(r => r.QueryParameters.Top = 2));
        seen.Count.ShouldBe(5);

        await _graph.Sites[SiteId].Lists[list].Items["2"].Fields.PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "changed" } });
        await _graph.Sites[SiteId].Lists[list].Items["4"].DeleteAsync();
        var (changes, _) = await DrainAsync(await new DeltaRequestBuilder(deltaLink, _graph.RequestAdapter).GetAsDeltaGetResponseAsync());

        changes.Select(c => c.Id).ShouldBe(["2", "4"]);
        changes[1].Deleted!.State.ShouldBe("deleted");
        changes[0].Deleted.ShouldBeNull();
    }

    [Fact]
    public async Task Delta_TokenLatest_StartsFromNow()
    {
        var list = await CreateListAsync("Flags");
        await _graph.Sites[SiteId].Lists[list].Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "old" } } });

        var latest = await _graph.Sites[SiteId].Lists[list].Items.Delta.WithUrl($"{Emulator.GraphUrl}/sites/{SiteId}/lists/{list}/items/delta?token=latest").GetAsDeltaGetResponseAsync();

        latest!.Value.ShouldBeEmpty();
        latest.OdataDeltaLink.ShouldNotBeNull();
    }

    [Fact]
    public async Task Delta_ExpiredToken_IsGoneWithAFreshStartInLocation()
    {
        var list = await CreateListAsync("Team");
        var (_, deltaLink) = await DrainAsync(await _graph.Sites[SiteId].Lists[list].Items.Delta.GetAsDeltaGetResponseAsync());
        Emulator.Faults.ExpireDeltaTokens();

        var error = await Should.ThrowAsync<ODataError>(() => new DeltaRequestBuilder(deltaLink, _graph.RequestAdapter).GetAsDeltaGetResponseAsync());

        error.ResponseStatusCode.ShouldBe(410);
        error.Error!.Code.ShouldBe("resyncChangesApplyDifferences");
        var location = error.ResponseHeaders["Location"].Single();
        var (fresh, _) = await DrainAsync(await new DeltaRequestBuilder(location, _graph.RequestAdapter).GetAsDeltaGetResponseAsync());
        fresh.ShouldBeEmpty();
    }

    [Fact]
    public async Task Retry_ThrottledWithRetryAfter_TheSdkRetriesAndSucceeds()
    {
        Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "lists", Status = 429, RetryAfter = "0" });

        var lists = await _graph.Sites[SiteId].Lists.GetAsync();

        lists!.Value.ShouldNotBeNull();
        Emulator.Requests.Of("lists").ShouldBe(2);
        Emulator.Faults.PendingScripted.ShouldBe(0);
    }

    [Fact]
    public async Task Update_StaleETag_IsPreconditionFailed()
    {
        var list = await CreateListAsync("Notes");
        var item = await _graph.Sites[SiteId].Lists[list].Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "a" } } });
        await _graph.Sites[SiteId].Lists[list].Items[item!.Id].Fields.PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "b" } });

        var error = await Should.ThrowAsync<ODataError>(() => _graph.Sites[SiteId].Lists[list].Items[item.Id].Fields.PatchAsync(
            new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "c" } },
            r => r.Headers.Add("If-Match", item.ETag!)));

        error.ResponseStatusCode.ShouldBe(412);
    }

    [Fact]
    public async Task Documents_UploadedAndTheirColumnsChanged_AreEachAVersion()
    {
        var library = await _graph.Sites[SiteId].Lists.PostAsync(new List
        {
            DisplayName = "Course materials",
            Columns = [new ColumnDefinition { Name = "CourseId", Text = new TextColumn() }],
            ListProp = new ListInfo { Template = "documentLibrary" },
        });
        var drive = await _graph.Sites[SiteId].Lists[library!.Id].Drive.GetAsync();
        using var first = new MemoryStream(Encoding.UTF8.GetBytes("<h1>Session 1</h1>"));
        var uploaded = await _graph.Drives[drive!.Id].Items["root"].ItemWithPath("session-1.html").Content.PutAsync(first);
        using var second = new MemoryStream(Encoding.UTF8.GetBytes("<h1>Session 1, revised</h1>"));
        await _graph.Drives[drive.Id].Items["root"].ItemWithPath("session-1.html").Content.PutAsync(second);
        var asItem = await _graph.Drives[drive.Id].Items[uploaded!.Id].ListItem.GetAsync();
        await _graph.Sites[SiteId].Lists[library.Id].Items[asItem!.Id].Fields.PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["CourseId"] = "sleep-2026" } });

        var versions = await _graph.Drives[drive.Id].Items[uploaded.Id].Versions.GetAsync();
        var listItem = await _graph.Drives[drive.Id].Items[uploaded.Id].ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"]);

        versions!.Value!.Select(v => v.Id).ShouldBe(["3.0", "2.0", "1.0"]);
        versions.Value!.Select(v => v.Size).ShouldBe([27L, 27L, 18L], "the change of a column is a version of the same file");
        listItem!.Fields!.AdditionalData["CourseId"].ShouldBe("sleep-2026");
        listItem.Fields.AdditionalData["FileLeafRef"].ShouldBe("session-1.html");
        listItem.CreatedBy!.User!.DisplayName.ShouldBe("Sam Jones");
    }

    private async Task<(List<ListItem> Items, string DeltaLink)> DrainAsync(DeltaGetResponse? page)
    {
        var items = new List<ListItem>();
        while (true)
        {
            items.AddRange(page!.Value!);
            if (page.OdataDeltaLink is { } deltaLink)
            {
                return (items, deltaLink);
            }

            page = await new DeltaRequestBuilder(page.OdataNextLink!, _graph.RequestAdapter).GetAsDeltaGetResponseAsync();
        }
    }
}
