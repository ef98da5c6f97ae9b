using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Checklist;

public sealed class QualityReadinessTests
{
    /// <summary>A course where every item is met: learned, lived and carer experience in a core team that shares the work.</summary>
    private static CourseBuilder AllMet() => new CourseBuilder()
        .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Carer())
        .FocusGroupMember("f1")
        .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
        .Meeting(3, "p1", "p2", "p3")
        .Contributions(4, "p2", "p3")
        .Activity(ActivityKind.FocusGroup, 5, "p3", ["f1"]);

    [Fact]
    public void Assess_EveryItemMet_IsReadyWithFullScore()
    {
        var assessment = AllMet().Assess();

        assessment.Checklist.ShouldAllBe(r => r.Status == ChecklistStatus.Met);
        assessment.Score.ShouldBe(12);
        assessment.ReadyForQuality.ShouldBeTrue();
        assessment.MissingForQuality.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_Checklist_ListsAllSixItemsInTheChecklistOrder()
    {
        new CourseBuilder().Assess().Checklist.Select(r => r.Item).ShouldBe(Enum.GetValues<ChecklistItem>());
    }

    [Fact]
    public void Assess_Score_IsTheSumOfTheItemScores()
    {
        // Learned met (2), lived partly met through a focus-group member (1), the rest not met (0).
        var assessment = new CourseBuilder().Core("p1", Learned()).FocusGroupMember("f1", Lived()).Meeting(1, "p1").Assess();

        assessment.Score.ShouldBe(3);
    }

    [Theory]
    [InlineData(ChecklistItem.CarersViewsSought)]
    [InlineData(ChecklistItem.FocusGroupsUsed)]
    public void Assess_ItemThatANoteMayExplain_UnmetAndUnexplained_IsNotReady(ChecklistItem item)
    {
        var assessment = Without(item).Assess();

        assessment.ReadyForQuality.ShouldBeFalse();
        assessment.MissingForQuality.Select(r => r.Item).ShouldBe([item]);
    }

    [Theory]
    [InlineData(ChecklistItem.CarersViewsSought)]
    [InlineData(ChecklistItem.FocusGroupsUsed)]
    public void Assess_ItemThatANoteMayExplain_ExplainedByANote_IsReady(ChecklistItem item)
    {
        var assessment = Without(item).Note(item, "The team agreed why, in its own words.").Assess();

        assessment.ReadyForQuality.ShouldBeTrue();
        assessment.Item(item).Status.ShouldNotBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_BlankNote_DoesNotExplain()
    {
        Without(ChecklistItem.FocusGroupsUsed).Note(ChecklistItem.FocusGroupsUsed, "  ").Assess().ReadyForQuality.ShouldBeFalse();
    }

    [Fact]
    public void Assess_NoteForAnotherItem_DoesNotExplain()
    {
        Without(ChecklistItem.FocusGroupsUsed).Note(ChecklistItem.CarersViewsSought, "Explains something else.").Assess().ReadyForQuality.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ChecklistItem.RelevantLearnedExperience)]
    [InlineData(ChecklistItem.RelevantLivedExperience)]
    [InlineData(ChecklistItem.MaterialsAgreed)]
    [InlineData(ChecklistItem.WorkShared)]
    public void Assess_ItemThatMustBeMet_IsNotExplainedAwayByANote(ChecklistItem item)
    {
        var assessment = Without(item).Note(item, "We could not.").Assess();

        assessment.ReadyForQuality.ShouldBeFalse();
        assessment.MissingForQuality.Select(r => r.Item).ShouldContain(item);
    }

    /// <summary>The all-met course with one item no longer met.</summary>
    private static CourseBuilder Without(ChecklistItem item) => item switch
    {
        ChecklistItem.RelevantLearnedExperience => new CourseBuilder()
            .Core("p1", Lived()).Core("p2").Core("p3", Carer()).FocusGroupMember("f1")
            .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p2", "p3").Activity(ActivityKind.FocusGroup, 5, "p3", ["f1"]),
        ChecklistItem.RelevantLivedExperience => new CourseBuilder()
            .Core("p1").Core("p2", Learned()).Core("p3", Carer("anxiety")).FocusGroupMember("f1")
            .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p2", "p3").Activity(ActivityKind.FocusGroup, 5, "p3", ["f1"]),
        ChecklistItem.CarersViewsSought => new CourseBuilder()
            .Core("p1", Lived()).Core("p2", Learned()).Core("p3").FocusGroupMember("f1")
            .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p2", "p3").Activity(ActivityKind.FocusGroup, 5, "p3", ["f1"]),
        ChecklistItem.FocusGroupsUsed => new CourseBuilder()
            .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Carer())
            .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p2", "p3"),
        ChecklistItem.MaterialsAgreed => new CourseBuilder()
            .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Carer()).FocusGroupMember("f1")
            .Material("m1", [(1, "p1")], [(2, "p2")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p2", "p3", "p3").Activity(ActivityKind.FocusGroup, 5, "p3", ["f1"]),
        ChecklistItem.WorkShared => new CourseBuilder()
            .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Carer()).FocusGroupMember("f1")
            .Material("m1", [(1, "p1")], [(2, "p2"), (2, "p3")])
            .Meeting(3, "p1", "p2", "p3").Contributions(4, "p1", "p1", "p1", "p1", "p1", "p1", "p1").Activity(ActivityKind.FocusGroup, 5, "p1", ["f1"]),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    [Theory]
    [InlineData(ChecklistItem.RelevantLearnedExperience)]
    [InlineData(ChecklistItem.RelevantLivedExperience)]
    [InlineData(ChecklistItem.CarersViewsSought)]
    [InlineData(ChecklistItem.FocusGroupsUsed)]
    [InlineData(ChecklistItem.MaterialsAgreed)]
    [InlineData(ChecklistItem.WorkShared)]
    public void Without_TakesAwayExactlyOneItem(ChecklistItem item)
    {
        // Guards the fixtures above: each differs from the all-met course in the one item only.
        Without(item).Assess().Checklist.Where(r => r.Status != ChecklistStatus.Met).Select(r => r.Item).ShouldBe([item]);
    }

    [Fact]
    public void Assess_NotReady_BlocksSubmitForQualityWithEachMissingItem()
    {
        var assessment = Without(ChecklistItem.FocusGroupsUsed).Assess();

        var blocked = assessment.BlockedTriggers.ShouldHaveSingleItem();
        blocked.Trigger.ShouldBe(Lifecycle.LifecycleTrigger.SubmitForQuality);
        blocked.Reasons.ShouldHaveSingleItem().ShouldStartWith("We have used focus groups to gather feedback and ideas: not met.");
        blocked.Reasons[0].ShouldEndWith("If it cannot be met, explain why in a checklist note.");
    }
}
