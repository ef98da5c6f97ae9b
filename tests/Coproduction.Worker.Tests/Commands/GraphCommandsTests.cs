using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;

namespace Coproduction.Worker.Commands;

/// <summary>provision, import and export against the emulator, as a person would run them.</summary>
public sealed class GraphCommandsTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private GraphEmulator _emulator = null!;

    public void Dispose() => _folder.Dispose();

    public async Task InitializeAsync() => _emulator = await RecoveryEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Provision_Twice_CreatesThenChangesNothing()
    {
        var first = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);
        var second = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("created 13 lists and libraries");
        first.Output.ShouldContain("  created Coproduction courses");
        first.Output.ShouldContain("Status at a glance: formatted 10 columns, created 2 views.");
        first.Output.ShouldContain("  formatted column Coproduction courses/OpenFlags");
        first.Output.ShouldContain("  created view Coproduction courses/Needs attention");
        first.Output.ShouldContain("  created view Coproduction flags/By course");
        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("nothing changed");
        second.Output.ShouldNotContain("formatted");
    }

    [Fact]
    public async Task Provision_SharePointRefusesTheStatusAtAGlance_ExitsZeroWithTheListsSayingWhatToGrant()
    {
        // An app granted Graph's Sites.Selected but not SharePoint's: the lists are made, the formatting refused.
        _emulator.Faults.Add(new Coproduction.Emulator.Control.ScriptedFault { SharePointRest = true, Status = 401, Times = 100 });

        var (exitCode, output, error) = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(0, "the site is provisioned for the worker; how its columns look is not data, and a second run completes it");
        output.ShouldContain("created 13 lists and libraries");
        output.ShouldNotContain("Status at a glance");
        error.ShouldContain("coproduction: status at a glance not applied: Reading the formatting of column RelevantLearnedExperience in list Coproduction courses was refused");
        error.ShouldContain("SharePoint's API permission Sites.Selected");
    }

    [Fact]
    public async Task Provision_AColumnSomeoneFormatted_SaysItWasKept()
    {
        const string Site = "https://contoso.sharepoint.com/sites/recovery";
        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        await FormatAsStaffAsync("OpenFlags", """{"elmType":"div","txtContent":"@currentField"}""");

        var (exitCode, output, _) = await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(0);
        output.ShouldContain("nothing changed");
        output.ShouldContain("  kept column Coproduction courses/OpenFlags as it is: someone formatted it their own way");
    }

    [Fact]
    public async Task Provision_UnknownSite_ExitsTwoWithGraphsAnswer()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/nowhere", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        error.ShouldContain("(HTTP 404, itemNotFound)");
    }

    [Theory]
    [InlineData("--site", "not a url", "--site: 'not a url' is not a site URL")]
    [InlineData("--graph-url", "http://graph.example.org/v1.0", "Coproduction:Graph: GraphUrl 'http://graph.example.org/v1.0' is not https")]
    public async Task Provision_BadOption_ExitsTwoNamingIt(string option, string value, string message)
    {
        string[] args = option == "--site"
            ? ["provision", "--site", value, "--graph-url", _emulator.GraphUrl]
            : ["provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", value];

        var (exitCode, _, error) = await CommandLine.RunAsync(args);

        exitCode.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Provision_SiteGrantedWriteOnly_ExitsTwoSayingWhichRoleProvisioningNeeds()
    {
        // Sites.Selected with 'write': Graph lets the app write items but refuses to create a list.
        _emulator.Faults.Add(new Coproduction.Emulator.Control.ScriptedFault { Method = "POST", PathContains = "/lists", Status = 403, Code = "accessDenied" });

        var (exitCode, _, error) = await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        error.ShouldContain("Creating list Coproduction courses was refused: creating lists and columns needs the app granted the role 'manage' (or 'fullcontrol') on this site");
        error.ShouldContain("(HTTP 403, accessDenied)");
    }

    [Theory]
    [InlineData("healthy-new-course.json")]
    [InlineData("course-under-review.json")]
    public async Task ImportThenExport_Sample_AssessesTheSameAsTheOriginal(string sample)
    {
        var original = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        var exported = _folder.File("exported.json");
        const string Site = "https://contoso.sharepoint.com/sites/recovery";
        var courseId = Coproduction.Snapshots.SnapshotSerializer.Deserialize(File.ReadAllText(original)).Course.Id;

        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        var import = await CommandLine.RunAsync("import", original, "--site", Site, "--graph-url", _emulator.GraphUrl);
        var again = await CommandLine.RunAsync("import", original, "--site", Site, "--graph-url", _emulator.GraphUrl);
        var export = await CommandLine.RunAsync("export", "--site", Site, "--course", courseId, "--graph-url", _emulator.GraphUrl, "--output", exported);
        var asOf = System.Text.Json.JsonDocument.Parse(File.ReadAllText(original)).RootElement.GetProperty("asOf").GetString()!;

        import.ExitCode.ShouldBe(0, import.Error);
        import.Output.ShouldStartWith($"Imported course {courseId}: ");
        again.Output.ShouldContain(" 0 items created, 0 updated,");
        export.ExitCode.ShouldBe(0, export.Error);
        export.Error.ShouldBeEmpty();
        (await CommandLine.RunAsync("assess", exported, "--as-of", asOf)).Output.ShouldBe((await CommandLine.RunAsync("assess", original)).Output);
    }

    [Fact]
    public async Task Import_ManyFiles_ReadsEachListOnceAndSaysEachCourse()
    {
        const string Site = "https://contoso.sharepoint.com/sites/recovery";
        string[] samples = ["healthy-new-course.json", "drifting-course.json", "course-under-review.json"];
        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        _emulator.Requests.Reset();

        var import = await CommandLine.RunAsync(["import", .. samples.Select(f => Path.Combine(AppContext.BaseDirectory, "samples", f)), "--site", Site, "--graph-url", _emulator.GraphUrl]);
        var lines = import.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        import.ExitCode.ShouldBe(0, import.Error);
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("Imported course ");
        lines[1].ShouldContain(" (2 of 3): ");
        _emulator.Requests.Of("items").ShouldBe(10, "each list read once for the three courses");
    }

    [Fact]
    public async Task Import_SameCourseInTwoFiles_ExitsTwoWritingNothing()
    {
        const string Site = "https://contoso.sharepoint.com/sites/recovery";
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json");
        var copy = _folder.File("copy.json");
        File.Copy(sample, copy);
        (await CommandLine.RunAsync("provision", "--site", Site, "--graph-url", _emulator.GraphUrl)).ExitCode.ShouldBe(0);
        _emulator.Requests.Reset();

        var (exitCode, output, error) = await CommandLine.RunAsync("import", sample, copy, "--site", Site, "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("is in more than one of the files given");
        _emulator.Requests.Total.ShouldBe(0, "refused before anything was sent");
    }

    [Fact]
    public async Task Import_SiteNotProvisioned_ExitsTwoSayingWhatToDo()
    {
        var (exitCode, _, error) = await CommandLine.RunAsync("import", Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"), "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        error.ShouldContain("run 'coproduction provision' first");
    }

    [Fact]
    public async Task Export_UnknownCourse_ExitsTwo()
    {
        await CommandLine.RunAsync("provision", "--site", "https://contoso.sharepoint.com/sites/recovery", "--graph-url", _emulator.GraphUrl);

        var (exitCode, output, error) = await CommandLine.RunAsync("export", "--site", "https://contoso.sharepoint.com/sites/recovery", "--course", "nope", "--graph-url", _emulator.GraphUrl);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("has no course with id 'nope'");
    }

    /// <summary>A member of staff formats a column of the courses list their own way, through SharePoint's REST API as its pages do.</summary>
    private async Task FormatAsStaffAsync(string column, string formatter)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "user:staff@example.org");
        var lists = await http.GetFromJsonAsync<JsonObject>($"{_emulator.GraphUrl}/sites/contoso.sharepoint.com:/sites/recovery:/lists");
        var courses = lists!["value"]!.AsArray().Single(l => l!["displayName"]!.GetValue<string>() == "Coproduction courses")!["id"]!.GetValue<string>();
        var api = $"{new Uri(_emulator.GraphUrl).GetLeftPart(UriPartial.Authority)}/sites/recovery/_api";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{api}/web/lists(guid'{courses}')/fields/getbyinternalnameortitle('{column}')")
        {
            Content = JsonContent.Create(new JsonObject { ["CustomFormatter"] = formatter }),
        };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
