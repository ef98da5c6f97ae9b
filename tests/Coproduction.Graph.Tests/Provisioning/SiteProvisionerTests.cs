using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Provisioning;

public sealed class SiteProvisionerTests : EmulatedSite
{
    [Fact]
    public async Task Provision_NewSite_CreatesEveryListWithEveryColumn()
    {
        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.CreatedLists.ShouldBe(SiteSchema.Lists.Select(l => l.DisplayName));
        var (_, lists) = await Graph.FindListsAsync(SiteUrl);
        lists.Keys.Where(k => k != SiteSchema.UserInformation).ShouldBe(SiteSchema.Lists.Select(l => l.Key), ignoreOrder: true);
        lists.ShouldContainKey(SiteSchema.UserInformation, "the site's own user information list, found by its URL name");
        foreach (var schema in SiteSchema.Lists)
        {
            var columns = await ColumnsAsync(report.SiteId, lists[schema.Key]);
            schema.Columns.Select(c => c.Name).ShouldBeSubsetOf(columns, schema.DisplayName);
        }

        // The lookups to lists created after their own (Lead, on courses, looks up the team; the log's On material and
        // On decision look up the library and the register) are added afterwards.
        report.AddedColumns.ShouldBe(["Coproduction courses/Lead", "Coproduction log/OnMaterial", "Coproduction log/OnDecision"]);
    }

    [Fact]
    public async Task Provision_CreatingAListRefused_SaysWhichRoleIsNeeded()
    {
        Emulator.Faults.Add(new Coproduction.Emulator.Control.ScriptedFault { Method = "POST", PathContains = "/lists", Status = 403, Code = "accessDenied" });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.Provisioner.ProvisionAsync(SiteUrl));

        error.Status.ShouldBe(403);
        error.ErrorCode.ShouldBe("accessDenied");
        error.Message.ShouldContain("needs the app granted the role 'manage' (or 'fullcontrol') on this site, which 'write' is not");
    }

    [Fact]
    public async Task Provision_AddingAColumnRefused_SaysWhichRoleIsNeeded()
    {
        // The courses' Lead looks up the team, created after the courses: it is added as a column of its own.
        Emulator.Faults.Add(new Coproduction.Emulator.Control.ScriptedFault { Method = "POST", PathContains = "/columns", Status = 403, Code = "accessDenied" });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.Provisioner.ProvisionAsync(SiteUrl));

        error.Message.ShouldStartWith("Adding column Lead to Coproduction courses was refused");
        error.Message.ShouldContain("'manage'");
    }

    [Fact]
    public async Task Provision_Twice_SecondRunChangesNothing()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Requests.Reset();

        var second = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        second.Changed.ShouldBeFalse();

        // Graph: the site and its lists with their columns; SharePoint's REST API: each formatted column and each view, read.
        Emulator.Requests.ByKind.Keys.ShouldBe(["lists", "site", "restField", "restViews"], ignoreOrder: true);
        Emulator.Requests.Total.ShouldBe(2 + Formatting.ColumnFormats.Courses.Count + Formatting.SiteViews.All.Count);
    }

    [Fact]
    public async Task Provision_SiteWithStaffColumnsAndData_LeavesThemAsTheyAre()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var courses = lists[SiteSchema.Courses];
        var http = Staff;
        (await http.PostAsJsonAsync($"sites/{site}/lists/{courses}/columns", new JsonObject { ["name"] = "StaffNotes", ["text"] = new JsonObject() })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"sites/{site}/lists/{courses}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "Managing Sleep", ["CourseId"] = "sleep-2026", ["StaffNotes"] = "keep" } })).EnsureSuccessStatusCode();

        var again = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        again.Changed.ShouldBeFalse();
        var item = await http.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{courses}/items/1?expand=fields");
        item!["fields"]!["StaffNotes"]!.GetValue<string>().ShouldBe("keep");
        (await ColumnsAsync(site, courses)).ShouldContain("StaffNotes");
    }

    [Fact]
    public async Task Provision_ListMissingSomeColumns_AddsOnlyThose()
    {
        var http = Staff;
        var site = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        (await http.PostAsJsonAsync($"sites/{site}/lists", new JsonObject
        {
            ["displayName"] = "Coproduction topics",
            ["columns"] = new JsonArray(new JsonObject { ["name"] = "StaffColumn", ["text"] = new JsonObject() }),
        })).EnsureSuccessStatusCode();

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.CreatedLists.ShouldNotContain("Coproduction topics");
        report.AddedColumns.ShouldContain("Coproduction topics/Broader");
        var topics = (await Graph.FindListsAsync(SiteUrl)).Lists[SiteSchema.Topics];
        (await ColumnsAsync(site, topics)).ShouldBe(["Title", "StaffColumn", "Broader"]);
    }

    [Fact]
    public async Task Provision_OnATenantWhoseDateColumnsDefaultToDatesOnly_MakesEveryTimeColumnKeepItsTime()
    {
        await using var sparse = await Coproduction.Emulator.GraphEmulator.StartAsync(new Coproduction.Emulator.GraphEmulatorOptions { Variant = Coproduction.Emulator.TenantVariant.Sparse, Sites = { "contoso.sharepoint.com/sites/recovery" } });
        using var graph = new CoproductionGraphClient(new Connection.CoproductionGraphOptions { GraphUrl = sparse.GraphUrl });
        using var http = new HttpClient { BaseAddress = new Uri(sparse.GraphUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "user:staff@example.org");

        var report = await graph.Provisioner.ProvisionAsync(SiteUrl);

        foreach (var schema in SiteSchema.Lists)
        {
            var columns = await http.GetFromJsonAsync<JsonObject>($"sites/{report.SiteId}/lists/{(await graph.FindListsAsync(SiteUrl)).Lists[schema.Key]}/columns");
            foreach (var column in schema.Columns.Where(c => c.Type == ColumnType.DateTime))
            {
                columns!["value"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == column.Name)!["dateTime"]!["format"]!.GetValue<string>()
                    .ShouldBe("dateTime", $"{schema.DisplayName}/{column.Name}");
            }
        }
    }

    [Fact]
    public async Task Provision_UnknownSite_FailsWithGraphsStatusAndCode()
    {
        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.Provisioner.ProvisionAsync("https://contoso.sharepoint.com/sites/nowhere"));

        error.Status.ShouldBe(404);
        error.ErrorCode.ShouldBe("itemNotFound");
    }

    [Fact]
    public async Task Requests_CarryTheUserAgentMicrosoftAsksFor()
    {
        await Graph.FindListsAsync(SiteUrl);

        Emulator.Requests.LastUserAgent.ShouldStartWith("NONISV|NSFT|Coproduction/");
        Graph.UserAgent.ShouldMatch(@"^NONISV\|NSFT\|Coproduction/\d+\.\d+\.\d+$");
    }

    /// <summary>The columns a list's people can write, in order: SharePoint's own read-only ones, its content type and its legacy Attachments left out.</summary>
    private async Task<List<string>> ColumnsAsync(string siteId, string listId)
    {
        var columns = await Staff.GetFromJsonAsync<JsonObject>($"sites/{siteId}/lists/{listId}/columns");
        return columns!["value"]!.AsArray()
            .Where(c => c!["readOnly"]?.GetValue<bool>() != true && c["name"]!.GetValue<string>() is not ("ContentType" or "Attachments" or "FileLeafRef"))
            .Select(c => c!["name"]!.GetValue<string>()).ToList();
    }
}
