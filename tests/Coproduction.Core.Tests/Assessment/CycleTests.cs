using Coproduction.Checklist;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Assessment;

public sealed class CycleTests
{
    [Theory]
    [InlineData(Stage.Scoping)]
    [InlineData(Stage.UnderReview)]
    public void Assess_MoveIntoScopingOrReview_StartsTheCycle(Stage to)
    {
        var assessment = new CourseBuilder().CoreTeam("p1").Moved(10, Stage.Live, to).Assess();

        assessment.CycleStart.ShouldBe(Day(10));
    }

    [Fact]
    public void Assess_LatestQualifyingMove_StartsTheCycle()
    {
        var assessment = new CourseBuilder().CoreTeam("p1")
            .Moved(1, Stage.Proposed, Stage.Scoping)
            .Moved(2, Stage.Scoping, Stage.Developing)
            .Moved(5, Stage.Live, Stage.UnderReview)
            .Moved(6, Stage.UnderReview, Stage.Developing)
            .Assess();

        assessment.CycleStart.ShouldBe(Day(5));
    }

    [Fact]
    public void Assess_NoQualifyingMove_CoversAllHistory()
    {
        var assessment = new CourseBuilder().CoreTeam("p1").Moved(1, Stage.Developing, Stage.QualityReview).Contributions(0, "p1").Assess();

        assessment.CycleStart.ShouldBeNull();
        assessment.Item(ChecklistItem.WorkShared).Evidence.ShouldBe(["p1"]);
    }

    [Fact]
    public void Assess_MoveAfterAsOf_DoesNotStartTheCycle()
    {
        new CourseBuilder().CoreTeam("p1").Moved(31, Stage.Live, Stage.UnderReview).Assess(asOfDay: 30).CycleStart.ShouldBeNull();
    }

    [Theory]
    [InlineData(9.99, false)] // just before the cycle began
    [InlineData(10, true)] // at the moment the cycle began
    [InlineData(30, true)] // at the moment of assessment
    [InlineData(30.01, false)] // after it
    public void Assess_ContributionAtTheBoundaries_CountsOnlyInsideTheCycle(double day, bool counts)
    {
        var assessment = new CourseBuilder().CoreTeam("p1").Moved(10, Stage.Live, Stage.UnderReview).Contributions(day, "p1").Assess(asOfDay: 30);

        assessment.Item(ChecklistItem.WorkShared).Evidence.Count.ShouldBe(counts ? 1 : 0);
    }

    [Fact]
    public void Assess_SnapshotsAsOf_IsNotUsedWhenTheCallerGivesAMoment()
    {
        var snapshot = new CourseBuilder().CoreTeam("p1").Contributions(20, "p1").Build() with { AsOf = Day(30) };

        new CourseAssessor().Assess(snapshot, Day(10)).Item(ChecklistItem.WorkShared).Evidence.ShouldBeEmpty();
    }
}
