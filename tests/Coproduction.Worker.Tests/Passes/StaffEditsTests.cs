using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Time.Testing;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Passes;

/// <summary>
/// The flags rise and clear from what staff do as they do it, on any tenant: a document saved from
/// Office with a person's own sign-in, a course's stage changed in SharePoint's own form, feedback
/// added through the log's form; each request carrying only what the form or Office sends. Delta says
/// who did none of it: the worker must find out from what the site does say.
/// </summary>
public abstract class StaffEditsTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Martin = "martin@trust.example";

    /// <summary>Aisha signs in as aisha@trust.example, her e-mail another: her account is recorded as her sign-in name.</summary>
    private const string Aisha = "aisha@trust.example|aisha.khan@nhs.example";
    private const string Coordinator = "coordinator@trust.example";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;
    private string _drive = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(variant, _clock, _timeout.Token);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        _drive = await _site.Graph.FindLibraryDriveAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token);

        // Martin's Entra object id, as a coordinator would copy it from Entra: read here from an item he changed.
        using var martin = _site.As(Martin);
        var martinsRow = await TeamItemAsync("p1");
        (await martin.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{martinsRow}/fields", new JsonObject { ["Role"] = "manager" })).EnsureSuccessStatusCode();
        var objectId = (await martin.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{martinsRow}"))!["lastModifiedBy"]!["user"]!["id"]!.GetValue<string>();

        // The coordinator records two members' accounts in the team list's form, only that column sent:
        // Martin's as his object id, Aisha's as her sign-in name. Neither is the e-mail a version may carry.
        using var coordinator = _site.As(Coordinator);
        foreach (var (person, account) in new[] { ("p1", objectId), ("p2", "aisha@trust.example") })
        {
            (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync(person)}/fields", new JsonObject { ["Account"] = account })).EnsureSuccessStatusCode();
        }
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> TeamItemAsync(string person) =>
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Team], _timeout.Token)).Single(i => i.Fields.GetValueOrDefault("PersonId") as string == person).Id;

    private async Task<string> CourseItemAsync() => (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single().Id;

    private async Task PassAsync(WorkerRunner runner) => (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull(string.Join('\n', _site.Log.Lines.TakeLast(5)));

    private async Task<string?> FlagAsync(string kind, string subject) =>
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.FlagList], _timeout.Token))
            .SingleOrDefault(f => f.Fields.GetValueOrDefault("FlagKind") as string == kind && f.Fields.GetValueOrDefault("Subject") as string == subject)
            ?.Fields.GetValueOrDefault("Status") as string;

    /// <summary>Word saving a document to the library as the person signed in: the file's new content, nothing else.</summary>
    private async Task SaveFromOfficeAsync(string who, string text)
    {
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var office = _site.As(who);
        (await office.PutAsync($"drives/{_drive}/root:/understanding-anxiety-2026-m1.md:/content", new StringContent(text), _timeout.Token)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task SoleAuthor_AColleagueSavesTheMaterialFromOffice_ClearsAndTheAuthorsNextRunRaisesItAgain()
    {
        var runner = _site.Worker();
        await PassAsync(runner);
        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Open", "Martin wrote every version so far, and no one else gave feedback");

        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        await PassAsync(runner);
        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Resolved", "Aisha's save is a version by someone else: the run by one author is broken");

        await SaveFromOfficeAsync(Martin, "# Session 1, Martin again");
        await PassAsync(runner);
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin once more");
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin a third time, at length");
        await PassAsync(runner);
        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Open", "three saves in a row by Martin, one seen in a pass of its own, two in the next");
    }

    [Fact]
    public async Task SoleAuthor_AColleagueSavedBeforeTheWorkersFirstPass_HerSaveCounts()
    {
        // Aisha's account is her sign-in name, which no file version carries: the site's users say it is her.
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");

        await PassAsync(_site.Worker());

        (await FlagAsync("Sole author without feedback", "m1")).ShouldNotBe("Open", "Aisha's version breaks Martin's run");
    }

    [Fact]
    public async Task SoleAuthor_AColleaguePickedInThePeoplePickerSavesFromOffice_HerSaveCounts()
    {
        // Aisha has visited the site (she changed her role), so the people picker offers her: the coordinator picks her in the
        // team list's Trust account and clears the account typed.
        var runner = _site.Worker();
        using (var her = _site.As(Aisha))
        {
            (await her.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync("p2")}/fields", new JsonObject { ["Role"] = "peer trainer" })).EnsureSuccessStatusCode();
        }

        using var coordinator = _site.As(Coordinator);
        var aisha = (await coordinator.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/users/items?$expand=fields"))!["value"]!.AsArray()
            .Single(u => u!["fields"]!["EMail"]?.GetValue<string>() == "aisha.khan@nhs.example")!["id"]!.GetValue<string>();
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync("p2")}/fields", new JsonObject { [TeamList.TrustAccount.FieldName] = aisha, ["Account"] = null })).EnsureSuccessStatusCode();
        await PassAsync(runner);
        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Open");

        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        await PassAsync(runner);

        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Resolved", "her save is hers by the person picked, with no account typed");
    }

    [Fact]
    public async Task SoleAuthor_TheSaversEntryOfTheSiteUsersAnswers404Once_TheSaveCountsAllTheSame()
    {
        var runner = _site.Worker();
        await PassAsync(runner);
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        var document = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token)).Single(d => d.Fields.GetValueOrDefault("FileLeafRef") as string == "understanding-anxiety-2026-m1.md");
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = $"{_lists[SiteSchema.UserInformation]}/items/{document.Fields[SharePointFields.EditorLookupId]}", Status = 404 });

        await PassAsync(runner);
        await PassAsync(runner);

        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Resolved", "her save, read from the file's versions, is hers once her entry reads");
    }

    [Fact]
    public async Task SoleAuthor_FeedbackAddedThroughTheLogsForm_ClearsTheFlag()
    {
        var runner = _site.Worker();
        await PassAsync(runner);
        _clock.Advance(TimeSpan.FromHours(1));
        using var aisha = _site.As(Aisha);

        (await aisha.PostAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Log]}/items", new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["Title"] = "Feedback on session 1",
                ["ActivityId"] = "f1",
                [CourseColumn.Any.FieldName] = await CourseItemAsync(),
                ["Kind"] = "Feedback",
                ["At"] = "2026-03-28T10:00:00Z",
                [LogList.By.FieldName] = await TeamItemAsync("p2"),
                ["On"] = "m1",
            },
        }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAsync(runner);

        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Resolved");
    }

    [Fact]
    public async Task StageGuard_APersonMovesTheStageInTheForm_RaisesTheFlagAndMovingItBackClearsIt()
    {
        var runner = _site.Worker();
        await PassAsync(runner);
        using var coordinator = _site.As(Coordinator);
        var course = await CourseItemAsync();

        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Quality review" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAsync(runner);
        (await FlagAsync(Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel, "understanding-anxiety-2026")).ShouldBe("Open", "the site says a person made the move");

        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Developing" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAsync(runner);
        (await FlagAsync(Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel, "understanding-anxiety-2026")).ShouldBe("Resolved", "moved back as the lifecycle permits");
    }

    [Fact]
    public async Task StageGuard_APassFailsAfterReadingTheMove_TheNextPassStillJudgesIt()
    {
        var runner = _site.Worker();
        await PassAsync(runner);
        using var coordinator = _site.As(Coordinator);
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{await CourseItemAsync()}/fields", new JsonObject { ["Stage"] = "Quality review" }, _timeout.Token)).EnsureSuccessStatusCode();
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");

        // Who Aisha is cannot be read this once: the pass fails after the move and the save were read into the copy.
        var document = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token)).Single(d => d.Fields.GetValueOrDefault("FileLeafRef") as string == "understanding-anxiety-2026-m1.md");
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = $"{_lists[SiteSchema.UserInformation]}/items/{document.Fields[SharePointFields.EditorLookupId]}", Status = 500 });
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldBeNull();
        await PassAsync(runner);

        (await FlagAsync(Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel, "understanding-anxiety-2026")).ShouldBe("Open", "the move, given again by delta, is judged");
        (await FlagAsync("Sole author without feedback", "m1")).ShouldBe("Resolved", "Aisha's save, given again by delta, is recorded");
    }

    [Fact]
    public async Task StageGuard_ACourseNeverAssessedIsMovedAndThePassFailsAfterReadingTheMove_TheNextPassStillJudgesIt()
    {
        var runner = _site.Worker();
        var course = await CourseItemAsync();
        var courseWrites = new ScriptedFault { Method = "PATCH", PathContains = $"{_lists[SiteSchema.Courses]}/items/{course}", Status = 500 };

        // The first pass reads the course into the copy, but cannot write for it: nothing is written for it yet.
        _site.Emulator.Faults.Add(courseWrites);
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldBeNull();
        using var coordinator = _site.As(Coordinator);
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Quality review" }, _timeout.Token)).EnsureSuccessStatusCode();

        // The next reads the move into the copy, and fails as well.
        _site.Emulator.Faults.Add(courseWrites);
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldBeNull();
        await PassAsync(runner);

        (await FlagAsync(Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel, "understanding-anxiety-2026")).ShouldBe("Open", "the move, read again, is judged from the stage before it");
    }

    [Fact]
    public async Task StageGuard_TheWorkerPutsTheStageBack_DoesNotJudgeItsOwnMove()
    {
        var runner = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:RevertForbiddenStageChanges"] = "true" });
        await PassAsync(runner);
        using var coordinator = _site.As(Coordinator);
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{await CourseItemAsync()}/fields", new JsonObject { ["Stage"] = "Live" }, _timeout.Token)).EnsureSuccessStatusCode();

        await PassAsync(runner);
        await PassAsync(runner); // the worker's own write of the stage comes back through delta
        await PassAsync(runner);

        var course = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single();
        course.Fields["Stage"].ShouldBe("Developing");
        (await FlagAsync(Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel, "understanding-anxiety-2026")).ShouldBe("Open", "one flag, saying it was put back, not a second judgement of the worker's own move");
        _site.Log.Lines.Count(l => l.Contains("which the lifecycle does not permit now", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task StageGuard_APersonRepeatsAMoveTheWorkerPutBack_IsJudgedAndPutBackAgain()
    {
        var runner = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:RevertForbiddenStageChanges"] = "true" });
        await PassAsync(runner);
        using var coordinator = _site.As(Coordinator);
        var course = await CourseItemAsync();
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Live" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAsync(runner);

        // Before the worker's next pass reads its own write back, the coordinator moves it to Live again.
        (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}/fields", new JsonObject { ["Stage"] = "Live" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAsync(runner);
        await PassAsync(runner);

        _site.Log.Lines.Count(l => l.Contains("which the lifecycle does not permit now", StringComparison.Ordinal)).ShouldBe(2, "the second move is judged as the first was");
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single().Fields["Stage"].ShouldBe("Developing", "and put back");
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class StaffEditsOnAGenerousTenantTests() : StaffEditsTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows: no e-mail on versions, no file through its list item, links of a token only, repeats.</summary>
public sealed class StaffEditsOnASparseTenantTests() : StaffEditsTests(TenantVariant.Sparse);
