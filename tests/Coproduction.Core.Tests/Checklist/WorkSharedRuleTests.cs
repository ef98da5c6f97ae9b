using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Checklist;

public sealed class WorkSharedRuleTests
{
    [Fact]
    public void Assess_EveryoneContributedAndNobodyDominates_IsMet()
    {
        // Shares 5/10, 3/10, 2/10: the largest is under 0.6.
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2", "p3")
            .Contributions(1, "p1", "p1", "p1", "p1", "p1", "p2", "p2", "p2", "p3", "p3")
            .Assess()
            .Item(ChecklistItem.WorkShared);

        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Evidence.ShouldBe(["p1", "p2", "p3"]);
    }

    [Fact]
    public void Assess_OneShareExactlyAtTheThreshold_IsPartlyMet()
    {
        // p1 makes 6 of 10: at the threshold of 0.6, which counts as the sole focus.
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2", "p3")
            .Contributions(1, "p1", "p1", "p1", "p1", "p1", "p1", "p2", "p2", "p3", "p3")
            .Assess()
            .Item(ChecklistItem.WorkShared);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Reason.ShouldContain("60%");
    }

    [Fact]
    public void Assess_OneShareJustUnderTheThreshold_IsMet()
    {
        // p1 makes 59 of 100.
        var builder = new CourseBuilder().CoreTeam("p1", "p2", "p3");
        builder.Contributions(1, [.. Enumerable.Repeat("p1", 59), .. Enumerable.Repeat("p2", 21), .. Enumerable.Repeat("p3", 20)]);

        builder.Assess().Item(ChecklistItem.WorkShared).Status.ShouldBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_TwoOfThreeContributed_IsPartlyMet()
    {
        var result = new CourseBuilder().CoreTeam("p1", "p2", "p3").Contributions(1, "p1", "p2").Assess().Item(ChecklistItem.WorkShared);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Evidence.ShouldBe(["p1", "p2"]);
    }

    [Theory]
    [InlineData("p1")]
    [InlineData("")]
    public void Assess_OneOrNoCoreMemberContributed_IsNotMet(string contributorList)
    {
        var contributors = contributorList.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var result = new CourseBuilder().CoreTeam("p1", "p2").FocusGroupMember("f1").Contributions(1, [.. contributors, "f1"]).Assess().Item(ChecklistItem.WorkShared);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Theory]
    [InlineData(ActivityKind.Meeting, true)]
    [InlineData(ActivityKind.Message, true)]
    [InlineData(ActivityKind.WorkShared, true)]
    [InlineData(ActivityKind.Feedback, true)]
    [InlineData(ActivityKind.ResearchAgreed, true)]
    [InlineData(ActivityKind.FocusGroup, true)]
    [InlineData(ActivityKind.CarerViewsSought, true)]
    [InlineData(ActivityKind.TaskAssigned, false)]
    [InlineData(ActivityKind.Objection, false)]
    public void Assess_ActivityKind_CountsAsAContributionOrNot(ActivityKind kind, bool counts)
    {
        var onSomething = kind is ActivityKind.Feedback or ActivityKind.Objection ? "m1" : null;
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")])
            .Activity(kind, 2, "p2", on: onSomething)
            .Assess()
            .Item(ChecklistItem.WorkShared);

        // p1's version is one contribution; p2's activity, if it counts, is the other: shares of 0.5 each.
        result.Status.ShouldBe(counts ? ChecklistStatus.Met : ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_VersionsAndAgreements_AreContributions()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")], [(2, "p2")])
            .Assess()
            .Item(ChecklistItem.WorkShared);

        // One each: everyone contributed and the largest share, 0.5, is under the threshold.
        result.Status.ShouldBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_ContributionsBeforeTheCycle_DoNotCount()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Contributions(1, "p2")
            .Moved(2, Stage.Proposed, Stage.Scoping)
            .Contributions(3, "p1")
            .Assess()
            .Item(ChecklistItem.WorkShared);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_ShareThatIsNotAnExactBinaryFraction_ReadsAsItsPercent()
    {
        // p1 makes 29 of 50: 58%, which floating point computes as 57.99999…
        var builder = new CourseBuilder().CoreTeam("p1", "p2");
        builder.Contributions(1, [.. Enumerable.Repeat("p1", 29), .. Enumerable.Repeat("p2", 21)]);

        var result = builder.Assess(options: new AssessmentOptions { SoleFocusShare = 0.5 }).Item(ChecklistItem.WorkShared);

        result.Reason.ShouldContain("58%");
    }
}
