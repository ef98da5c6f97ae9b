using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coproduction.Emulator.Infrastructure;

namespace Coproduction.Emulator.Fidelity;

/// <summary>
/// The emulator answers as a real SharePoint Online tenant does, rule by rule of
/// fidelity-expectations.json, the "must not" rules included: on a generous tenant and a sparse one
/// alike where the rule is settled, each way where the evidence leaves it open. A rule without a test
/// here fails <see cref="EveryRule_HasATestOfItsOwn"/>.
/// </summary>
public abstract class FidelityTests(TenantVariant variant) : EmulatorTest(variant)
{
    private TenantArrangement _site = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _site = await TenantArrangement.ArrangeAsync(Http, SitePath);
    }

    [Fact]
    public void EveryRule_HasATestOfItsOwn()
    {
        var tested = typeof(FidelityTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(RuleAttribute), inherit: false).Cast<RuleAttribute>())
            .Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        FidelityRules.All.Select(r => r["id"]!.GetValue<string>()).Where(id => !tested.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    [Rule("delta.item.noLastModifiedBy")]
    public async Task Delta_Items_CarryNoLastModifiedBy()
    {
        foreach (var list in new[] { _site.Log, _site.Library, _site.People })
        {
            var first = (await Http.GetAsync($"{SitePath}/lists/{list}/items/delta?$expand=fields")).Body;
            (await Http.SendAsync("PATCH", $"{SitePath}/lists/{list}/items/1/fields", new JsonObject { ["Title"] = "Changed" })).Status.ShouldBe(200);
            var next = (await Http.GetAsync(first["@odata.deltaLink"]!.GetValue<string>())).Body;
            next["value"]!.AsArray().ShouldNotBeEmpty("the change comes in the next round");

            foreach (var item in first["value"]!.AsArray().Concat(next["value"]!.AsArray()))
            {
                item!.AsObject().ContainsKey("lastModifiedBy").ShouldBeFalse(item.ToJsonString());
            }
        }

        // Not in delta, but in a plain read of the item: where a client must go for it.
        (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}")).Body["lastModifiedBy"]!["user"]!["email"]!.GetValue<string>().ShouldBe("sam.jones@example.org");
    }

    [Fact]
    [Rule("delta.deleted.shape")]
    public async Task Delta_DeletedItem_IsItsIdSiteContentTypeAndStateOnly()
    {
        var first = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/delta?$expand=fields")).Body;
        (await Http.SendAsync("DELETE", $"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}")).Status.ShouldBe(204);

        var deleted = (await Http.GetAsync(first["@odata.deltaLink"]!.GetValue<string>())).Body["value"]!.AsArray().First(v => v!["deleted"] is not null)!.AsObject();

        deleted.Select(p => p.Key).ShouldBe(["id", "parentReference", "contentType", "deleted"], ignoreOrder: true);
        deleted["parentReference"]!.AsObject().Select(p => p.Key).ShouldBe(["siteId"]);
        deleted["deleted"]!["state"]!.GetValue<string>().ShouldBe("deleted");
        deleted["contentType"]!["name"]!.GetValue<string>().ShouldBe("Item");
    }

    [Fact]
    [Rule("delta.links.opaque")]
    public async Task Delta_Links_KeepExpandOnlyWhereTheVariantSays_AndAPageAskedWithoutItHasNoFields()
    {
        var first = (await Http.GetAsync($"{SitePath}/lists/{_site.People}/items/delta?$expand=fields&$top=1")).Body;
        var next = first["@odata.nextLink"]!.GetValue<string>();
        var page = (await Http.GetAsync(next)).Body;
        var deltaLink = page["@odata.deltaLink"]!.GetValue<string>();

        foreach (var link in new[] { next, deltaLink })
        {
            new Uri(link).Query.Contains("expand", StringComparison.OrdinalIgnoreCase).ShouldBe(Variant.LinksKeepExpand, link);
            new Uri(link).Query.ShouldContain("token=");
        }

        // A page asked for without $expand has no fields, whatever the first request asked.
        page["value"]!.AsArray().All(i => i!["fields"] is not null).ShouldBe(Variant.LinksKeepExpand);
        var asked = (await Http.GetAsync(next.Contains("expand", StringComparison.Ordinal) ? next : next + "&$expand=fields")).Body;
        asked["value"]!.AsArray().ShouldAllBe(i => i!["fields"] != null);

        // The items' own next links likewise.
        var items = (await Http.GetAsync($"{SitePath}/lists/{_site.People}/items?$expand=fields&$top=1")).Body;
        new Uri(items["@odata.nextLink"]!.GetValue<string>()).Query.Contains("expand", StringComparison.OrdinalIgnoreCase).ShouldBe(Variant.LinksKeepExpand);
    }

    [Theory]
    [Rule("delta.410.variants")]
    [InlineData("resyncRequired", false)]
    [InlineData("resyncChangesApplyDifferences", true)]
    [InlineData("resyncChangesUploadDifferences", true)]
    [InlineData("resyncChangesApplyDifferences", false)]
    public async Task Delta_ExpiredToken_AnswersGoneWithEachCodeWithOrWithoutLocation(string code, bool location)
    {
        await using var emulator = await GraphEmulator.StartAsync(new GraphEmulatorOptions { Sites = { SiteAddress }, Variant = Variant with { ResyncCode = code, ResyncHasLocation = location } });
        using var http = new GraphHttp(emulator.GraphUrl);
        var site = emulator.AddSite(SiteAddress);
        var list = (await http.SendAsync("POST", $"sites/{site}/lists", new JsonObject { ["displayName"] = "Log" })).Body["id"]!.GetValue<string>();
        var link = (await http.GetAsync($"sites/{site}/lists/{list}/items/delta?$expand=fields")).Body["@odata.deltaLink"]!.GetValue<string>();
        emulator.Faults.ExpireDeltaTokens();

        var sent = await http.SendAsync("GET", link);
        var unnamed = await http.SendAsync("GET", link, noRequestId: true);

        sent.Status.ShouldBe(410);
        sent.Body["error"]!["code"]!.GetValue<string>().ShouldBe(code);
        (sent.Header("Location") is not null).ShouldBe(location);
        sent.Body["error"]!["innerError"]!["client-request-id"].ShouldNotBeNull("the client sent one");
        unnamed.Body["error"]!["innerError"]!.AsObject().ContainsKey("client-request-id").ShouldBeFalse("none was sent, as in the recorded 410");
    }

    [Fact]
    [Rule("delta.duplicates")]
    public async Task Delta_WhereTheVariantRepeats_GivesAnItemTwiceAndAnUnchangedOne()
    {
        var first = (await Http.GetAsync($"{SitePath}/lists/{_site.People}/items/delta?$expand=fields")).Body;
        await Http.SendAsync("PATCH", $"{SitePath}/lists/{_site.People}/items/2/fields", new JsonObject { ["Title"] = "Lee Ann" });

        var ids = (await Http.GetAsync(first["@odata.deltaLink"]!.GetValue<string>())).Body["value"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList();

        ids.ShouldBe(Variant.DeltaRepeatsItems ? ["1", "2", "2"] : ["2"], "item 1 did not change; item 2 comes twice where the tenant repeats");
    }

    [Fact]
    [Rule("listItem.etag.format")]
    public async Task ListItems_CarryTheRecordedETagFormEverywhere()
    {
        var regex = new Regex(FidelityRules.Regex("listItem.etag.format"));
        var item = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}?expand=fields")).Body;
        var delta = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/delta?$expand=fields")).Body["value"]![0]!;
        var created = (await Http.SendAsync("POST", $"{SitePath}/lists/{_site.People}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "Kit" } })).Body;

        foreach (var answer in new[] { item, delta, created })
        {
            answer["eTag"]!.GetValue<string>().ShouldMatch(regex.ToString());
            answer["@odata.etag"]!.GetValue<string>().ShouldMatch(regex.ToString());
            answer["fields"]!["@odata.etag"]!.GetValue<string>().ShouldMatch(regex.ToString());
        }
    }

    [Fact]
    [Rule("driveItem.etag.format")]
    public async Task DriveItems_CarryTheRecordedETagAndCTagForms()
    {
        var file = (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}")).Body;
        var listItem = (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/listItem")).Body;

        file["eTag"]!.GetValue<string>().ShouldMatch(FidelityRules.Regex("driveItem.etag.format"));
        file["cTag"]!.GetValue<string>().ShouldMatch(FidelityRules.Regex("driveItem.etag.format", "ctagRegex"));

        // The same file as a list item has the list item's form, with the same id in it (recorded).
        var guid = file["eTag"]!.GetValue<string>()[2..38];
        listItem["eTag"]!.GetValue<string>().ShouldStartWith($"\"{guid.ToLowerInvariant()},");
    }

    [Fact]
    [Rule("list.etag.format")]
    public async Task Lists_CarryTheRecordedETagForm()
    {
        foreach (var list in (await Http.GetAsync($"{SitePath}/lists")).Body["value"]!.AsArray())
        {
            list!["@odata.etag"]!.GetValue<string>().ShouldMatch(FidelityRules.Regex("list.etag.format"));
        }
    }

    [Fact]
    [Rule("fields.lookupIds.strings")]
    public async Task Fields_SingleLookupsAndPeople_AreStringsOfDigits()
    {
        var fields = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}?expand=fields")).Body["fields"]!;
        var document = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}?expand=fields")).Body["fields"]!;

        foreach (var value in new[] { fields["AuthorLookupId"], fields["EditorLookupId"], fields["OwnerLookupId"], fields["PersonLookupId"], document["AuthorLookupId"], document["EditorLookupId"] })
        {
            value!.GetValueKind().ShouldBe(JsonValueKind.String);
            value.GetValue<string>().ShouldMatch("^[0-9]+$");
        }

        fields["OwnerLookupId"]!.GetValue<string>().ShouldBe(_site.Sam);
    }

    [Fact]
    [Rule("fields.multiLookup.read")]
    public async Task Fields_SeveralLookupsAndPeople_AreArraysOfLookupIdAndValue()
    {
        var fields = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}?expand=fields")).Body["fields"]!.AsObject();

        foreach (var name in new[] { "Reviewers", "Involved" })
        {
            fields.ContainsKey(name + "LookupId").ShouldBeFalse(name);
            foreach (var entry in fields[name]!.AsArray())
            {
                entry!["LookupId"]!.GetValueKind().ShouldBe(JsonValueKind.Number);
                entry["LookupValue"]!.GetValueKind().ShouldBe(JsonValueKind.String);
            }
        }

        fields["Reviewers"]!.AsArray().Select(e => e!["Email"]!.GetValue<string>()).ShouldBe(["sam.jones@example.org", "dr.lee@example.org"]);
        fields["Involved"]!.AsArray().Select(e => e!["LookupValue"]!.GetValue<string>()).ShouldBe(["Sam", "Lee"]);
    }

    [Fact]
    [Rule("fields.library.fileSizeDisplay")]
    public async Task Fields_OfADocument_CarryItsSizeAsAStringOfDigits()
    {
        var fields = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}?expand=fields")).Body["fields"]!;

        fields["FileSizeDisplay"]!.GetValueKind().ShouldBe(JsonValueKind.String);
        fields["FileSizeDisplay"]!.GetValue<string>().ShouldBe("Session one, revised by Lee".Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    [Rule("fields.library.system")]
    public async Task Fields_OfADocument_CarryTheSystemFieldsRecordedAndNoAttachmentsNorAnEmptyTitle()
    {
        var fields = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}?expand=fields")).Body["fields"]!.AsObject();

        foreach (var name in new[]
        {
            "LinkFilename", "LinkFilenameNoMenu", "DocIcon", "_CheckinComment", "ItemChildCount", "FolderChildCount", "_ComplianceFlags", "_ComplianceTag",
            "_ComplianceTagWrittenTime", "_ComplianceTagUserId", "_CommentCount", "_LikeCount", "_DisplayName", "Edit", "ParentVersionStringLookupId", "ParentLeafNameLookupId",
        })
        {
            fields.ContainsKey(name).ShouldBeTrue(name);
        }

        fields.ContainsKey("Attachments").ShouldBeFalse();
        fields.ContainsKey("Title").ShouldBeFalse("no Title when empty");
        fields["DocIcon"]!.GetValue<string>().ShouldBe("docx");

        // The application's own saves carry its app author and editor (recorded through an app).
        var upload = (await Http.SendAsync("PUT", $"drives/{_site.Drive}/root:/report.html:/content", content: "<p>report</p>"u8.ToArray(), token: "app")).Body["id"]!.GetValue<string>();
        var byApp = (await Http.GetAsync($"drives/{_site.Drive}/items/{upload}/listItem?expand=fields")).Body["fields"]!.AsObject();
        byApp.ContainsKey("AppAuthorLookupId").ShouldBeTrue();
        byApp.ContainsKey("AppEditorLookupId").ShouldBeTrue();
    }

    [Fact]
    [Rule("listItemVersion.document.noSize")]
    public async Task ListItemVersions_OfADocument_CarryNoSize()
    {
        var versions = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}/versions?$expand=fields")).Body["value"]!.AsArray();

        versions.Count.ShouldBe(3, "uploaded, saved again, its columns set");
        foreach (var version in versions)
        {
            var fields = version!["fields"]!.AsObject();
            fields.ContainsKey("FileSizeDisplay").ShouldBeFalse();
            fields.ContainsKey("File_x0020_Size").ShouldBeFalse();
            fields.ContainsKey("SMTotalFileStreamSize").ShouldBeFalse();
            version.AsObject().ContainsKey("size").ShouldBeFalse();
        }
    }

    [Fact]
    [Rule("driveItemVersion.size")]
    public async Task DriveItemVersions_EachCarryTheFilesSizeThen()
    {
        var versions = (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/versions")).Body["value"]!.AsArray();

        versions.Select(v => v!["size"]!.GetValue<long>()).ShouldBe(["Session one, revised by Lee".Length, "Session one, revised by Lee".Length, "Session one".Length], "newest first: the columns' change keeps the size");
    }

    [Fact]
    [Rule("version.ids")]
    public async Task Versions_AreLabelledMajorDotMinor()
    {
        var ids = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}/versions")).Body["value"]!.AsArray()
            .Concat((await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/versions")).Body["value"]!.AsArray())
            .Concat((await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}/versions")).Body["value"]!.AsArray())
            .Select(v => v!["id"]!.GetValue<string>()).ToList();

        ids.ShouldAllBe(id => Regex.IsMatch(id, FidelityRules.Regex("version.ids")));
        ids.Take(3).ShouldBe(["3.0", "2.0", "1.0"]);
    }

    [Fact]
    [Rule("listItemVersion.identity.email")]
    public async Task Versions_NameWhoSavedThemWithEMailOnlyWhereTheVariantSays()
    {
        var listVersion = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/items/{_site.DocumentItem}/versions")).Body["value"]![1]!["lastModifiedBy"]!["user"]!.AsObject();
        var fileVersion = (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/versions")).Body["value"]![1]!["lastModifiedBy"]!["user"]!.AsObject();

        foreach (var user in new[] { listVersion, fileVersion })
        {
            user["id"].ShouldNotBeNull("the documented examples have id and displayName");
            user["displayName"]!.GetValue<string>().ShouldBe("Dr Lee");
            user.ContainsKey("email").ShouldBe(Variant.VersionIdentityHasEmail);
        }
    }

    [Fact]
    [Rule("error.envelope")]
    public async Task Errors_HaveGraphsEnvelope()
    {
        foreach (var answer in new[]
        {
            await Http.GetAsync($"{SitePath}/lists/no-such-list"),
            await Http.SendAsync("PATCH", $"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}/fields", new JsonObject { ["CustomId"] = "x" }),
            await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}/driveItem"),
        })
        {
            var error = answer.Body["error"]!;
            error["code"]!.GetValueKind().ShouldBe(JsonValueKind.String);
            error["message"]!.GetValueKind().ShouldBe(JsonValueKind.String);
            error["innerError"]!["date"]!.GetValue<string>().ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$");
            error["innerError"]!["request-id"].ShouldNotBeNull();
        }

        // As recorded: asking for a list item of a list that is no library as a drive item.
        var notADocument = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items/{_site.LogItem}/driveItem")).Body["error"]!;
        notADocument["code"]!.GetValue<string>().ShouldBe("invalidRequest");
        notADocument["message"]!.GetValue<string>().ShouldBe("Only a File or a Folder in a DocumentLibrary can be accessed as a DriveItem.");
    }

    [Fact]
    [Rule("throttle.headers")]
    public async Task Throttling_CarriesRetryAfter_SaysWhatIsLeftNearTheBudget_AndCountsThrottledRequests()
    {
        Emulator.Requests.Reset();
        Emulator.Faults.ResourceUnitsPerMinute = 10;
        var answers = new List<GraphHttp.Answer>();
        for (var i = 0; i < 12; i++)
        {
            answers.Add(await Http.GetAsync($"{SitePath}/lists/{_site.Log}", token: "the application"));
        }

        var asAPerson = await Http.GetAsync($"{SitePath}/lists/{_site.Log}");
        asAPerson.Header("RateLimit-Limit").ShouldBeNull("SharePoint says what is left to applications only");
        answers.Take(7).ShouldAllBe(a => a.Status == 200 && a.Header("RateLimit-Limit") == null, "below 80% of the budget");
        answers[7].Header("RateLimit-Limit").ShouldBe("10");
        answers[7].Header("RateLimit-Remaining").ShouldBe("2");
        int.Parse(answers[7].Header("RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        answers.Skip(10).ShouldAllBe(a => a.Status == 429 && a.Header("Retry-After") != null);
        Emulator.Requests.ResourceUnits.ShouldBe(13, "throttled requests count towards the budget");

        Emulator.Faults.ResourceUnitsPerMinute = null;
        Emulator.Faults.ServiceUnavailableRate = 1;
        var unavailable = await Http.GetAsync($"{SitePath}/lists/{_site.Log}");
        unavailable.Status.ShouldBe(503);
        unavailable.Header("Retry-After").ShouldNotBeNull();
    }

    [Fact]
    [Rule("resourceUnit.header")]
    public async Task Answers_SayWhatTheyCostWhereTheVariantSays()
    {
        var list = await Http.GetAsync($"{SitePath}/lists/{_site.Log}");
        var items = await Http.GetAsync($"{SitePath}/lists/{_site.Log}/items");

        list.Header("x-ms-resource-unit").ShouldBe(Variant.ResourceUnitHeader ? "1" : null);
        items.Header("x-ms-resource-unit").ShouldBe(Variant.ResourceUnitHeader ? "2" : null);
    }

    [Fact]
    [Rule("columns.builtins")]
    public async Task Columns_IncludeSharePointsOwn()
    {
        var list = (await Http.GetAsync($"{SitePath}/lists/{_site.Log}/columns")).Body["value"]!.AsArray();
        var expanded = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}?expand=columns")).Body["columns"]!.AsArray();
        string[] Names(JsonArray columns) => [.. columns.Select(c => c!["name"]!.GetValue<string>())];

        new[] { "Title", "Attachments", "Edit", "ContentType", "ID", "Created", "Modified", "Author", "Editor", "LinkTitle", "Note", "Owner" }.ShouldBeSubsetOf(Names(list));
        new[] { "Title", "FileLeafRef", "ContentType", "Author", "Editor", "FileSizeDisplay", "DocIcon", "Course" }.ShouldBeSubsetOf(Names(expanded));
        list.Single(c => c!["name"]!.GetValue<string>() == "Author")!["readOnly"]!.GetValue<bool>().ShouldBeTrue();
        list.Single(c => c!["name"]!.GetValue<string>() == "ContentType")!["columnGroup"]!.GetValue<string>().ShouldBe("_Hidden");
        (await Http.SendAsync("POST", $"{SitePath}/lists/{_site.Log}/columns", new JsonObject { ["name"] = "Author", ["text"] = new JsonObject() })).Status.ShouldBe(400, "SharePoint's own name");
    }

    [Fact]
    [Rule("columns.builtins")]
    public async Task Columns_OfALibrary_AreTheRecordedCataloguesByIdAndTitle()
    {
        using var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(FidelityRules.Folder, "real-tenant", "pnpcore", "rest.library.fields-catalogue.json")));
        var catalogue = recorded.RootElement.GetProperty("body").GetProperty("Fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("InternalName").GetString()!, f => (Id: f.GetProperty("Id").GetString(), Title: f.GetProperty("Title").GetString()), StringComparer.Ordinal);

        var columns = (await Http.GetAsync($"{SitePath}/lists/{_site.Library}/columns")).Body["value"]!.AsArray().OfType<JsonObject>().ToList();

        foreach (var column in columns.Where(c => c["name"]!.GetValue<string>() != "Course"))
        {
            var name = column["name"]!.GetValue<string>();
            catalogue.ShouldContainKey(name, "every built-in column of a library is one the recording has");
            (column["id"]!.GetValue<string>(), column["displayName"]!.GetValue<string>()).ShouldBe(catalogue[name], name);
        }
    }

    [Fact]
    [Rule("library.versioning.default")]
    public async Task Libraries_KeepMajorVersionsOnlyUpToFiveHundred()
    {
        for (var i = 0; i < ListItemLimit + 3; i++)
        {
            await Http.SendAsync("PUT", $"drives/{_site.Drive}/root:/busy.txt:/content", content: System.Text.Encoding.UTF8.GetBytes($"save {i}"));
        }

        var file = (await Http.GetAsync($"drives/{_site.Drive}/root/children")).Body["value"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "busy.txt")!["id"]!.GetValue<string>();
        var versions = (await Http.GetAsync($"drives/{_site.Drive}/items/{file}/versions")).Body["value"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList();

        versions.Count.ShouldBe(ListItemLimit);
        versions[0].ShouldBe($"{ListItemLimit + 3}.0");
        versions.ShouldAllBe(v => v.EndsWith(".0", StringComparison.Ordinal), "no minor versions");
    }

    [Fact]
    [Rule("fieldUpdate.newVersion")]
    public async Task Fields_OfADocumentChanged_MakeANewVersion()
    {
        var before = (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/versions")).Body["value"]!.AsArray().Count;

        (await Http.SendAsync("PATCH", $"drives/{_site.Drive}/items/{_site.DocumentFile}/listItem/fields", new JsonObject { ["Course"] = "anxiety-2026" })).Status.ShouldBe(200);

        (await Http.GetAsync($"drives/{_site.Drive}/items/{_site.DocumentFile}/versions")).Body["value"]!.AsArray().Count.ShouldBe(before + 1);
    }

    private const int ListItemLimit = 500;
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class FidelityOnAGenerousTenantTests() : FidelityTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class FidelityOnASparseTenantTests() : FidelityTests(TenantVariant.Sparse);
