using Coproduction.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduction.Assessment;

public sealed class AssessmentServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCoproductionAssessment_Defaults_OneAssessorThatAssesses()
    {
        using var services = new ServiceCollection().AddCoproductionAssessment().BuildServiceProvider();

        var assessor = services.GetRequiredService<CourseAssessor>();
        var snapshot = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "healthy-new-course.json")));

        services.GetRequiredService<CourseAssessor>().ShouldBeSameAs(assessor);
        assessor.Assess(snapshot, snapshot.AsOf!.Value).ReadyForQuality.ShouldBeTrue();
    }

    [Fact]
    public void AddCoproductionAssessment_Configure_SetsTheThresholdsAndChecksThem()
    {
        using var services = new ServiceCollection()
            .AddCoproductionAssessment(o => o.SoleAuthorVersions = 0)
            .BuildServiceProvider();

        Should.Throw<ArgumentException>(() => services.GetRequiredService<CourseAssessor>())
            .Message.ShouldContain(nameof(AssessmentOptions.SoleAuthorVersions));
    }

    [Fact]
    public void AddCoproductionAssessment_AlreadyRegistered_KeepsTheEarlierAssessor()
    {
        var mine = new CourseAssessor(new AssessmentOptions { SoleAuthorVersions = 5 });
        using var services = new ServiceCollection().AddSingleton(mine).AddCoproductionAssessment().BuildServiceProvider();

        services.GetRequiredService<CourseAssessor>().ShouldBeSameAs(mine);
    }
}
