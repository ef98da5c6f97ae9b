using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class SoleAuthorRuleTests
{
    private static IReadOnlyList<Flag> Flags(CourseBuilder builder, double asOfDay = 30, AssessmentOptions? options = null) =>
        builder.Assess(asOfDay, options).FlagsOf(FlagKind.SoleAuthorWithoutFeedback);

    [Fact]
    public void Assess_ThreeVersionsInARowWithoutFeedback_RaisesFlagSinceTheRunBegan()
    {
        var flag = Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(1, "p2"), (2, "p1"), (3, "p1"), (4, "p1")]), asOfDay: 5).ShouldHaveSingleItem();

        flag.Subject.ShouldBe("m1");
        flag.People.ShouldBe(["p1"]);
        flag.Since.ShouldBe(Day(2));
        flag.Message.ShouldContain("3 versions in a row");
        flag.Message.ShouldContain("ask for their thoughts");
    }

    [Fact]
    public void Assess_TwoRecentVersionsInARow_RaisesNoFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1"), (2, "p1")]), asOfDay: 14.9).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(14.0, true)] // the run began exactly 14 days before asOf
    [InlineData(13.99, false)]
    public void Assess_RunAge_RaisesFlagFromFourteenDays(double asOfDay, bool raised)
    {
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(0, "p1")]), asOfDay).Count.ShouldBe(raised ? 1 : 0);
    }

    [Fact]
    public void Assess_FeedbackFromSomeoneElseSinceTheRunBegan_RaisesNoFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")]).Feedback(1, "p2", "m1")).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_AgreementFromSomeoneElseSinceTheRunBegan_RaisesNoFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")], [(5, "p2")])).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_FeedbackBeforeTheRunBegan_StillRaisesFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(2, "p1"), (3, "p1"), (4, "p1")]).Feedback(1, "p2", "m1")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Assess_FeedbackFromTheAuthorThemself_StillRaisesFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")]).Feedback(2, "p1", "m1")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Assess_FeedbackOnAnotherMaterial_StillRaisesFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")]).Material("m2", [(1, "p2")], [(2, "p1")]).Feedback(2, "p2", "m2"), asOfDay: 5)
            .ShouldHaveSingleItem().Subject.ShouldBe("m1");
    }

    [Fact]
    public void Assess_RunBrokenBySomeoneElse_CountsOnlyTheLatestRun()
    {
        // p1, p1, p2: the latest run is p2's single recent version.
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Material("m1", [(1, "p1"), (2, "p1"), (3, "p2")]), asOfDay: 5).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_VersionsBeforeTheCycle_DoNotCountTowardsTheRun()
    {
        var builder = new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1"), (2, "p1"), (11, "p1")]).Moved(10, Stage.Live, Stage.UnderReview);

        Flags(builder, asOfDay: 12).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_VersionsAfterAsOf_DoNotCountTowardsTheRun()
    {
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1"), (2, "p1"), (6, "p1")]), asOfDay: 5).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_CustomThresholds_AreHonoured()
    {
        var options = new AssessmentOptions { SoleAuthorVersions = 2, SoleAuthorAge = TimeSpan.FromDays(3) };

        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1"), (2, "p1")]), asOfDay: 2, options).ShouldHaveSingleItem();
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1")]), asOfDay: 4, options).ShouldHaveSingleItem();
        Flags(new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1")]), asOfDay: 3.9, options).ShouldBeEmpty();
    }
}
