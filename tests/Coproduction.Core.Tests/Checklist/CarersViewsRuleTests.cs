using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Checklist;

public sealed class CarersViewsRuleTests
{
    [Fact]
    public void Assess_CoreCarerOfAnyTopic_IsMetEvenWithoutTakingPart()
    {
        var result = new CourseBuilder().Core("p1", Carer("anxiety")).Core("p2").Assess().Item(ChecklistItem.CarersViewsSought);

        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Evidence.ShouldBe(["p1"]);
    }

    [Fact]
    public void Assess_FocusGroupCarerWhoTookPart_IsMet()
    {
        var result = new CourseBuilder()
            .Core("p1").FocusGroupMember("f1", Carer())
            .Activity(ActivityKind.FocusGroup, 2, "p1", ["f1"])
            .Assess()
            .Item(ChecklistItem.CarersViewsSought);

        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Evidence.ShouldBe(["f1"]);
    }

    [Fact]
    public void Assess_ViewsSoughtButNoCarerTookPart_IsPartlyMet()
    {
        var result = new CourseBuilder()
            .Core("p1").FocusGroupMember("f1", Carer())
            .Activity(ActivityKind.CarerViewsSought, 2, "p1", id: "invite")
            .Assess()
            .Item(ChecklistItem.CarersViewsSought);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Evidence.ShouldBe(["invite"]);
    }

    [Fact]
    public void Assess_NoCarerAndNoViewsSought_IsNotMet()
    {
        var result = new CourseBuilder().Core("p1", Lived()).Meeting(1, "p1").Assess().Item(ChecklistItem.CarersViewsSought);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ViewsSoughtBeforeTheCycle_IsNotMet()
    {
        var result = new CourseBuilder()
            .Core("p1")
            .Activity(ActivityKind.CarerViewsSought, 1, "p1")
            .Moved(2, Stage.Live, Stage.UnderReview)
            .Assess()
            .Item(ChecklistItem.CarersViewsSought);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }
}
