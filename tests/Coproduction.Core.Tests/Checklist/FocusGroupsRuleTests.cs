using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Checklist;

public sealed class FocusGroupsRuleTests
{
    [Fact]
    public void Assess_FocusGroupWithSomeoneFromOutsideTheCore_IsMet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2").FocusGroupMember("f1")
            .Activity(ActivityKind.FocusGroup, 1, "p1", ["p2"], id: "inner")
            .Activity(ActivityKind.FocusGroup, 2, "p1", ["p2", "f1"], id: "outer")
            .Assess()
            .Item(ChecklistItem.FocusGroupsUsed);

        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Evidence.ShouldBe(["outer"]);
    }

    [Theory]
    [InlineData("p2")]
    [InlineData("")]
    public void Assess_FocusGroupsOfTheCoreTeamOnly_ArePartlyMet(string participantList)
    {
        var participants = participantList.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2").FocusGroupMember("f1")
            .Activity(ActivityKind.FocusGroup, 1, "p1", participants, id: "fg")
            .Assess()
            .Item(ChecklistItem.FocusGroupsUsed);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Evidence.ShouldBe(["fg"]);
    }

    [Fact]
    public void Assess_NoFocusGroup_IsNotMet()
    {
        var result = new CourseBuilder().CoreTeam("p1").FocusGroupMember("f1").Meeting(1, "p1", "f1").Assess().Item(ChecklistItem.FocusGroupsUsed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_FocusGroupAfterAsOf_IsNotMet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1").FocusGroupMember("f1")
            .Activity(ActivityKind.FocusGroup, 10, "p1", ["f1"])
            .Assess(asOfDay: 9.99)
            .Item(ChecklistItem.FocusGroupsUsed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }
}
