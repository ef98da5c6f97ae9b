using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Assessment;
using Coproduction.Output;
using Coproduction.Snapshots;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Mapping;

/// <summary>Snapshots written into a site and read back, through the real SDK and the emulator.</summary>
public sealed class ImportExportTests : EmulatedSite
{
    public static TheoryData<string> Samples => new() { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" };

    private static Model.CourseSnapshot Sample(string name) =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", name)));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ImportThenExport_Sample_AssessesTheSame(string sample)
    {
        var original = Sample(sample);
        await Graph.Provisioner.ProvisionAsync(SiteUrl);

        await Graph.ImportAsync(original, SiteUrl);
        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        var asOf = original.AsOf!.Value;
        AssessmentJson.Serialize(new CourseAssessor().Assess(exported.Snapshot, asOf))
            .ShouldBe(AssessmentJson.Serialize(new CourseAssessor().Assess(original, asOf)));
    }

    [Fact]
    public async Task Import_Twice_LeavesOneCopyAndWritesNothingTheSecondTime()
    {
        var original = Sample("drifting-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);

        var first = await Graph.ImportAsync(original, SiteUrl);
        Emulator.Requests.Reset();
        var second = await Graph.ImportAsync(original, SiteUrl);

        first.Created.ShouldBeGreaterThan(0);
        second.Created.ShouldBe(0);
        second.Updated.ShouldBe(0);
        second.Unchanged.ShouldBe(first.Created);
        Emulator.Requests.Of("create").ShouldBe(0);
        Emulator.Requests.Of("update").ShouldBe(0);
        Emulator.Requests.Of("upload").ShouldBe(0);
    }

    [Fact]
    public async Task Import_ChangedSnapshot_UpdatesOnlyWhatChanged()
    {
        var original = Sample("healthy-new-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var changed = original with { Course = original.Course with { Stage = Model.Stage.QualityReview } };

        var report = await Graph.ImportAsync(changed, SiteUrl);

        report.Created.ShouldBe(0);
        report.Updated.ShouldBe(1);
        (await Graph.ExportAsync(SiteUrl, original.Course.Id)).Snapshot.Course.Stage.ShouldBe(Model.Stage.QualityReview);
    }

    [Fact]
    public async Task Import_ADecisionSummaryLongerThanASingleLineKeeps_IsRefusedNamingItBeforeAnythingIsWritten()
    {
        var original = Sample("drifting-course.json");
        var summary = new string('s', 300);
        var snapshot = original with { Decisions = [.. original.Decisions.Select((d, i) => i == 1 ? d with { Summary = summary } : d)] };
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Requests.Reset();

        var error = await Should.ThrowAsync<SnapshotFormatException>(() => Graph.ImportAsync(snapshot, SiteUrl));

        error.Path.ShouldBe("$.decisions[1].summary");
        error.Message.ShouldContain("is 300 characters long, and a SharePoint site keeps at most 255 in a single line of text");
        Emulator.Requests.Total.ShouldBe(0, "refused before any request");
    }

    [Fact]
    public async Task Import_NotProvisioned_SaysToProvisionFirst()
    {
        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.ImportAsync(Sample("healthy-new-course.json"), SiteUrl));

        error.Message.ShouldContain("is not provisioned");
        error.Message.ShouldContain("coproduction provision");
    }

    [Fact]
    public async Task Export_UnknownCourse_IsNotFound()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.ExportAsync(SiteUrl, "no-such-course"));

        error.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Export_DocumentSavedByATeamMember_IsAVersionButAChangeOfItsColumnsIsNot()
    {
        var (original, person, site, lists) = await SamRecordedAsync();
        var library = lists[Schema.SiteSchema.Materials];
        var drive = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{library}/drive"))!["id"]!.GetValue<string>();
        var material = original.Materials[0];
        var file = $"{original.Course.Id}-{material.Id}.md";

        using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
        sam.DefaultRequestHeaders.Authorization = new("Bearer", "user:sam.jones@example.org");
        (await sam.PutAsync($"drives/{drive}/root:/{file}:/content", new StringContent("# Revised by Sam, with more in it"))).EnsureSuccessStatusCode();
        var documents = await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{library}/items?expand=fields");
        var document = documents!["value"]!.AsArray().First(i => i!["fields"]!["MaterialId"]!.GetValue<string>() == material.Id)!["id"]!.GetValue<string>();
        (await sam.PatchAsJsonAsync($"sites/{site}/lists/{library}/items/{document}/fields", new JsonObject { ["Title"] = material.Title + " (renamed)" })).EnsureSuccessStatusCode();

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        var versions = exported.Snapshot.Materials.Single(m => m.Id == material.Id).Versions;
        versions.Count.ShouldBe(material.Versions.Count + 1, "the upload is a version; the change of a column is not");
        versions[^1].By.ShouldBe(person.Id);
        exported.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Export_MalformedItems_AreReportedAndTheRestIsRead()
    {
        var original = Sample("drifting-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var log = lists[Schema.SiteSchema.Log];
        var courseItem = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{lists[Schema.SiteSchema.Courses]}/items?expand=fields"))!["value"]![0]!["id"]!.GetValue<string>();
        var added = await Staff.PostAsJsonAsync($"sites/{site}/lists/{log}/items", new JsonObject
        {
            ["fields"] = new JsonObject { ["Title"] = "typed by hand", [CourseColumn.Any.FieldName] = courseItem, ["Kind"] = "Meeting", ["At"] = "2026-03-01T10:00:00Z" },
        });
        added.EnsureSuccessStatusCode();
        var id = (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.Select(p => p.ToString()).ShouldBe([$"Coproduction log, item {id}, column By: names no one in the course's team"]);
        exported.Snapshot.Activities.Count.ShouldBe(original.Activities.Count);
    }

    [Fact]
    public async Task Export_ItemsStaffAddedWithoutTheirIds_CountWithIdsMadeFromTheirItems()
    {
        // SharePoint's forms send what staff fill in: no activity, decision or material id, which nobody in the team knows.
        var original = Sample("drifting-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var courseItem = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{lists[Schema.SiteSchema.Courses]}/items?expand=fields"))!["value"]![0]!["id"]!.GetValue<string>();
        var member = (await Graph.ReadItemsAsync(site, lists[Schema.SiteSchema.Team]))[0];
        async Task<string> AddAsync(string list, JsonObject fields)
        {
            var added = await Staff.PostAsJsonAsync($"sites/{site}/lists/{lists[list]}/items", new JsonObject { ["fields"] = fields });
            added.EnsureSuccessStatusCode();
            return (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        }

        var meeting = await AddAsync(Schema.SiteSchema.Log, new JsonObject { ["Title"] = "Planning", [CourseColumn.Any.FieldName] = courseItem, ["Kind"] = "Meeting", ["At"] = "2026-03-01T10:00:00Z", [LogList.By.FieldName] = member.Id });
        var decision = await AddAsync(Schema.SiteSchema.Decisions, new JsonObject { ["Title"] = "Two sessions, not three", [CourseColumn.Any.FieldName] = courseItem, ["At"] = "2026-03-02T10:00:00Z", [DecisionsList.By.FieldName] = member.Id });

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);
        var again = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        exported.Snapshot.Activities.ShouldContain(a => a.Id == $"log-{meeting}" && a.Kind == Model.ActivityKind.Meeting);
        exported.Snapshot.Decisions.ShouldContain(d => d.Id == $"decision-{decision}");
        SnapshotSerializer.Serialize(again.Snapshot).ShouldBe(SnapshotSerializer.Serialize(exported.Snapshot), "the same item has the same id in every reading");
        (await Graph.ImportAsync(original, SiteUrl)).Updated.ShouldBe(0, "a snapshot's own ids still round-trip");
        var back = await Graph.ImportAsync(exported.Snapshot, SiteUrl);
        back.Created.ShouldBe(0, "an item whose id was made from it is found by that id: the export imported back makes no second copy");
        (await Graph.ExportAsync(SiteUrl, original.Course.Id)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Import_CourseIdTheSiteMakesForAnItemWithNoIdTyped_IsRefusedWritingNothing()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var added = await Staff.PostAsJsonAsync($"sites/{site}/lists/{lists[Schema.SiteSchema.Courses]}/items", new JsonObject
        {
            ["fields"] = new JsonObject { ["Title"] = "Made in the form", ["Kind"] = "New", ["Topics"] = "sleep", ["Stage"] = "Scoping" },
        });
        added.EnsureSuccessStatusCode();
        var item = (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var other = Sample("healthy-new-course.json");
        var snapshot = other with { Course = other.Course with { Id = $"course-{item}" } };
        Emulator.Requests.Reset();

        var refused = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.ImportAsync(snapshot, SiteUrl));

        refused.ErrorCode.ShouldBe("madeCourseId");
        refused.Message.ShouldContain($"course item {item}");
        Emulator.Requests.Of("create").ShouldBe(0);
        Emulator.Requests.Of("update").ShouldBe(0);
        Emulator.Requests.Of("upload").ShouldBe(0);
    }

    [Fact]
    public async Task Export_NewDocumentWithItsCourseSet_IsAMaterialOfThatCourse()
    {
        var (original, person, site, lists) = await SamRecordedAsync();
        var courseItem = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{lists[Schema.SiteSchema.Courses]}/items?expand=fields"))!["value"]![0]!["id"]!.GetValue<string>();
        var library = lists[Schema.SiteSchema.Materials];
        var drive = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{library}/drive"))!["id"]!.GetValue<string>();

        // Sam saves a new document from Office and sets its course in the library's form: no material id.
        using var sam = new HttpClient { BaseAddress = Staff.BaseAddress };
        sam.DefaultRequestHeaders.Authorization = new("Bearer", "user:sam.jones@example.org");
        var uploaded = await sam.PutAsync($"drives/{drive}/root:/Session 3 handout.docx:/content", new ByteArrayContent(new Coproduction.Worker.Commands.Demo.WordWithComments { Body = "the handout" }.ToBytes()));
        uploaded.EnsureSuccessStatusCode();
        var fileId = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var item = (await sam.GetFromJsonAsync<JsonObject>($"drives/{drive}/items/{fileId}/listItem"))!["id"]!.GetValue<string>();
        (await sam.PatchAsJsonAsync($"sites/{site}/lists/{library}/items/{item}/fields", new JsonObject { [CourseColumn.Any.FieldName] = courseItem })).EnsureSuccessStatusCode();

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        var material = exported.Snapshot.Materials.Where(m => m.Id == $"document-{item}").ShouldHaveSingleItem();
        material.Title.ShouldBe("Session 3 handout.docx");
        material.Versions.ShouldHaveSingleItem().By.ShouldBe(person.Id);
        exported.Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Export_AMembersAccountIsTheirEntraObjectId_ReadsItAsTextAndCountsTheirSave()
    {
        // The SDK reads a field's text that looks like a GUID as a Guid: an account given as an object id is text all the same.
        var original = Sample("drifting-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var team = lists[Schema.SiteSchema.Team];
        var row = (await Graph.ReadItemsAsync(site, team)).Single(i => i.Fields.GetValueOrDefault("PersonId") as string == "p2").Id;
        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{team}/items/{row}/fields", new JsonObject { ["Role"] = "facilitator" })).EnsureSuccessStatusCode();
        var objectId = (await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{team}/items/{row}"))!["lastModifiedBy"]!["user"]!["id"]!.GetValue<string>();
        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{team}/items/{row}/fields", new JsonObject { ["Account"] = objectId.ToUpperInvariant() })).EnsureSuccessStatusCode();
        var drive = await Graph.FindLibraryDriveAsync(site, lists[Schema.SiteSchema.Materials]);
        (await Staff.PutAsync($"drives/{drive}/root:/understanding-anxiety-2026-m1.md:/content", new StringContent("# Session 1, as p2 saved it"))).EnsureSuccessStatusCode();

        var exported = await Graph.ExportAsync(SiteUrl, original.Course.Id);

        exported.Problems.ShouldBeEmpty();
        exported.Snapshot.Materials.Single(m => m.Id == "m1").Versions[^1].By.ShouldBe("p2", "the save of the member whose account is their object id");
    }

    /// <summary>The healthy sample imported, and a core member's account recorded as a coordinator would: sam.jones@example.org.</summary>
    private async Task<(Model.CourseSnapshot Original, Model.Person Person, string Site, IReadOnlyDictionary<string, string> Lists)> SamRecordedAsync()
    {
        var original = Sample("healthy-new-course.json");
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(original, SiteUrl);
        var (site, lists) = await Graph.FindListsAsync(SiteUrl);
        var person = original.People.First(p => p.Membership == Model.Membership.Core);
        var team = await Staff.GetFromJsonAsync<JsonObject>($"sites/{site}/lists/{lists[Schema.SiteSchema.Team]}/items?expand=fields");
        var member = team!["value"]!.AsArray().First(i => i!["fields"]!["PersonId"]!.GetValue<string>() == person.Id)!["id"]!.GetValue<string>();
        (await Staff.PatchAsJsonAsync($"sites/{site}/lists/{lists[Schema.SiteSchema.Team]}/items/{member}/fields", new JsonObject { ["Account"] = "sam.jones@example.org" })).EnsureSuccessStatusCode();
        return (original, person, site, lists);
    }
}
