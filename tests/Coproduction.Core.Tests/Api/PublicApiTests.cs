using Coproduction.Assessment;

namespace Coproduction.Api;

/// <summary>Our public API speaks in our own types: Stateless is an implementation detail that may change.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_NoMember_ExposesAStatelessType()
    {
        PublicSurface.Leaks(typeof(CourseAssessor).Assembly, "Stateless").ShouldBeEmpty();
    }

    [Fact]
    public void PublicApi_ExposesTheExpectedEntryPoints()
    {
        var names = typeof(CourseAssessor).Assembly.GetExportedTypes().Select(t => t.FullName).ToList();

        names.ShouldContain("Coproduction.Snapshots.SnapshotSerializer");
        names.ShouldContain("Coproduction.Assessment.CourseAssessor");
        names.ShouldContain("Coproduction.Lifecycle.CourseLifecycle");
        names.ShouldNotContain("Coproduction.Lifecycle.LifecycleMachine");
        names.ShouldNotContain("Coproduction.Assessment.CourseView");
    }

    [Fact]
    public void PublicSurface_AMemberThatNamesAnotherLibrarysType_IsFound()
    {
        // The check itself: the DI extension does name a Microsoft.Extensions type, on purpose.
        PublicSurface.Leaks(typeof(CourseAssessor).Assembly, "Microsoft.Extensions.")
            .ShouldBe(["Coproduction.Assessment.AssessmentServiceCollectionExtensions exposes Microsoft.Extensions.DependencyInjection.IServiceCollection"]);
    }
}
