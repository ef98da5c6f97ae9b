using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction check</c> against the emulator in each of its configurations: what holds, what a
/// sparse tenant does otherwise and how the worker copes, what stops the worker, and that it only reads.
/// </summary>
public abstract class CheckCommandTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(variant, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), _timeout.Token);

        // A member of staff saves the library's first document from Office: there is a person's version to read.
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var first = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Materials], _timeout.Token))[0];
        var drive = await _site.Graph.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials], _timeout.Token);
        using var staff = _site.As("aisha@trust.example");
        (await staff.PutAsync($"drives/{drive}/root:/{first.Fields["FileLeafRef"]}:/content", new StringContent("# Revised in Word"), _timeout.Token)).EnsureSuccessStatusCode();

        // A second course, added in the list's form: a delta link followed past the first page has an item to show.
        (await staff.PostAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items", new JsonObject
        {
            ["fields"] = new JsonObject { ["Title"] = "Sleep and wellbeing", ["CourseId"] = "sleep-2026", ["Stage"] = "Proposed" },
        }, _timeout.Token)).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<(int ExitCode, string Output, string Error)> CheckAsync(params string[] more) =>
        CommandLine.RunAsync(["check", "--site", FaultedSite.Site, "--graph-url", _site.Emulator.GraphUrl, .. more]);

    [Fact]
    public async Task Check_ProvisionedSite_SaysWhatHoldsAndHowTheWorkerCopesWithWhatDiffers()
    {
        var (exitCode, output, error) = await CheckAsync();

        exitCode.ShouldBe(0, output + error);
        foreach (var holds in new[] { "access", "schema", "users.visible", "delta.inBatch", "delta.links.acceptExpand", "fields.editor", "users.entry", "versions.size", "version.ids", "delta.item.noLastModifiedBy" })
        {
            output.ShouldMatch($@"(?m)^  holds\s+{holds.Replace(".", @"\.", StringComparison.Ordinal)}\s", holds);
        }

        output.ShouldMatch(variant.LinksKeepExpand ? @"(?m)^  holds\s+delta\.links\.keepExpand" : @"(?m)^  differs\s+delta\.links\.keepExpand\s+.*asks for the fields again");
        output.ShouldMatch(variant.DriveItemPathsThroughListItem ? @"(?m)^  holds\s+versions\.throughListItem" : @"(?m)^  differs\s+versions\.throughListItem\s+.*finds each file first");
        output.ShouldMatch(variant.VersionIdentityHasEmail ? @"(?m)^  holds\s+versions\.identity\.email" : @"(?m)^  differs\s+versions\.identity\.email");
        if (!variant.VersionIdentityHasEmail)
        {
            output.ShouldMatch(@"(?m)^  holds\s+listItemVersions\.editor");
        }

        output.ShouldContain("The worker can do its job on this site.");
    }

    [Fact]
    public async Task Check_DeltaLinkAnsweredWithoutTheItemsFields_DiffersSayingTheWorkerReadsThemAgain()
    {
        // The first link followed is the batch's token=latest, the second the next page's.
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = "/items/delta", WithQuery = "token", WithoutFields = true, Times = 2 });

        var (exitCode, output, error) = await CheckAsync();

        exitCode.ShouldBe(0, output + error);
        output.ShouldMatch(@"(?m)^  differs\s+delta\.links\.acceptExpand\s+.*reads each such item again by its id");
    }

    [Fact]
    public async Task Check_Run_OnlyReads()
    {
        _site.Emulator.Requests.Reset();

        await CheckAsync();

        _site.Emulator.Requests.ByKind.Keys.ShouldBeSubsetOf(["site", "lists", "list", "items", "item", "delta", "versions", "itemFileVersions", "driveItem", "columns", "batch"], "GETs, one of them in a batch");
        _site.Emulator.Requests.Total.ShouldBeLessThan(20);
    }

    [Fact]
    public async Task Check_Json_HasEachFindingInWords()
    {
        var (exitCode, output, _) = await CheckAsync("--format", "json");

        exitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var site = json.RootElement[0];
        site.GetProperty("workerCanWork").GetBoolean().ShouldBeTrue();
        site.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()).ShouldAllBe(o => o == "holds" || o == "differs" || o == "notTried");
    }

    [Fact]
    public async Task Check_SiteNotProvisioned_FailsSayingToProvisionAndExits3()
    {
        _site.Emulator.AddSite("contoso.sharepoint.com/sites/empty");

        var (exitCode, output, error) = await CommandLine.RunAsync("check", "--site", "https://contoso.sharepoint.com/sites/empty", "--graph-url", _site.Emulator.GraphUrl);

        exitCode.ShouldBe(3);
        output.ShouldMatch(@"(?m)^  FAILS\s+schema\s+The site lacks the list ""Coproduction courses""");
        output.ShouldContain("run 'coproduction provision --site https://contoso.sharepoint.com/sites/empty'");
        output.ShouldContain("The worker cannot do its job on this site");
        error.ShouldContain("the worker cannot do its job");
    }

    [Fact]
    public async Task Check_UnknownSite_FailsOnAccessAndSaysWhatToGrant()
    {
        var (exitCode, output, _) = await CommandLine.RunAsync("check", "--site", "https://contoso.sharepoint.com/sites/nowhere", "--graph-url", _site.Emulator.GraphUrl);

        exitCode.ShouldBe(3);
        output.ShouldMatch(@"(?m)^  FAILS\s+access\s+The app cannot read the site: Graph answered HTTP 404 itemNotFound\. Grant the worker's app registration Sites\.Selected");
    }

    [Fact]
    public async Task Check_ColumnShowingDatesOnly_FailsNamingTheColumnAndWhatToChange()
    {
        var address = "contoso.sharepoint.com/sites/dated";
        var siteId = _site.Emulator.AddSite(address);
        using var staff = _site.As("coordinator@trust.example");
        (await staff.PostAsJsonAsync($"sites/{siteId}/lists", new JsonObject
        {
            ["displayName"] = "Coproduction log",
            ["columns"] = new JsonArray(new JsonObject { ["name"] = "At", ["displayName"] = "When", ["dateTime"] = new JsonObject { ["format"] = "dateOnly" } }),
        }, _timeout.Token)).EnsureSuccessStatusCode();
        await _site.Graph.Provisioner.ProvisionAsync($"https://{address}", _timeout.Token);

        var (exitCode, output, _) = await CommandLine.RunAsync("check", "--site", $"https://{address}", "--graph-url", _site.Emulator.GraphUrl);

        exitCode.ShouldBe(3);
        output.ShouldMatch(@"(?m)^  FAILS\s+schema\s+The column At \(""When""\) of ""Coproduction log"" shows dates only.*set it to show the date and time");
    }

    [Fact]
    public async Task Check_VersionsAnsweredWithAnErrorTheWorkerCannotWorkRound_FailsAndExits3()
    {
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = "/driveItem/versions", Status = 500 });

        var (exitCode, output, _) = await CheckAsync();

        exitCode.ShouldBe(3);
        output.ShouldMatch(@"(?m)^  FAILS\s+versions\.throughListItem\s+Asking for a document's file's versions through its list item was answered HTTP 500");
    }

    [Fact]
    public async Task Check_DeltaRefused_FailsSayingTheWorkerFollowsChangesWithIt()
    {
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = "/items/delta", Status = 403, Code = "accessDenied" });

        var (exitCode, output, _) = await CheckAsync();

        exitCode.ShouldBe(3);
        output.ShouldMatch(@"(?m)^  FAILS\s+delta\s+Delta on the courses list was refused: HTTP 403 accessDenied");
    }

    [Fact]
    public async Task Check_NoSiteGivenOrConfigured_IsAnInputMistake()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("check", "--graph-url", _site.Emulator.GraphUrl);

        exitCode.ShouldBe(2);
        error.ShouldContain("--site: give a site to check");
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class CheckCommandOnAGenerousTenantTests() : CheckCommandTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class CheckCommandOnASparseTenantTests() : CheckCommandTests(TenantVariant.Sparse);
