using System.Globalization;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Flags;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Text;
using Coproduction.Worker.Faults;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A course team answering input and recording sessions through SharePoint's own forms (schema
/// version 3), each with their own sign-in, sending only what a form sends: the answer on the log item
/// it answers, a session with its trainers picked from the team. The course's columns and flags follow
/// on the next pass, and an answer that cannot be read shows as an entry to fix naming its column.
/// </summary>
public abstract class StaffAnswersAndSessionsTests(TenantVariant variant) : IAsyncLifetime
{
    private const string Coordinator = "coordinator@example.org";
    private StaffSite _staff = null!;

    private FaultedSite Site => _staff.Site;

    private StaffHands Staff => _staff.Hands;

    public async Task InitializeAsync() => _staff = await StaffSite.StartAsync(variant, new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await _staff.DisposeAsync();

    [Fact]
    public async Task Pass_FocusGroupAnsweredInItsForm_ClearsInputNotAnswered()
    {
        var team = await CourseAsync();
        var focusGroup = await Staff.CreateAsync(Coordinator, SiteSchema.Log, Entry(team.Course, DaysAgo(30), new JsonObject
        {
            ["Kind"] = "Focus group", ["Method"] = "In person", ["Phase"] = "Beginning", [LogList.By.FieldName] = team.Aisha,
            [$"{LogList.Participants.FieldName}@odata.type"] = "Collection(Edm.String)", [LogList.Participants.FieldName] = new JsonArray(team.Visitor),
        }));
        var runner = Site.Worker();
        await Staff.PassAsync(runner);
        var waiting = await Staff.CourseAsync(team.Course);
        var raised = await OpenFlagsAsync(team.Course);

        await Staff.FormAsync("aisha@example.org", SiteSchema.Log, focusGroup, new JsonObject
        {
            [LogList.Outcome.FieldName] = "Adapted", [LogList.Reason.FieldName] = "Session two opens with the sleep diary, as the group asked",
            [LogList.AnsweredAt.FieldName] = Now(), [LogList.AnsweredBy.FieldName] = team.Aisha,
        });
        await Staff.PassAsync(runner);

        StaffHands.Text(waiting, CoursesList.InputsWaiting).ShouldBe("1", "the focus group, unanswered");
        raised.ShouldContain(SnapshotWords.Label(FlagKind.InputNotAnswered));
        StaffHands.Text(await Staff.CourseAsync(team.Course), CoursesList.InputsWaiting).ShouldBe("0");
        (await OpenFlagsAsync(team.Course)).ShouldNotContain(SnapshotWords.Label(FlagKind.InputNotAnswered));
        (await Staff.ProblemsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_SessionsRecordedInTheirForm_ShowCoDeliveryOnTheCourseAndOneTrainerAloneIsFlagged()
    {
        var team = await CourseAsync();
        await SessionAsync(team.Course, DaysAgo(2), team.Aisha, team.Martin);
        var runner = Site.Worker();
        await Staff.PassAsync(runner);
        var together = await Staff.CourseAsync(team.Course);
        var flagsTogether = await OpenFlagsAsync(team.Course);

        await SessionAsync(team.Course, DaysAgo(1), team.Aisha);
        await Staff.PassAsync(runner);
        var alone = await Staff.CourseAsync(team.Course);

        StaffHands.Text(together, CoursesList.Sessions).ShouldBe("1");
        StaffHands.Text(together, CoursesList.CoDelivered).ShouldBe("1", "a peer trainer with a trainer of learned experience");
        flagsTogether.ShouldNotContain(SnapshotWords.Label(FlagKind.NotCoDelivered));
        StaffHands.Text(alone, CoursesList.Sessions).ShouldBe("2");
        StaffHands.Text(alone, CoursesList.CoDelivered).ShouldBe("1");
        (await OpenFlagsAsync(team.Course)).ShouldContain(SnapshotWords.Label(FlagKind.NotCoDelivered));
        (await Staff.ProblemsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_AnswerWithoutWhatWasDone_IsAnEntryToFixNamingTheColumnAndTheInputStillWaits()
    {
        var team = await CourseAsync();
        var focusGroup = await Staff.CreateAsync(Coordinator, SiteSchema.Log, Entry(team.Course, DaysAgo(3), new JsonObject
        {
            ["Kind"] = "Focus group", ["Method"] = "Virtual", [LogList.By.FieldName] = team.Aisha,
            [$"{LogList.Participants.FieldName}@odata.type"] = "Collection(Edm.String)", [LogList.Participants.FieldName] = new JsonArray(team.Visitor),
        }));
        await Staff.FormAsync("aisha@example.org", SiteSchema.Log, focusGroup, new JsonObject
        {
            [LogList.Reason.FieldName] = "We will think about it", [LogList.AnsweredAt.FieldName] = Now(), [LogList.AnsweredBy.FieldName] = team.Aisha,
        });

        await Staff.PassAsync(Site.Worker());

        var line = (await Staff.ProblemsAsync()).ShouldHaveSingleItem();
        StaffHands.Text(line, ProblemsList.InList).ShouldBe("Coproduction log");
        StaffHands.Text(line, ProblemsList.Entry).ShouldBe(focusGroup);
        StaffHands.Text(line, ProblemsList.InColumn).ShouldBe("What we did");
        StaffHands.Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldNotContain("think about it", customMessage: "a line never quotes the entry");
        var course = await Staff.CourseAsync(team.Course);
        StaffHands.Text(course, CoursesList.NeedsAttention).ShouldBe("1");
        StaffHands.Text(course, CoursesList.InputsWaiting).ShouldBe("1", "the focus group is read, unanswered");
    }

    /// <summary>A course with a peer trainer (Aisha, lived experience), a clinician (Martin, learned) and a focus group member without an account.</summary>
    private async Task<(string Course, string Aisha, string Martin, string Visitor)> CourseAsync()
    {
        var course = await Staff.CreateAsync(Coordinator, SiteSchema.Courses, new JsonObject
        {
            ["Title"] = "Sleeping well", ["CourseId"] = "sleep-2026", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Developing",
        });
        var aisha = await Staff.CreateAsync(Coordinator, SiteSchema.Team, Member(course, "Aisha", "Core", "LivedTopics", "aisha@example.org"));
        var martin = await Staff.CreateAsync(Coordinator, SiteSchema.Team, Member(course, "Martin", "Core", "LearnedTopics", "martin@example.org"));
        var visitor = await Staff.CreateAsync(Coordinator, SiteSchema.Team, Member(course, "Sam", "Focus group", "LivedTopics", null));
        return (course, aisha, martin, visitor);
    }

    private static JsonObject Member(string course, string name, string membership, string topics, string? account)
    {
        var fields = new JsonObject { ["Title"] = name, [CourseColumn.Any.FieldName] = course, ["Membership"] = membership, [topics] = "sleep" };
        if (account is not null)
        {
            fields["Account"] = account;
        }

        return fields;
    }

    private Task<string> SessionAsync(string course, string at, params string[] trainers) =>
        Staff.CreateAsync(Coordinator, SiteSchema.Sessions, new JsonObject
        {
            ["Title"] = "Session", [CourseColumn.Any.FieldName] = course, [SessionsList.At.FieldName] = at, [SessionsList.Mode.FieldName] = "In person",
            [$"{SessionsList.Trainers.FieldName}@odata.type"] = "Collection(Edm.String)", [SessionsList.Trainers.FieldName] = new JsonArray([.. trainers.Select(t => (JsonNode)t)]),
        });

    private static JsonObject Entry(string course, string at, JsonObject fields)
    {
        fields["Title"] = "Entry";
        fields[CourseColumn.Any.FieldName] = course;
        fields[LogList.At.FieldName] = at;
        return fields;
    }

    /// <summary>The kinds of the course's open flags.</summary>
    private async Task<List<string?>> OpenFlagsAsync(string course) =>
        [.. (await Site.Graph.ReadItemsAsync(_staff.SiteId, _staff.Lists[SiteSchema.FlagList], _staff.Cancellation))
            .Where(f => f.Fields.Find(FlagsList.Course) == course && f.Fields.Find(FlagsList.Status) == FlagStatus.Open).Select(f => f.Fields.Find(FlagsList.Kind))];

    private string Now() => Format(Site.Clock.GetUtcNow());

    private string DaysAgo(int days) => Format(Site.Clock.GetUtcNow().AddDays(-days));

    private static string Format(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}

/// <summary>Answers and sessions on a tenant that answers every open point the most helpful way.</summary>
public sealed class StaffAnswersAndSessionsOnAGenerousTenantTests() : StaffAnswersAndSessionsTests(TenantVariant.Generous);

/// <summary>Answers and sessions on a tenant that answers every open point the least helpful way.</summary>
public sealed class StaffAnswersAndSessionsOnASparseTenantTests() : StaffAnswersAndSessionsTests(TenantVariant.Sparse);
