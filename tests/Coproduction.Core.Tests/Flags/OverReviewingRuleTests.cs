using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Flags;

public sealed class OverReviewingRuleTests
{
    private static IReadOnlyList<Flag> Flags(int presentation, int other, FeedbackAspect? otherAspect = FeedbackAspect.Content)
    {
        var builder = new CourseBuilder().CoreTeam("p1", "p2", "p3").Material("m1", [(0, "p1")]);
        for (var i = 0; i < presentation; i++)
        {
            builder.Feedback(1 + (i * 0.1), i % 2 == 0 ? "p2" : "p3", "m1", FeedbackAspect.Presentation);
        }

        for (var i = 0; i < other; i++)
        {
            builder.Feedback(5 + (i * 0.1), "p2", "m1", otherAspect);
        }

        return builder.Assess().FlagsOf(FlagKind.OverReviewing);
    }

    [Theory]
    [InlineData(6, 4, true)] // 10 items, 60% presentation
    [InlineData(5, 5, false)] // 10 items, 50%
    [InlineData(9, 0, false)] // only 9 items
    [InlineData(10, 0, true)]
    [InlineData(12, 8, true)] // 20 items, 60%
    [InlineData(11, 9, false)] // 20 items, 55%
    public void Assess_PresentationShareOfFeedback_RaisesFlagAtTheThresholds(int presentation, int other, bool raised)
    {
        Flags(presentation, other).Count.ShouldBe(raised ? 1 : 0);
    }

    [Fact]
    public void Assess_OverReviewedMaterial_NamesTheReviewersOfDetail()
    {
        var flag = Flags(6, 4).ShouldHaveSingleItem();

        flag.Subject.ShouldBe("m1");
        flag.People.ShouldBe(["p2", "p3"]);
        flag.Message.ShouldContain("6 of them (60%)");
    }

    [Fact]
    public void Assess_FeedbackWithoutAnAspect_CountsAsContent()
    {
        Flags(5, 5, otherAspect: null).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_StructureFeedback_IsNotPresentation()
    {
        Flags(5, 5, otherAspect: FeedbackAspect.Structure).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_Since_IsWhenTheThresholdsWereFirstMet()
    {
        // Ten presentation items on days 1.0 to 1.9; the tenth (day 1.9) reaches the minimum count.
        Flags(10, 0).ShouldHaveSingleItem().Since.ShouldBe(CourseBuilder.Day(1.9));
    }
}
