using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Assessment;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.Time.Testing;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A course team working only through SharePoint's own forms and Office, each with their own sign-in,
/// sending only the fields a form sends: no id typed but the course's own. What they do counts as the
/// rules say, and an entry made by mistake shows in the site until it is fixed.
/// </summary>
public abstract class StaffJourneyTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Coordinator = "coordinator@example.org";
    private const string Aisha = "aisha@example.org";
    private const string Martin = "martin@example.org";

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(variant, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), _timeout.Token, string.Empty);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Journey_ACourseMadeThroughFormsAndOffice_CountsAsTheRulesSayAndAMistakeShowsUntilFixed()
    {
        // 1. The coordinator creates the course, typing no id. 2. and adds the team.
        var course = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping well", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        var aisha = await MemberAsync(course, "Aisha", "LivedTopics", Aisha);
        var martin = await MemberAsync(course, "Martin", "LearnedTopics", Martin);
        var carer = await MemberAsync(course, "Sam", "CarerTopics", null);

        // 3. A meeting and a focus group are logged.
        await LogAsync(course, new JsonObject { ["Kind"] = "Meeting", ["Mode"] = "In person", [LogList.By.FieldName] = martin }, Participants(aisha, martin, carer));
        await LogAsync(course, new JsonObject { ["Kind"] = "Focus group", ["Method"] = "In person", ["Phase"] = "Beginning", [LogList.By.FieldName] = aisha }, Participants(aisha, martin));

        // 4. Aisha writes a document in Office and saves it three times; she sets its course in the library.
        var document = await SaveAsync(Aisha, "Session one.docx", "draft");
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = course });
        await SaveAsync(Aisha, "Session one.docx", "draft, longer");
        await SaveAsync(Aisha, "Session one.docx", "draft, longer still");

        // 5. Martin gives feedback on it, choosing it by name. 6. and the team records its agreement.
        await LogAsync(course, new JsonObject { ["Kind"] = "Feedback", ["Aspect"] = "Content", [LogList.By.FieldName] = martin, [LogList.OnMaterial.FieldName] = document });
        await LogAsync(course, new JsonObject { ["Kind"] = "Agreement", [LogList.By.FieldName] = martin, [LogList.OnMaterial.FieldName] = document });
        await LogAsync(course, new JsonObject { ["Kind"] = "Agreement", [LogList.By.FieldName] = aisha, [LogList.OnMaterial.FieldName] = document });

        // A mistake: feedback logged without saying what it is on.
        var mistake = await LogAsync(course, new JsonObject { ["Kind"] = "Feedback", ["Aspect"] = "Structure", [LogList.By.FieldName] = aisha });

        var runner = _site.Worker();
        await PassAsync(runner);

        var exported = await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{course}", _timeout.Token);
        exported.Snapshot.Course.Id.ShouldBe($"course-{course}", "a course with no id typed has one made from its item");
        var assessment = new CourseAssessor().Assess(exported.Snapshot, _site.Clock.GetUtcNow());
        var item = await CourseAsync(course);
        exported.Snapshot.Materials.ShouldHaveSingleItem().Versions.Count.ShouldBe(3, "each save by Aisha is work on the material; none needed an id");
        exported.Snapshot.Activities.Count(a => a.On == exported.Snapshot.Materials[0].Id).ShouldBe(1, "the feedback chosen by the document's name is on it");
        assessment.Flags.ShouldNotContain(f => f.Kind == Flags.FlagKind.SoleAuthorWithoutFeedback, "Martin's feedback counts");
        Text(item, CoursesList.Score).ShouldBe($"{assessment.Score}");
        Text(item, CoursesList.OpenFlags).ShouldBe($"{assessment.Flags.Count}");
        Text(item, CoursesList.NeedsAttention).ShouldBe("1", "the mistaken entry");
        Commands.StatusCommand.Table(await Commands.StatusCommand.ReadAsync(_site.Graph, FaultedSite.Site, _timeout.Token))
            .ShouldContain("entries to fix: 1 (Coproduction entries to fix)", Case.Sensitive, "status says so to the operator too");
        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        Text(line, ProblemsList.InList).ShouldBe("Coproduction log");
        Text(line, ProblemsList.Entry).ShouldBe(mistake);
        Text(line, ProblemsList.InColumn).ShouldBe("On material");
        Text(line, ProblemsList.Status).ShouldBe("Open");
        Text(line, CourseColumn.Any).ShouldBe(course, "a course's line is of its course");
        line.ToJsonString().ShouldNotContain("Sleeping well");
        line.ToJsonString().ShouldNotContain("Aisha");
        line.ToJsonString().ShouldNotContain("Session one");
        Text(line, ProblemsList.Link).ShouldNotBeNull().ShouldEndWith($"&ID={mistake}");
        Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldContain("resolves by itself");

        // The mistake fixed in the form: the line resolves and the course has nothing to fix.
        await FormAsync(Aisha, SiteSchema.Log, mistake, new JsonObject { [LogList.OnMaterial.FieldName] = document });
        await PassAsync(runner);

        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("0");
        Text((await ProblemsAsync()).ShouldHaveSingleItem(), "Status").ShouldBe("Resolved");

        // 7. The stage moved further than the lifecycle permits: the guard flags it.
        await FormAsync(Coordinator, SiteSchema.Courses, course, new JsonObject { ["Stage"] = "Live" });
        await PassAsync(runner);

        var flags = await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.FlagList], _timeout.Token);
        flags.ShouldContain(f => f.Fields.Find(FlagsList.Kind) == FlagsList.StageChangeLabel && f.Fields.Find(FlagsList.Status) == FlagStatus.Open);
    }

    [Fact]
    public async Task Pass_DocumentSavedWithNoCourse_ShowsAsAnEntryToFixUntilItsCourseIsSet()
    {
        var course = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping well", ["CourseId"] = "sleep-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        await MemberAsync(course, "Aisha", "LivedTopics", Aisha);
        var document = await SaveAsync(Aisha, "Handout.docx", "a handout");
        var runner = _site.Worker();

        await PassAsync(runner);
        var open = (await ProblemsAsync()).ShouldHaveSingleItem();
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = course });
        await PassAsync(runner);

        Text(open, ProblemsList.InList).ShouldBe("Course materials");
        Text(open, ProblemsList.InColumn).ShouldBe("Course");
        Text(open, CourseColumn.Any).ShouldBeNull("an entry of no course belongs to none");
        Text((await ProblemsAsync()).ShouldHaveSingleItem(), "Status").ShouldBe("Resolved");
        _site.Log.Lines.ShouldAllBe(l => !l.Contains("Handout", StringComparison.Ordinal), "a document's name is never logged");
    }

    [Fact]
    public async Task Pass_FeedbackOnADocumentSinceDeleted_ShowsAsAnEntryToFixNotAFailedPass()
    {
        var course = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping well", ["CourseId"] = "sleep-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        await MemberAsync(course, "Aisha", "LivedTopics", Aisha);
        var martin = await MemberAsync(course, "Martin", "LearnedTopics", Martin);
        var document = await SaveAsync(Aisha, "Handout.docx", "a handout");
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = course });
        var feedback = await LogAsync(course, new JsonObject { ["Kind"] = "Feedback", ["Aspect"] = "Content", [LogList.By.FieldName] = martin, [LogList.OnMaterial.FieldName] = document });
        var runner = _site.Worker();
        await PassAsync(runner);

        using (var http = _site.As(Aisha))
        {
            (await http.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{document}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        await PassAsync(runner);

        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        Text(line, ProblemsList.Entry).ShouldBe(feedback);
        Text(line, ProblemsList.InColumn).ShouldBe("On material");
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1");
    }

    [Fact]
    public async Task Pass_AfterARestartAndADeletedLine_KeepsOneLineAnEntryAndMakesADeletedOneAgainWithoutFailingTheCourse()
    {
        var (course, mistake, _) = await CourseWithAMistakeAsync();
        await PassAsync(_site.Worker());
        (await ProblemsAsync()).ShouldHaveSingleItem();
        await PassAsync(_site.Worker()); // a new host, on the same state file: the list is learned, not written again
        (await ProblemsAsync()).ShouldHaveSingleItem();

        // The entry is wrong another way, by a worker that does not know the line was deleted: its update is answered
        // 404, and the line is made again next pass; the course is not failed.
        var runner = _site.Worker();
        await PassAsync(runner);
        using (var http = _site.As(Coordinator))
        {
            (await http.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Problems]}/items/{(await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Problems], _timeout.Token)).Single().Id}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        var elsewhere = await SaveAsync(Aisha, "Elsewhere.docx", "of no course");
        await FormAsync(Aisha, SiteSchema.Log, mistake, new JsonObject { [LogList.OnMaterial.FieldName] = elsewhere });
        await PassAsync(runner);
        await PassAsync(runner);

        _site.Log.Lines.ShouldNotContain(l => l.Contains("failed", StringComparison.OrdinalIgnoreCase) && l.Contains($"Course item {course}", StringComparison.Ordinal));
        var again = (await ProblemsAsync()).Where(l => Text(l, CourseColumn.Any) == course).ShouldHaveSingleItem("the site's line for the document of no course aside");
        Text(again, ProblemsList.Status).ShouldBe("Open");
        Text(again, ProblemsList.Message).ShouldNotBeNull().ShouldContain("not one of this course's materials");
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1");
    }

    [Fact]
    public async Task Pass_ALineMadeTwice_KeepsOneAndResolvesTheOther()
    {
        var (course, _, _) = await CourseWithAMistakeAsync();
        await PassAsync(_site.Worker());
        // A create answered without its id (a dropped connection) and made again: the site holds the line twice.
        var line = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Problems], _timeout.Token)).Single();
        var copy = JsonNode.Parse(line.Fields.ToJson())!.AsObject();
        var fields = new JsonObject();
        foreach (var name in new[] { "Title", "InList", "Entry", "InColumn", "Link", "Message", "Status" })
        {
            fields[name] = copy[name]?.DeepClone();
        }

        fields[CourseColumn.Any.FieldName] = course;
        await CreateAsync(Coordinator, SiteSchema.Problems, fields);

        await PassAsync(_site.Worker()); // a new host learns the list

        var lines = await ProblemsAsync();
        lines.Count.ShouldBe(2);
        lines.Count(l => Text(l, ProblemsList.Status) == "Open").ShouldBe(1);
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1");
    }

    [Fact]
    public async Task Pass_ASaveBySomeoneNotInTheTeam_IsALineTheCourseDoesNotCount()
    {
        var (course, _, _) = await CourseWithAMistakeAsync();
        var document = await SaveAsync(Aisha, "Plan.docx", "a plan");
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = course });
        await SaveAsync(Coordinator, "Plan.docx", "a plan, its typo mended");

        await PassAsync(_site.Worker());

        var saves = (await ProblemsAsync()).Where(l => Text(l, ProblemsList.InColumn) == "Versions").ShouldHaveSingleItem();
        Text(saves, ProblemsList.Entry).ShouldBe(document);
        Text(saves, ProblemsList.Message).ShouldNotBeNull().ShouldContain("Trust account");
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1", "the mistaken feedback only: the save is said, not counted");
    }

    [Fact]
    public async Task Pass_AChoiceNotOfferedWrittenThroughGraph_IsRefusedOrAnEntryToFix()
    {
        var (course, mistake, _) = await CourseWithAMistakeAsync();
        await FormAsync(Aisha, SiteSchema.Log, mistake, new JsonObject { [LogList.OnMaterial.FieldName] = null });

        // Not SharePoint's form, which offers only the choices: a flow, or a script, writing through Graph.
        using var flow = _site.As(Coordinator);
        var written = await flow.PatchAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Log]}/items/{mistake}/fields", new JsonObject { [LogList.Kind.Name] = "Coffee morning" }, _timeout.Token);
        await PassAsync(_site.Worker());

        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        if (variant.ChoicesTakeOnlyOffered)
        {
            ((int)written.StatusCode).ShouldBe(400, "this tenant refuses it: the entry stays feedback on nothing");
            Text(line, ProblemsList.InColumn).ShouldBe("On material");
        }
        else
        {
            written.EnsureSuccessStatusCode();
            Text(line, ProblemsList.InColumn).ShouldBe("Kind");
            Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldNotContain("Coffee morning", customMessage: "a line never quotes the entry");
        }

        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1");
    }

    [Fact]
    public async Task Pass_CourseDeleted_ItsLinesResolve()
    {
        var (course, _, _) = await CourseWithAMistakeAsync();
        var runner = _site.Worker();
        await PassAsync(runner);
        Text((await ProblemsAsync()).ShouldHaveSingleItem(), "Status").ShouldBe("Open");

        using (var http = _site.As(Coordinator))
        {
            (await http.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Courses]}/items/{course}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        await PassAsync(runner);

        // The course's line resolves; its entries, now of no course, are lines of the site.
        var lines = await ProblemsAsync();
        lines.Where(l => Text(l, CourseColumn.Any) == course).ShouldAllBe(l => Text(l, ProblemsList.Status) == "Resolved");
        lines.ShouldContain(l => Text(l, CourseColumn.Any) == null && Text(l, ProblemsList.InColumn) == "Course" && Text(l, ProblemsList.Status) == "Open");
    }

    [Fact]
    public async Task Pass_ASecondCourseGivenTheSameId_ShowsWhyAndKeepsTheFirstsOtherLinesUntilItIsRead()
    {
        var (course, _, _) = await CourseWithAMistakeAsync();
        var runner = _site.Worker();
        await PassAsync(runner);
        var twin = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping better", ["CourseId"] = "sleep-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });

        await PassAsync(runner);
        var shared = await ProblemsAsync();
        await FormAsync(Coordinator, SiteSchema.Courses, twin, new JsonObject { ["CourseId"] = null });
        await PassAsync(runner);
        var apart = await ProblemsAsync();

        string?[] Open(List<JsonObject> lines, string item) => [.. lines.Where(l => Text(l, ProblemsList.Status) == "Open" && Text(l, CourseColumn.Any) == item).Select(l => Text(l, ProblemsList.InColumn))];
        Open(shared, course).ShouldBe(["On material", "Course id"], ignoreOrder: true, "the entry not read is not known to be fixed; the course says why it is not read");
        Open(shared, twin).ShouldBe(["Course id"]);
        Open(apart, course).ShouldBe(["On material"]);
        Open(apart, twin).ShouldBeEmpty("its id, cleared, is made from its item");
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("1");
    }

    [Fact]
    public async Task Pass_AnIdTypedThatIsAnotherCoursesMadeId_IsTheTypedCoursesProblemAndTheOtherIsAssessed()
    {
        var made = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject { ["Title"] = "Sleeping well", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing" });
        await MemberAsync(made, "Aisha", "LivedTopics", Aisha);
        var typed = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping better", ["CourseId"] = $"course-{made}", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });

        await PassAsync(_site.Worker());

        Text(await CourseAsync(made), CoursesList.Score).ShouldNotBeNull("the course whose id was made is assessed");
        Text(await CourseAsync(typed), CoursesList.Score).ShouldBeNull();
        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        Text(line, CourseColumn.Any).ShouldBe(typed);
        Text(line, ProblemsList.InColumn).ShouldBe("Course id");
        (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{made}", _timeout.Token)).Snapshot.Course.Title.ShouldBe("Sleeping well");
    }

    [Fact]
    public async Task Pass_EntryMovedToAnotherCourse_LeavesNoLineOfTheFirst()
    {
        var (course, mistake, _) = await CourseWithAMistakeAsync();
        var other = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Living well", ["CourseId"] = "living-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        var runner = _site.Worker();
        await PassAsync(runner);
        await FormAsync(Aisha, SiteSchema.Log, mistake, new JsonObject { [CourseColumn.Any.FieldName] = other });

        await PassAsync(runner);

        var open = (await ProblemsAsync()).Where(l => Text(l, ProblemsList.Status) == "Open").ToList();
        open.ShouldAllBe(l => Text(l, CourseColumn.Any) == other, "the entry is now the other course's");
        Text(await CourseAsync(course), CoursesList.NeedsAttention).ShouldBe("0");
    }

    [Fact]
    public async Task Pass_TopicThatCannotBeReadWithTwoCourses_IsOneLineOfTheSite()
    {
        await CourseWithAMistakeAsync();
        await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Living well", ["CourseId"] = "living-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        var topic = await CreateAsync(Coordinator, SiteSchema.Topics, new JsonObject { ["Title"] = "insomnia", ["Broader"] = "sleep" });
        _site.Emulator.SetFieldUnchecked(_siteId, _lists[SiteSchema.Topics], topic, "Broader", 42);

        await PassAsync(_site.Worker());

        var line = (await ProblemsAsync()).Where(l => Text(l, ProblemsList.InList) == "Coproduction topics").ShouldHaveSingleItem();
        Text(line, CourseColumn.Any).ShouldBeNull();
        Text(line, ProblemsList.Entry).ShouldBe(topic);
    }

    [Fact]
    public async Task Pass_FolderInTheMaterialsLibrary_IsNoEntryToFix()
    {
        await CourseWithAMistakeAsync();
        using (var http = _site.As(Aisha))
        {
            var drive = (string)(await http.GetFromJsonAsync<JsonObject>($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/drive", _timeout.Token))!["id"]!;
            (await http.PostAsJsonAsync($"drives/{drive}/root/children", new JsonObject { ["name"] = "Drafts", ["folder"] = new JsonObject() }, _timeout.Token)).EnsureSuccessStatusCode();
        }

        await PassAsync(_site.Worker());

        (await ProblemsAsync()).ShouldHaveSingleItem("the mistaken feedback only");
    }

    [Fact]
    public async Task Pass_MaterialsLibraryUnreadable_SaysSoInTheSiteUntilItReads()
    {
        await CourseWithAMistakeAsync();
        var runner = _site.Worker();
        await PassAsync(runner);
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = $"/lists/{_lists[SiteSchema.Materials]}/items/delta", Status = 403, Code = "accessDenied", Times = 100 });
        await FormAsync(Aisha, SiteSchema.Materials, await SaveAsync(Aisha, "Later.docx", "later"), new JsonObject());

        await PassAsync(runner);
        var refused = await ProblemsAsync();
        _site.Emulator.Faults.ClearScripted();
        await PassAsync(runner);
        var read = await ProblemsAsync();

        var line = refused.Where(l => Text(l, ProblemsList.InList) == "Course materials" && Text(l, ProblemsList.Entry) == "0").ShouldHaveSingleItem();
        Text(line, ProblemsList.Status).ShouldBe("Open");
        Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldContain("403");
        refused.ShouldContain(l => Text(l, ProblemsList.InColumn) == "On material" && Text(l, ProblemsList.Status) == "Open", "the course's lines stay as they were");
        Text(read.Where(l => Text(l, ProblemsList.Entry) == "0").ShouldHaveSingleItem(), "Status").ShouldBe("Resolved");
    }

    /// <summary>A course with two members and one mistaken entry (feedback on nothing): the course's item, the entry's, Aisha's.</summary>
    private async Task<(string Course, string Mistake, string Aisha)> CourseWithAMistakeAsync()
    {
        var course = await CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping well", ["CourseId"] = "sleep-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        var aisha = await MemberAsync(course, "Aisha", "LivedTopics", Aisha);
        await MemberAsync(course, "Martin", "LearnedTopics", Martin);
        var mistake = await LogAsync(course, new JsonObject { ["Kind"] = "Feedback", ["Aspect"] = "Structure", [LogList.By.FieldName] = aisha });
        return (course, mistake, aisha);
    }

    private static JsonArray Participants(params string[] items) => [.. items.Select(i => (JsonNode)i)];

    private Task<string> MemberAsync(string course, string name, string topics, string? account)
    {
        var fields = new JsonObject { ["Title"] = name, [CourseColumn.Any.FieldName] = course, ["Membership"] = "Core", [topics] = "sleep" };
        if (account is not null)
        {
            fields["Account"] = account;
        }

        return CreateAsync(Coordinator, SiteSchema.Team, fields);
    }

    private Task<string> LogAsync(string course, JsonObject fields, JsonArray? participants = null)
    {
        fields["Title"] = "Entry";
        fields[CourseColumn.Any.FieldName] = course;
        fields["At"] = _site.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        if (participants is not null)
        {
            fields[$"{LogList.Participants.FieldName}@odata.type"] = "Collection(Edm.String)";
            fields[LogList.Participants.FieldName] = participants;
        }

        _site.Clock.Advance(TimeSpan.FromMinutes(1));
        return CreateAsync(Coordinator, SiteSchema.Log, fields);
    }

    private Task<string> CreateAsync(string who, string list, JsonObject fields) => Staff.CreateAsync(who, list, fields);

    private Task FormAsync(string who, string list, string item, JsonObject fields) => Staff.FormAsync(who, list, item, fields);

    /// <summary>Office saving a document into the materials library as a person (a Word document where its name says so); the document's list item id.</summary>
    private Task<string> SaveAsync(string who, string name, string text) =>
        Staff.SaveAsync(who, name, name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? new Commands.Demo.WordWithComments { Body = text }.ToBytes() : System.Text.Encoding.UTF8.GetBytes(text));

    private Task PassAsync(WorkerRunner runner) => Staff.PassAsync(runner);

    private static string? Text(JsonObject item, SiteColumn column) => StaffHands.Text(item, column);

    private static string? Text(JsonObject item, string field) => StaffHands.Text(item, field);

    private Task<JsonObject> CourseAsync(string course) => Staff.CourseAsync(course);

    private Task<List<JsonObject>> ProblemsAsync() => Staff.ProblemsAsync();

    private StaffHands Staff => new(_site, _siteId, _lists, _timeout.Token);
}

/// <summary>The journey on a tenant that answers every open point the most helpful way.</summary>
public sealed class StaffJourneyOnAGenerousTenantTests() : StaffJourneyTests(TenantVariant.Generous);

/// <summary>The journey on a tenant that answers every open point the least helpful way.</summary>
public sealed class StaffJourneyOnASparseTenantTests() : StaffJourneyTests(TenantVariant.Sparse);
