using Coproduction.Model;
using static Coproduction.Lifecycle.LifecycleTrigger;

namespace Coproduction.Lifecycle;

public sealed class CourseLifecycleTests
{
    private static readonly LifecycleConditions NoneMet = new()
    {
        RightExperienceIncluded = false,
        RightExperienceGaps = ["There is relevant lived experience: not met."],
        ReadyForQuality = false,
        QualityGaps = ["All materials included have been agreed upon: partly met."],
    };

    /// <summary>The table of assessment-rules.md: every step, from every stage it leads on from, to its stage.</summary>
    public static TheoryData<Stage, LifecycleTrigger, Stage> Transitions => new()
    {
        { Stage.Proposed, BeginScoping, Stage.Scoping },
        { Stage.Scoping, StartDevelopment, Stage.Developing },
        { Stage.UnderReview, StartDevelopment, Stage.Developing },
        { Stage.Developing, SubmitForQuality, Stage.QualityReview },
        { Stage.QualityReview, RequestChanges, Stage.Developing },
        { Stage.QualityReview, Approve, Stage.Approved },
        { Stage.Approved, Launch, Stage.Live },
        { Stage.Live, BeginReview, Stage.UnderReview },
        { Stage.Live, Retire, Stage.Retired },
        { Stage.UnderReview, Retire, Stage.Retired },
        { Stage.Proposed, Withdraw, Stage.Withdrawn },
        { Stage.Scoping, Withdraw, Stage.Withdrawn },
        { Stage.Developing, Withdraw, Stage.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Destination_StepInTheTable_LeadsToItsStage(Stage from, LifecycleTrigger trigger, Stage to)
    {
        CourseLifecycle.Destination(from, trigger).ShouldBe(to);
    }

    [Fact]
    public void Destination_EveryOtherStageAndStep_LeadsNowhere()
    {
        var table = Transitions.Select(row => ((Stage)row[0], (LifecycleTrigger)row[1])).ToHashSet();
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var trigger in Enum.GetValues<LifecycleTrigger>().Where(t => !table.Contains((stage, t))))
            {
                CourseLifecycle.Destination(stage, trigger).ShouldBeNull($"{trigger} from {stage}");
            }
        }
    }

    [Theory]
    [InlineData(Stage.Proposed, new[] { BeginScoping, Withdraw })]
    [InlineData(Stage.Scoping, new[] { StartDevelopment, Withdraw })]
    [InlineData(Stage.Developing, new[] { SubmitForQuality, Withdraw })]
    [InlineData(Stage.QualityReview, new[] { RequestChanges, Approve })]
    [InlineData(Stage.Approved, new[] { Launch })]
    [InlineData(Stage.Live, new[] { BeginReview, Retire })]
    [InlineData(Stage.UnderReview, new[] { StartDevelopment, Retire })]
    [InlineData(Stage.Retired, new LifecycleTrigger[0])]
    [InlineData(Stage.Withdrawn, new LifecycleTrigger[0])]
    public void PermittedTriggers_GuardsHold_AreEveryStepFromTheStage(Stage stage, LifecycleTrigger[] expected)
    {
        var lifecycle = new CourseLifecycle(stage, LifecycleConditions.AllMet);

        lifecycle.PermittedTriggers.ShouldBe(expected);
        lifecycle.BlockedTriggers.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Stage.Scoping, new[] { Withdraw }, StartDevelopment)]
    [InlineData(Stage.UnderReview, new[] { Retire }, StartDevelopment)]
    [InlineData(Stage.Developing, new[] { Withdraw }, SubmitForQuality)]
    public void PermittedTriggers_GuardFails_LeavesTheGuardedStepOutWithReasons(Stage stage, LifecycleTrigger[] permitted, LifecycleTrigger blocked)
    {
        var lifecycle = new CourseLifecycle(stage, NoneMet);

        lifecycle.PermittedTriggers.ShouldBe(permitted);
        var block = lifecycle.BlockedTriggers.ShouldHaveSingleItem();
        block.Trigger.ShouldBe(blocked);
        block.Reasons.ShouldBe(blocked == StartDevelopment ? NoneMet.RightExperienceGaps : NoneMet.QualityGaps);
    }

    [Fact]
    public void PermittedTriggers_OnlyExperienceMissing_StillPermitsSubmitWhenReady()
    {
        // The two guards are independent: readiness is judged on its own.
        var conditions = NoneMet with { ReadyForQuality = true };

        new CourseLifecycle(Stage.Developing, conditions).PermittedTriggers.ShouldBe([SubmitForQuality, Withdraw]);
        new CourseLifecycle(Stage.Scoping, conditions).PermittedTriggers.ShouldBe([Withdraw]);
    }

    [Fact]
    public void CheckMove_PermittedStep_IsPermitted()
    {
        var check = new CourseLifecycle(Stage.QualityReview, NoneMet).CheckMove(Stage.QualityReview, Stage.Approved);

        check.IsPermitted.ShouldBeTrue();
        check.Trigger.ShouldBe(Approve);
    }

    [Fact]
    public void CheckMove_NoSuchStep_IsRefusedNamingWhereTheCourseCouldGo()
    {
        var check = new CourseLifecycle(Stage.Live, LifecycleConditions.AllMet).CheckMove(Stage.Developing, Stage.Live);

        check.IsPermitted.ShouldBeFalse();
        check.Trigger.ShouldBeNull();
        check.Reasons.ShouldHaveSingleItem().ShouldBe(
            "The lifecycle has no step from developing to live; from developing a course can go to qualityReview or withdrawn.");
    }

    [Fact]
    public void CheckMove_GuardFails_IsRefusedWithTheGuardsReasons()
    {
        var check = new CourseLifecycle(Stage.QualityReview, NoneMet).CheckMove(Stage.Developing, Stage.QualityReview);

        check.IsPermitted.ShouldBeFalse();
        check.Trigger.ShouldBe(SubmitForQuality);
        check.Reasons.ShouldBe(NoneMet.QualityGaps);
    }

    [Fact]
    public void CheckMove_SameStage_IsNoMove()
    {
        new CourseLifecycle(Stage.Live, NoneMet).CheckMove(Stage.Live, Stage.Live).IsPermitted.ShouldBeTrue();
    }

    [Fact]
    public void CheckMove_FromAFinalStage_SaysNothingLeadsOn()
    {
        new CourseLifecycle(Stage.Live, NoneMet).CheckMove(Stage.Retired, Stage.Live).Reasons.ShouldHaveSingleItem().ShouldContain("no other stage");
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void Diagram_NamesEveryStageStepAndGuard(string format)
    {
        var diagram = format == "dot" ? CourseLifecycle.ToDot() : CourseLifecycle.ToMermaid();

        foreach (var stage in Enum.GetNames<Stage>())
        {
            diagram.ShouldContain(stage);
        }

        foreach (var trigger in Enum.GetNames<LifecycleTrigger>())
        {
            diagram.ShouldContain(trigger);
        }

        diagram.ShouldContain("the right experience is included");
        diagram.ShouldContain("ready for quality review");
    }
}
