using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class InputNotAnsweredRuleTests
{
    private static CourseBuilder Team() => new CourseBuilder().CoreTeam("p1", "p2").FocusGroupMember("f1").FocusGroupMember("f2")
        .Material("m1", [(0, "p1")]);

    private static Flag? Flag(CourseAssessment assessment) => assessment.Flags.SingleOrDefault(f => f.Kind == FlagKind.InputNotAnswered);

    [Theory]
    [InlineData(27, false)]
    [InlineData(28, true)]
    [InlineData(29, true)]
    public void Assess_FocusGroupUnansweredForDays_IsOverdueFrom28(double days, bool overdue)
    {
        var assessment = Team().FocusGroup(1, "p1", ["f1"]).Assess(1 + days);

        (Flag(assessment) is not null).ShouldBe(overdue);
        assessment.YouSaidWeDid.ShouldBe(new YouSaidWeDidSummary { Inputs = 1, Overdue = overdue ? 1 : 0 });
    }

    [Fact]
    public void Assess_OverdueFocusGroup_FlagsTheCourseWithItsConvenerSinceItBecameOverdue()
    {
        var flag = Flag(Team().FocusGroup(1, "p1", ["f1"]).FocusGroup(3, "p2", ["f2"]).Assess(40))!;

        flag.Subject.ShouldBe("course-1");
        flag.People.ShouldBe(["p1", "p2"]);
        flag.Since.ShouldBe(Day(29));
        flag.Message.ShouldContain("2 focus groups");
        flag.Message.ShouldNotContain("Person");
    }

    [Fact]
    public void Assess_OverdueFeedbackFromOutside_FlagsTheMaterialItIsOn()
    {
        var flag = Flag(Team().Feedback(2, "f1", "m1").Feedback(5, "f2", "m1").Assess(40))!;

        flag.Subject.ShouldBe("m1");
        flag.People.ShouldBe(["f1", "f2"]);
        flag.Since.ShouldBe(Day(30));
        flag.Message.ShouldStartWith("2 pieces of feedback from outside the core team on the material \u201CMaterial m1\u201D (m1) have had no answer from the team for 28 days or more.");
    }

    [Fact]
    public void Assess_OverdueObjectionFromOutsideOnADecision_FlagsTheDecision()
    {
        var assessment = Team().Decision("d1", 1, "p1", ["p1", "p2"]).Activity(ActivityKind.Objection, 2, "f1", on: "d1").Assess(40);

        Flag(assessment)!.Subject.ShouldBe("d1");
        Flag(assessment)!.Message.ShouldStartWith("1 objection from outside the core team on the decision \u201CDecision d1\u201D (d1) has had no answer");
    }

    [Fact]
    public void Assess_CoreMembersOwnFeedbackAndObjections_AreNotOutsideInput()
    {
        var assessment = Team().Decision("d1", 1, "p1", ["p1", "p2"])
            .Feedback(2, "p2", "m1").Activity(ActivityKind.Objection, 2, "p2", on: "d1").FocusGroup(2, "p1", ["p2"])
            .Assess(60);

        assessment.YouSaidWeDid.Inputs.ShouldBe(0);
        Flag(assessment).ShouldBeNull();
    }

    [Fact]
    public void Assess_AnswerDatedAfterAsOf_DoesNotExistYet()
    {
        var assessment = Team().FocusGroup(1, "p1", ["f1"], Answer(45, "p1")).Assess(40);

        Flag(assessment).ShouldNotBeNull();
        assessment.YouSaidWeDid.ShouldBe(new YouSaidWeDidSummary { Inputs = 1, Overdue = 1 });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Assess_NotAdoptedWithABlankReason_IsNotAnAnswer(string? reason)
    {
        var assessment = Team().FocusGroup(1, "p1", ["f1"], Answer(5, "p1", ResponseOutcome.NotAdopted, reason)).Assess(40);

        Flag(assessment).ShouldNotBeNull();
        assessment.YouSaidWeDid.ShouldBe(new YouSaidWeDidSummary { Inputs = 1, Overdue = 1 });
    }

    [Fact]
    public void Assess_AnswersOfEachOutcome_AreCountedAndClearTheFlag()
    {
        var assessment = Team()
            .FocusGroup(1, "p1", ["f1"], Answer(5, "p1", ResponseOutcome.Adopted))
            .FocusGroup(2, "p1", ["f2"], Answer(5, "p1", ResponseOutcome.Adapted))
            .Feedback(3, "f1", "m1", response: Answer(5, "p2", ResponseOutcome.NotAdopted, "Trust branding rules"))
            .Feedback(20, "f2", "m1")
            .Assess(40);

        Flag(assessment).ShouldBeNull("the last feedback is 20 days old, not yet overdue");
        assessment.YouSaidWeDid.ShouldBe(new YouSaidWeDidSummary { Inputs = 4, Answered = 3, Adopted = 1, Adapted = 1, NotAdopted = 1, Overdue = 0 });
    }

    [Fact]
    public void Assess_InputBeforeTheCycle_IsNotCounted()
    {
        var assessment = Team().FocusGroup(1, "p1", ["f1"]).Moved(10, Stage.Live, Stage.UnderReview).AtStage(Stage.UnderReview).Assess(60);

        assessment.YouSaidWeDid.Inputs.ShouldBe(0);
        Flag(assessment).ShouldBeNull();
    }

    [Fact]
    public void Assess_AnswerWithinDaysOption_MovesTheThreshold()
    {
        var assessment = Team().FocusGroup(1, "p1", ["f1"]).Assess(15, new AssessmentOptions { AnswerWithinDays = 14 });

        Flag(assessment)!.Since.ShouldBe(Day(15));
        Flag(assessment)!.Message.ShouldContain("14 days");
    }
}
