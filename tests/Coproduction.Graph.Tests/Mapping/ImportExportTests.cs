using Coproduction.Assessment;
using Coproduction.Output;
using Coproduction.Snapshots;

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
}
