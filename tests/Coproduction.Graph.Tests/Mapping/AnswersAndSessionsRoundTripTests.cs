using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Assessment;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Output;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The team's answers to input and the sessions delivered (schema version 3), written by an import and
/// read by an export through the real SDK: the same snapshot back, nothing written twice, and what
/// staff enter in the forms read as the snapshot reader would read it.
/// </summary>
public abstract class AnswersAndSessionsRoundTripTests(TenantVariant variant) : EmulatedSite(variant)
{
    private static Model.CourseSnapshot Answered() =>
        AnsweredCourse.Of(SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json"))));

    [Fact]
    public async Task ImportThenExport_AnswersAndSessions_GiveTheSameSnapshotAndAssessment()
    {
        var original = Answered();
        await Graph.Provisioner.ProvisionAsync(SiteUrl);

        await Graph.ImportAsync(original, SiteUrl);
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        SnapshotSerializer.Serialize(exported.Snapshot).ShouldBe(SnapshotSerializer.Serialize(original with { AsOf = null }), "an export says no moment of its own");
        var asOf = original.AsOf!.Value;
        var assessment = new CourseAssessor().Assess(exported.Snapshot, asOf);
        AssessmentJson.Serialize(assessment).ShouldBe(AssessmentJson.Serialize(new CourseAssessor().Assess(original, asOf)));
        assessment.CoDelivery.Sessions.ShouldBe(3);
    }

    [Fact]
    public async Task Import_Twice_WritesNothingTheSecondTimeAndTheExportImportedBackNothingNew()
    {
        var original = Answered();
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var first = await Graph.ImportAsync(original, SiteUrl);
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        Emulator.Requests.Reset();

        var second = await Graph.ImportAsync(original, SiteUrl);
        var back = await Graph.ImportAsync(exported.Snapshot, SiteUrl);

        second.Created.ShouldBe(0);
        second.Updated.ShouldBe(0);
        second.Unchanged.ShouldBe(first.Created);
        back.Created.ShouldBe(0);
        back.Updated.ShouldBe(0);
        Emulator.Requests.Of("create").ShouldBe(0);
        Emulator.Requests.Of("update").ShouldBe(0);
    }

    [Fact]
    public async Task Export_SessionAndAnswerEnteredInTheirForms_AreReadWithIdsMadeFromTheirItems()
    {
        var (original, site, lists, course, team) = await ImportedAsync();
        var feedback = await LogItemAsync(site, lists, "a11");

        var session = await AddAsync(site, lists[SiteSchema.Sessions], new JsonObject
        {
            ["Title"] = "Week one", [CourseColumn.Any.FieldName] = course, [SessionsList.At.FieldName] = "2026-03-20T13:00:00Z", [SessionsList.Mode.FieldName] = "Virtual",
            [$"{SessionsList.Trainers.FieldName}@odata.type"] = "Collection(Edm.String)", [SessionsList.Trainers.FieldName] = new JsonArray(team["p2"], team["p3"]),
        });
        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Log]}/items/{feedback}/fields", new JsonObject
        {
            [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = "2026-03-01T10:00:00Z", [LogList.AnsweredBy.FieldName] = team["p1"],
        })).EnsureSuccessStatusCode();
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        var read = exported.Snapshot.Sessions.ShouldHaveSingleItem();
        read.Id.ShouldBe($"session-{session}");
        read.Trainers.ShouldBe(["p2", "p3"]);
        read.Mode.ShouldBe(Model.SessionMode.Virtual);
        var answer = exported.Snapshot.Activities.Single(a => a.Id == "a11").Response.ShouldNotBeNull();
        (answer.By, answer.Outcome, answer.Reason).ShouldBe(("p1", Model.ResponseOutcome.Adopted, (string?)null));
        (await Graph.ImportAsync(exported.Snapshot, SiteUrl)).Created.ShouldBe(0, "a session whose id was made from its item is found by that id");
    }

    [Fact]
    public async Task Export_AnswersThatBreakTheFormatsRules_AreEntriesToFixOfTheirColumnsAndTheInputsAreRead()
    {
        var (original, site, lists, course, team) = await ImportedAsync();
        async Task AnswerAsync(string activity, JsonObject fields) =>
            (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Log]}/items/{await LogItemAsync(site, lists, activity)}/fields", fields)).EnsureSuccessStatusCode();

        // A meeting answered; feedback answered with no one; an objection answered before it was raised; a session with no trainer.
        await AnswerAsync("a1", new JsonObject { [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = "2026-03-01T10:00:00Z", [LogList.AnsweredBy.FieldName] = team["p1"] });
        await AnswerAsync("a11", new JsonObject { [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = "2026-03-01T10:00:00Z" });
        await AnswerAsync("a13", new JsonObject { [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = "2026-02-01T10:00:00Z", [LogList.AnsweredBy.FieldName] = team["p1"] });
        var session = await AddAsync(site, lists[SiteSchema.Sessions], new JsonObject { ["Title"] = "Week one", [CourseColumn.Any.FieldName] = course, [SessionsList.At.FieldName] = "2026-03-20T13:00:00Z" });
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.Select(p => (p.ItemId, p.Column)).ShouldBe(
        [
            (await LogItemAsync(site, lists, "a1"), "AnswerOutcome"), (await LogItemAsync(site, lists, "a11"), "AnsweredBy"),
            (await LogItemAsync(site, lists, "a13"), "AnsweredAt"), (session, "Trainers"),
        ], ignoreOrder: true);
        exported.Problems.Where(p => p.Column != "Trainers").ShouldAllBe(p => p.Fix != null, "each says what to do");
        exported.Snapshot.Activities.Count.ShouldBe(original.Activities.Count, "the inputs are read, without the answers");
        exported.Snapshot.Activities.Where(a => a.Id is "a1" or "a11" or "a13").ShouldAllBe(a => a.Response == null);
        exported.Snapshot.Sessions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-02-24T15:00:00Z", "2026-02-24T00:00:00Z", true)] // midnight in London in winter, as a date picked without a time is stored
    [InlineData("2026-06-10T12:30:00Z", "2026-06-09T23:00:00Z", true)] // midnight in London in summer time, an hour before in UTC
    [InlineData("2026-02-24T15:00:00Z", "2026-02-23T00:00:00Z", false)] // the day before
    [InlineData("2026-02-24T15:00:00Z", "2026-02-23T18:00:00Z", false)] // the evening before, its time typed
    [InlineData("2026-06-10T12:30:00Z", "2026-06-10T00:00:00Z", false)] // one in the morning in summer time: a time typed
    public async Task Export_AnswerDatedBeforeItsInput_IsReadAsGivenThenOnlyWhenADateOfTheInputsDayWithoutATime(string inputAt, string answeredOn, bool read)
    {
        var (original, site, lists, _, team) = await ImportedAsync();
        var item = await LogItemAsync(site, lists, "a11");

        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Log]}/items/{item}/fields", new JsonObject
        {
            [LogList.At.FieldName] = inputAt, [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = answeredOn, [LogList.AnsweredBy.FieldName] = team["p1"],
        })).EnsureSuccessStatusCode();
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        var feedback = exported.Snapshot.Activities.Single(a => a.Id == "a11");
        if (read)
        {
            exported.Problems.ShouldBeEmpty();
            feedback.Response.ShouldNotBeNull().At.ShouldBe(feedback.At, "given when the input was, on its day");
        }
        else
        {
            exported.Problems.Select(p => (p.ItemId, p.Column)).ShouldBe([(item, "AnsweredAt")]);
            feedback.Response.ShouldBeNull();
        }
    }

    [Fact]
    public async Task ExportThenImport_AnswerDatedTheInputsDayWithoutATime_LeavesTheDateStaffPicked()
    {
        var (original, site, lists, _, team) = await ImportedAsync();
        var item = await LogItemAsync(site, lists, "a11");
        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[SiteSchema.Log]}/items/{item}/fields", new JsonObject
        {
            [LogList.Outcome.FieldName] = "Adopted", [LogList.AnsweredAt.FieldName] = "2026-02-24T00:00:00Z", [LogList.AnsweredBy.FieldName] = team["p1"],
        })).EnsureSuccessStatusCode();

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        var imported = await Graph.ImportAsync(exported.Snapshot, SiteUrl);

        exported.Snapshot.Activities.Single(a => a.Id == "a11").Response.ShouldNotBeNull().At.ShouldBe(DateTimeOffset.Parse("2026-02-24T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        (imported.Created, imported.Updated).ShouldBe((0, 0), "the date staff picked reads as the answer's time: nothing to write");
        (await Graph.ReadItemsAsync(site, lists[SiteSchema.Log])).Single(i => i.Id == item).Fields.Find(LogList.AnsweredAt)
            .ShouldBe(DateTimeOffset.Parse("2026-02-24T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The answered course, without its sessions, imported into a site of this version: the site, its lists, the course's item and the team's items by person id.</summary>
    private async Task<(Model.CourseSnapshot Original, string Site, IReadOnlyDictionary<string, string> Lists, string Course, Dictionary<string, string> Team)> ImportedAsync()
    {
        var original = Answered() with { Sessions = [] };
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var course = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Courses])).Single().Id;
        var team = (await Graph.ReadItemsAsync(site, lists[SiteSchema.Team])).ToDictionary(t => t.Fields.Find(TeamList.PersonId)!, t => t.Id);
        return (original, site, lists, course, team);
    }

    private async Task<string> LogItemAsync(string site, IReadOnlyDictionary<string, string> lists, string activity) =>
        (await Graph.ReadItemsAsync(site, lists[SiteSchema.Log])).Single(i => i.Fields.Find(LogList.ActivityId) == activity).Id;

    private async Task<string> AddAsync(string site, string list, JsonObject fields)
    {
        var added = await Staff.PostAsJsonAsync($"sites/{site}/lists/{list}/items", new JsonObject { ["fields"] = fields });
        added.EnsureSuccessStatusCode();
        return (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}

/// <summary>The round trip on a tenant that answers every open point the most helpful way.</summary>
public sealed class AnswersAndSessionsRoundTripOnAGenerousTenantTests() : AnswersAndSessionsRoundTripTests(TenantVariant.Generous);

/// <summary>The round trip on a tenant that answers every open point the least helpful way.</summary>
public sealed class AnswersAndSessionsRoundTripOnASparseTenantTests() : AnswersAndSessionsRoundTripTests(TenantVariant.Sparse);
