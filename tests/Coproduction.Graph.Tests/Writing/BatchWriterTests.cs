using Coproduction.Emulator.Control;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Writing;

/// <summary>Writes survive what Graph throws at them inside a batch, which the SDK does not retry.</summary>
public sealed class BatchWriterTests : EmulatedSite
{
    private static Model.CourseSnapshot Sample() =>
        SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json")));

    [Theory]
    [InlineData(429, "0")]
    [InlineData(429, "0.5")]
    [InlineData(503, "0")]
    public async Task Import_ThrottledInsideABatch_RetriesAndLosesNothing(int status, string retryAfter)
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Faults.Add(new ScriptedFault { Method = "POST", PathContains = "/items", Status = status, RetryAfter = retryAfter, Times = 3 });

        await Graph.ImportAsync(Sample(), SiteUrl);
        var exported = await Graph.ExportAsync(SiteUrl, Sample().Course.Id);

        Emulator.Faults.PendingScripted.ShouldBe(0);
        exported.Snapshot.Activities.Count.ShouldBe(Sample().Activities.Count);
        exported.Snapshot.People.Count.ShouldBe(Sample().People.Count);
        (await Graph.ImportAsync(Sample(), SiteUrl)).Created.ShouldBe(0, "nothing was written twice");
    }

    [Fact]
    public async Task Import_UpdateRefusedWith412_IsAppliedAgain()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        await Graph.ImportAsync(Sample(), SiteUrl);
        Emulator.Faults.Add(new ScriptedFault { Method = "PATCH", PathContains = "/fields", Status = 412 });

        var report = await Graph.ImportAsync(Sample() with { Course = Sample().Course with { Title = "Understanding Anxiety (revised)" } }, SiteUrl);

        report.Updated.ShouldBe(1);
        Emulator.Faults.PendingScripted.ShouldBe(0);
        (await Graph.ExportAsync(SiteUrl, Sample().Course.Id)).Snapshot.Course.Title.ShouldBe("Understanding Anxiety (revised)");
    }

    [Fact]
    public async Task Import_RefusedForGood_FailsNamingTheList()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        Emulator.Faults.Add(new ScriptedFault { Method = "POST", PathContains = "/items", Status = 500, Times = 100 });

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.ImportAsync(Sample(), SiteUrl));

        error.Status.ShouldBe(500);
        error.Message.ShouldContain("Writing an item of list");
    }

    [Fact]
    public async Task Write_DriveWithoutAnItem_IsRefusedNamingTheList()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => Graph.WriteAsync("site", [new ItemUpdate("library", null, new FieldSet(), DriveId: "drive")]));

        error.Message.ShouldContain("list library names a drive but no item");
    }

    [Fact]
    public async Task WriteEach_OneWriteRefusedOneItemGone_GivesEachBackAndWritesTheOthers()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (siteId, lists) = await Graph.FindListsAsync(SiteUrl);
        var topics = lists[Schema.SiteSchema.Topics];
        var made = await Graph.WriteAsync(siteId, [new ItemUpdate(topics, null, new FieldSet().Set(Schema.Lists.SharePointColumns.Title, "insomnia").Set(Schema.Lists.TopicsList.Broader, "sleep"))]);
        Emulator.Faults.Add(new ScriptedFault { Method = "PATCH", PathContains = $"/items/{made[0]}/fields", Status = 400, Code = "invalidRequest" });

        var results = await Graph.WriteEachAsync(siteId,
        [
            new ItemUpdate(topics, made[0], new FieldSet().Set(Schema.Lists.TopicsList.Broader, "rest")),
            new ItemUpdate(topics, "999", new FieldSet().Set(Schema.Lists.TopicsList.Broader, "rest")),
            new ItemUpdate(topics, null, new FieldSet().Set(Schema.Lists.SharePointColumns.Title, "worry").Set(Schema.Lists.TopicsList.Broader, "anxiety")),
        ]);

        results[0].Refusal.ShouldNotBeNull().Status.ShouldBe(400);
        results[0].Refusal!.IsRefusal.ShouldBeTrue();
        results[1].Refusal.ShouldNotBeNull().Status.ShouldBe(404, "an item deleted meanwhile is that write's");
        results[2].ItemId.ShouldNotBeNull();
    }

    [Fact]
    public async Task WriteEach_CreateInAListThatIsGone_FailsAsTheSites()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        var (siteId, _) = await Graph.FindListsAsync(SiteUrl);

        var error = await Should.ThrowAsync<CoproductionGraphException>(() => Graph.WriteEachAsync(siteId,
            [new ItemUpdate("00000000-0000-0000-0000-000000000000", null, new FieldSet().Set(Schema.Lists.SharePointColumns.Title, "x"))]));

        error.Status.ShouldBe(404);
    }
}
