using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Snapshots;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Time.Testing;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.State;

/// <summary>
/// One reading of a site: the worker's snapshot of each course, read from its copy of the site
/// (<see cref="ReplicaContent"/>: delta into SQLite, the versions it recorded), is byte for byte the
/// snapshot <c>export</c> reads from the site itself, with the same items left out; for every sample,
/// and after staff's own edits, each request carrying only what a SharePoint form or Office sends.
/// </summary>
public abstract class ReplicaContentTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Martin = "martin@trust.example";

    /// <summary>Aisha signs in as aisha@trust.example, her e-mail another: her account is recorded as her sign-in name.</summary>
    private const string Aisha = "aisha@trust.example|aisha.khan@nhs.example";
    private const string Coordinator = "coordinator@trust.example";
    private const string Material = "understanding-anxiety-2026-m1.md";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private WorkerRunner _runner = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;

    private static string[] SampleFiles => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Samples => [.. SampleFiles];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task StartAsync(params string[] samples)
    {
        _site = await FaultedSite.StartAsync(variant, _clock, _timeout.Token, samples);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        _runner = _site.Worker();
    }

    /// <summary>
    /// The drifting course, with two members' accounts recorded as a coordinator would: Martin's as his
    /// Entra object id (or his e-mail), Aisha's as her sign-in name.
    /// </summary>
    private async Task StartWithAccountsAsync(bool martinByEmail = false)
    {
        await StartAsync();
        using var martin = _site.As(Martin);
        var martinsRow = await TeamItemAsync("p1");
        (await martin.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{martinsRow}/fields", new JsonObject { ["Role"] = "manager" }, _timeout.Token)).EnsureSuccessStatusCode();
        var objectId = (await martin.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{martinsRow}", _timeout.Token))!["lastModifiedBy"]!["user"]!["id"]!.GetValue<string>();
        using var coordinator = _site.As(Coordinator);
        foreach (var (person, account) in new[] { ("p1", martinByEmail ? Martin : objectId), ("p2", "aisha@trust.example") })
        {
            (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync(person)}/fields", new JsonObject { ["Account"] = account }, _timeout.Token)).EnsureSuccessStatusCode();
        }
    }

    private async Task<string> TeamItemAsync(string person) =>
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Team], _timeout.Token)).Single(i => i.Fields.GetValueOrDefault("PersonId") as string == person).Id;

    private async Task<string> DocumentAsync(string file) =>
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token)).Single(d => d.Fields.GetValueOrDefault(SharePointFields.FileName) as string == file).Id;

    /// <summary>Word saving a document as the person signed in: the file's new content, nothing else.</summary>
    private async Task SaveFromOfficeAsync(string who, string text, string file = Material)
    {
        using var office = _site.As(who);
        var drive = await _site.Graph.FindLibraryDriveAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token);
        (await office.PutAsync($"drives/{drive}/root:/{file}:/content", new StringContent(text), _timeout.Token)).EnsureSuccessStatusCode();
    }

    /// <summary>A pass of the worker, then each course as the worker reads it from its copy and as export reads it from the site.</summary>
    private async Task PassAndCompareAsync()
    {
        (await _runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull(string.Join('\n', _site.Log.Lines.TakeLast(5)));
        using var state = WorkerState.Open(_site.StatePath);
        var courses = state.Items(_siteId, SiteSchema.Courses).Select(c => c.Fields.Find(Coproduction.Graph.Schema.Lists.CoursesList.CourseId)).OfType<string>().ToList();
        courses.ShouldNotBeEmpty();
        foreach (var course in courses)
        {
            // As 'coproduction export' reads it: a process of its own, knowing nothing of the site beforehand.
            using var graph = new CoproductionGraphClient(new CoproductionGraphOptions { GraphUrl = _site.Emulator.GraphUrl });
            var export = await graph.ExportAsync(FaultedSite.Site, course, _timeout.Token);
            // As the worker's pass reads it: the site's topics once, then the course.
            var copy = new ReplicaContent(state, _siteId);
            var worker = await CourseReader.ReadAsync(copy, course, await SiteTopics.ReadAsync(copy, _timeout.Token), _timeout.Token);

            SnapshotSerializer.Serialize(worker.Snapshot).ShouldBe(SnapshotSerializer.Serialize(export.Snapshot), $"the worker's reading of {course} is export's");
            worker.Problems.Select(p => p.ToString()).ShouldBe(export.Problems.Select(p => p.ToString()), $"the same items of {course} are left out");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Pass_SampleImported_ReadsEachCourseAsExportDoes(string sample)
    {
        await StartAsync(sample);

        await PassAndCompareAsync();
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_EverySampleOnOneSite_ReadsEachCourseAsExportDoes()
    {
        await StartAsync(SampleFiles);

        await PassAndCompareAsync();
    }

    /// <summary>Saves from Office by one or more people within one second, 200 ms apart, a pass after each where asked.</summary>
    private async Task SaveWithinASecondAsync(bool passAfterEach, params (string Who, string Text)[] saves)
    {
        foreach (var (who, text) in saves)
        {
            await SaveFromOfficeAsync(who, text);
            _clock.Advance(TimeSpan.FromMilliseconds(200));
            if (passAfterEach)
            {
                await PassAndCompareAsync();
            }
        }
    }

    [Theory]
    [InlineData("his Entra object id")]
    [InlineData("his e-mail")]
    public async Task Pass_AMemberSavesADocumentThreeTimesWithinASecond_ReadsItAsExportDoes(string account)
    {
        await StartWithAccountsAsync(martinByEmail: account == "his e-mail");
        await PassAndCompareAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));

        await SaveWithinASecondAsync(false, (Martin, "# Session 1, Martin"), (Martin, "# Session 1, Martin again"), (Martin, "# Session 1, Martin a third time"));

        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_AMemberSavesWithinASecondAcrossPasses_ReadsItAsExportDoes()
    {
        await StartWithAccountsAsync();
        await PassAndCompareAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));

        // The last two of the same size: the third is no change of the file.
        await SaveWithinASecondAsync(true, (Martin, "# Session 1, Martin"), (Martin, "# Session 1, Martin again"), (Martin, "# Session 1, Martin agai!"));
    }

    [Fact]
    public async Task Pass_SavesWithinASecondBeforeTheFirstPassOfTheSameSizeAndByTwoMembers_ReadsThemAsExportDoes()
    {
        await StartWithAccountsAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));
        await SaveWithinASecondAsync(false, (Aisha, "# Session 1, Aisha"), (Martin, "# Session 1, Martn"), (Martin, "# Session 1, Marti"), (Martin, "# Session 1, Marty"));
        await PassAndCompareAsync();

        await SaveWithinASecondAsync(false, (Martin, "# Session 1, Martin, longer"), (Aisha, "# Session 1, Aisha, longer"));
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_TheSaversEntryAnswers404Once_ReadsTheSaveAsExportDoes()
    {
        await StartWithAccountsAsync();
        await PassAndCompareAsync();
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        var editor = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Materials], _timeout.Token)).Single(d => d.Fields.GetValueOrDefault(SharePointFields.FileName) as string == Material).Fields[SharePointFields.EditorLookupId];
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = $"{_lists[SiteSchema.UserInformation]}/items/{editor}", Status = 404 });

        await PassAndCompareAsync();
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_TwoMembersSave_ReadsItAsExportDoes()
    {
        await StartWithAccountsAsync();
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        await PassAndCompareAsync();

        _clock.Advance(TimeSpan.FromMinutes(20));
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin again");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await SaveFromOfficeAsync(Aisha, "# Session 1, Aisha again, at length");
        await PassAndCompareAsync();

        _clock.Advance(TimeSpan.FromMinutes(5));
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin once more");
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_AMemberChangesOnlyADocumentsColumns_ReadsItAsExportDoes()
    {
        await StartWithAccountsAsync();
        await PassAndCompareAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var aisha = _site.As(Aisha);

        (await aisha.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{await DocumentAsync(Material)}/fields", new JsonObject { ["Title"] = "Session 1: what anxiety is" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAndCompareAsync();

        // A save and a change of columns by another member, within one second.
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin");
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        (await aisha.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{await DocumentAsync(Material)}/fields", new JsonObject { ["Title"] = "Session 1" }, _timeout.Token)).EnsureSuccessStatusCode();
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_AMembersAccountIsNotText_ReadsTheCourseAsExportDoesLeavingTheAccountOut()
    {
        // A column whose type was changed by hand: the account a number. The member stays; their account is left out, saying so.
        await StartWithAccountsAsync();
        var aishasRow = await TeamItemAsync("p2");
        _site.Emulator.SetFieldUnchecked(_siteId, _lists[SiteSchema.Team], aishasRow, Coproduction.Graph.Schema.Lists.TeamList.Account.Name, 12345);
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");

        await PassAndCompareAsync();

        _site.Log.Lines.ShouldContain(l => l.Contains($"list Coproduction team, item {aishasRow}, column Account", StringComparison.Ordinal));
    }

    /// <summary>The person's entry of the site's users, as the people picker finds it by their e-mail.</summary>
    private async Task<string> SiteUserAsync(string email)
    {
        using var coordinator = _site.As(Coordinator);
        return (await coordinator.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/users/items?$expand=fields", _timeout.Token))!["value"]!.AsArray()
            .Single(u => u!["fields"]!["EMail"]?.GetValue<string>() == email)!["id"]!.GetValue<string>();
    }

    /// <summary>A coordinator filling in members' rows in the team list's form, only the fields given: a person picked in Trust account, an account typed or cleared.</summary>
    private async Task SetTeamAsync(params (string Person, string Field, string? Value)[] rows)
    {
        using var coordinator = _site.As(Coordinator);
        foreach (var (person, field, value) in rows)
        {
            (await coordinator.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Team]}/items/{await TeamItemAsync(person)}/fields", new JsonObject { [field] = value }, _timeout.Token)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Pass_AMemberPickedAsTheirTrustAccountSaves_ReadsItAsExportDoes()
    {
        // Aisha has saved before (so the site's users have her); the coordinator picks her and clears the account typed.
        await StartWithAccountsAsync();
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        await SetTeamAsync(("p2", TeamList.TrustAccount.FieldName, await SiteUserAsync("aisha.khan@nhs.example")), ("p2", "Account", null));
        await PassAndCompareAsync();

        _clock.Advance(TimeSpan.FromMinutes(20));
        await SaveFromOfficeAsync(Aisha, "# Session 1, Aisha again, at length");
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin");
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_TrustAccountsDisagreeingNamingAnApplicationAndShared_ReadsThemAsExportDoes()
    {
        // p1's account is typed as his object id and he is picked too (no problem); p2 is picked as Aisha with Martin typed
        // (a problem of the account); p3 is picked as the application that imported the course; p4 as Martin, like p1.
        await StartWithAccountsAsync();
        await SaveFromOfficeAsync(Aisha, "# Session 1, with Aisha's changes");
        var application = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single().Fields[SharePointFields.EditorLookupId] as string;
        var martin = await SiteUserAsync(Martin);
        await SetTeamAsync(
            ("p1", TeamList.TrustAccount.FieldName, martin),
            ("p2", TeamList.TrustAccount.FieldName, await SiteUserAsync("aisha.khan@nhs.example")), ("p2", "Account", Martin),
            ("p3", TeamList.TrustAccount.FieldName, application));
        await PassAndCompareAsync();

        _clock.Advance(TimeSpan.FromMinutes(20));
        await SetTeamAsync(("p4", TeamList.TrustAccount.FieldName, martin));
        await SaveFromOfficeAsync(Martin, "# Session 1, Martin");
        await PassAndCompareAsync();
    }

    [Fact]
    public async Task Pass_AMemberDeletesADocument_ReadsItAsExportDoes()
    {
        await StartWithAccountsAsync();
        await SaveFromOfficeAsync(Martin, "# Session 2, Martin", "understanding-anxiety-2026-m2.md");
        await PassAndCompareAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));
        using var martin = _site.As(Martin);

        (await martin.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{await DocumentAsync("understanding-anxiety-2026-m2.md")}", _timeout.Token)).EnsureSuccessStatusCode();
        await PassAndCompareAsync();
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class ReplicaContentOnAGenerousTenantTests() : ReplicaContentTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class ReplicaContentOnASparseTenantTests() : ReplicaContentTests(TenantVariant.Sparse);
