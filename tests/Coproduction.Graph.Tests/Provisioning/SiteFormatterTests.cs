using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Formatting;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Provisioning;

/// <summary>The status at a glance that provisioning gives a site through SharePoint's REST API, on any tenant.</summary>
public abstract class SiteFormatterTests(TenantVariant variant) : EmulatedSite(variant)
{
    private const string Courses = "Coproduction courses";

    /// <summary>A member of staff on the site's REST API, as SharePoint's own pages call it.</summary>
    private HttpClient Rest { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        Rest = new HttpClient { BaseAddress = new Uri($"{new Uri(Emulator.GraphUrl).GetLeftPart(UriPartial.Authority)}/sites/recovery/_api/") };
        Rest.DefaultRequestHeaders.Authorization = new("Bearer", "user:staff@example.org");
        Rest.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
    }

    public override async Task DisposeAsync()
    {
        Rest.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Provision_FreshSite_FormatsTheColumnsAndCreatesBothViews()
    {
        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.Formatting.Refusal.ShouldBeNull();
        report.Formatting.FormattedColumns.ShouldBe(ColumnFormats.Courses.Select(f => $"{Courses}/{f.Column.Name}"));
        report.Formatting.KeptColumns.ShouldBeEmpty();
        report.Formatting.CreatedViews.ShouldBe([$"{Courses}/Needs attention", "Coproduction flags/By course"]);
        foreach (var format in ColumnFormats.Courses)
        {
            JsonNode.DeepEquals(JsonNode.Parse((await FormatterAsync(SiteSchema.Courses, format.Column.Name))!), JsonNode.Parse(format.ToJson())).ShouldBeTrue(format.Column.Name);
        }

        foreach (var expected in SiteViews.All)
        {
            var view = (await ViewsAsync(expected.ListKey)).Single(v => v!["Title"]!.GetValue<string>() == expected.Title)!;
            view["ViewFields"]!["Items"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(expected.Fields);
            XNode.DeepEquals(XElement.Parse($"<Query>{view["ViewQuery"]}</Query>"), XElement.Parse($"<Query>{expected.Query}</Query>")).ShouldBeTrue(expected.Title);
            view["PersonalView"]!.GetValue<bool>().ShouldBeFalse();
            view["RowLimit"]!.GetValue<int>().ShouldBe(100);
        }
    }

    [Fact]
    public async Task Provision_Twice_SecondRunSendsOnlyReads()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Requests.Reset();

        var second = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        second.Changed.ShouldBeFalse();
        second.Formatting.KeptColumns.ShouldBeEmpty("our own formatting, however the tenant lays it out, is ours");
        Emulator.Requests.ByKind.ShouldBe(new Dictionary<string, int>
        {
            ["site"] = 1, ["lists"] = 1, ["restField"] = ColumnFormats.Courses.Count, ["restViews"] = SiteViews.All.Count,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Provision_AColumnSomeoneFormatted_KeepsTheirFormattingAndSaysSo()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        const string Theirs = """{"$schema":"https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json","elmType":"div","txtContent":"@currentField","style":{"font-weight":"bold"}}""";
        await SetFormatterAsync(SiteSchema.Courses, CoursesList.OpenFlags.Name, Theirs);
        await SetFormatterAsync(SiteSchema.Courses, CoursesList.Checklist[Coproduction.Model.ChecklistItem.WorkShared].Name, string.Empty);

        var again = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        again.Formatting.KeptColumns.ShouldBe([$"{Courses}/OpenFlags"]);
        again.Formatting.FormattedColumns.ShouldBe([$"{Courses}/WorkShared"], "formatting someone cleared is empty again: ours goes back");
        JsonNode.DeepEquals(JsonNode.Parse((await FormatterAsync(SiteSchema.Courses, CoursesList.OpenFlags.Name))!), JsonNode.Parse(Theirs)).ShouldBeTrue();
    }

    [Fact]
    public async Task Provision_AViewOfTheTitleThere_LeavesItAsItIs()
    {
        // Staff made the courses list and a view of their own called "Needs attention" before the site was connected.
        var site = (await Graph.FindListsAsync(SiteUrl)).SiteId;
        var list = await Staff.PostAsJsonAsync($"sites/{site}/lists", new JsonObject { ["displayName"] = Courses, ["list"] = new JsonObject { ["template"] = "genericList" } });
        var listId = (await list.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        (await Rest.PostAsync($"web/lists(guid'{listId}')/views/add", Json(new JsonObject
        {
            ["parameters"] = new JsonObject { ["Title"] = "Needs attention", ["ViewFields"] = new JsonObject { ["results"] = new JsonArray("LinkTitle") } },
        }))).EnsureSuccessStatusCode();

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.Formatting.CreatedViews.ShouldBe(["Coproduction flags/By course"]);
        var theirs = (await ViewsAsync(SiteSchema.Courses)).Where(v => v!["Title"]!.GetValue<string>() == "Needs attention").ShouldHaveSingleItem()!;
        theirs["ViewFields"]!["Items"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["LinkTitle"]);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Provision_SharePointRefusesTheFormatting_ListsStandAndTheReportSaysWhatToGrant(int status)
    {
        Emulator.Faults.Add(new ScriptedFault { SharePointRest = true, Status = status, Times = 100 });

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.CreatedLists.Count.ShouldBe(SiteSchema.Lists.Count);
        report.Formatting.FormattedColumns.ShouldBeEmpty();
        report.Formatting.Refusal.ShouldNotBeNull();
        report.Formatting.Refusal.ShouldStartWith($"Reading the formatting of column RelevantLearnedExperience in list {Courses} was refused");
        report.Formatting.Refusal.ShouldContain($"(HTTP {status}");
        report.Formatting.Refusal.ShouldContain("SharePoint's API permission Sites.Selected");
        report.Formatting.Refusal.ShouldContain("the role 'manage' on this site");
        report.Formatting.Refusal.ShouldContain("client secret");
        (await Graph.FindListsAsync(SiteUrl)).Lists.Keys.ShouldContain(SiteSchema.Courses);
    }

    [Fact]
    public async Task Provision_SettingTheFormattingRefusedAfterTheReads_NamesTheColumnAndTheList()
    {
        Emulator.Faults.Add(new ScriptedFault { SharePointRest = true, Method = "POST", PathContains = "/fields/", Status = 403, Times = 100 });

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.Formatting.Refusal.ShouldStartWith($"Setting the formatting of column RelevantLearnedExperience in list {Courses} was refused: A scripted fault (403) (HTTP 403, -2147024891, System.UnauthorizedAccessException)");
        report.Formatting.CreatedViews.ShouldBeEmpty("nothing is tried after a refusal: the same grant is missing");
    }

    [Fact]
    public async Task Provision_SharePointThrottlesOnce_WaitsItsRetryAfterAndCarriesOn()
    {
        Emulator.Faults.Add(new ScriptedFault { SharePointRest = true, Method = "GET", Status = 429, RetryAfter = "1" });

        var report = await Graph.Provisioner.ProvisionAsync(SiteUrl);

        report.Formatting.FormattedColumns.Count.ShouldBe(ColumnFormats.Courses.Count);
        Emulator.Requests.Of("restField").ShouldBe(ColumnFormats.Courses.Count + 1, "the throttled read, and the same read again");
    }

    [Fact]
    public async Task Provision_SharePointFailing_FailsNamingWhatWasBeingDone()
    {
        Emulator.Faults.Add(new ScriptedFault { SharePointRest = true, PathContains = "/views", Status = 500 });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.Provisioner.ProvisionAsync(SiteUrl));

        error.Message.ShouldStartWith($"Reading the views of list {Courses} failed");
        error.Status.ShouldBe(500);
    }

    [Fact]
    public void Refusal_OfAnAppSigningInWithASecret_SaysSharePointWantsACertificate()
    {
        var refused = new CoproductionGraphException("Setting the formatting of column OpenFlags in list Coproduction courses was refused", 401);

        var message = SiteFormatter.Refusal(refused, GraphCredentialKind.ClientSecret);

        message.ShouldContain("This app signs in with a client secret, and SharePoint's REST API refuses app-only tokens got with one: sign in with a certificate (Credential ClientCertificate).");
        message.ShouldContain("docs/operations.md");
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<string> ListIdAsync(string key) => (await Graph.FindListsAsync(SiteUrl)).Lists[key];

    private async Task<string?> FormatterAsync(string list, string column)
    {
        var field = await Rest.GetFromJsonAsync<JsonObject>($"web/lists(guid'{await ListIdAsync(list)}')/fields/getbyinternalnameortitle('{column}')");
        return field!["CustomFormatter"]?.GetValue<string>();
    }

    private async Task SetFormatterAsync(string list, string column, string formatter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"web/lists(guid'{await ListIdAsync(list)}')/fields/getbyinternalnameortitle('{column}')")
        {
            Content = Json(new JsonObject { ["CustomFormatter"] = formatter }),
        };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        (await Rest.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private async Task<JsonArray> ViewsAsync(string list) =>
        (await Rest.GetFromJsonAsync<JsonObject>($"web/lists(guid'{await ListIdAsync(list)}')/views?$expand=ViewFields"))!["value"]!.AsArray();
}

public sealed class SiteFormatterOnAGenerousTenantTests() : SiteFormatterTests(TenantVariant.Generous);

public sealed class SiteFormatterOnASparseTenantTests() : SiteFormatterTests(TenantVariant.Sparse);
