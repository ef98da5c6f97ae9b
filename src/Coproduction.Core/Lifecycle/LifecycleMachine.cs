using Coproduction.Model;
using Stateless;
using static Coproduction.Lifecycle.LifecycleTrigger;

namespace Coproduction.Lifecycle;

/// <summary>The course lifecycle as a Stateless state machine: stages, the steps between them, and their guards.</summary>
internal static class LifecycleMachine
{
    public const string RightExperienceGuard = "the right experience is included";
    public const string ReadyForQualityGuard = "ready for quality review";

    public static StateMachine<Stage, LifecycleTrigger> Create(Stage stage, LifecycleConditions conditions)
    {
        var current = stage;
        var machine = new StateMachine<Stage, LifecycleTrigger>(() => current, s => current = s);

        machine.Configure(Stage.Proposed)
            .Permit(BeginScoping, Stage.Scoping)
            .Permit(Withdraw, Stage.Withdrawn);

        machine.Configure(Stage.Scoping)
            .PermitIf(StartDevelopment, Stage.Developing, () => conditions.RightExperienceIncluded, RightExperienceGuard)
            .Permit(Withdraw, Stage.Withdrawn);

        machine.Configure(Stage.Developing)
            .PermitIf(SubmitForQuality, Stage.QualityReview, () => conditions.ReadyForQuality, ReadyForQualityGuard)
            .Permit(Withdraw, Stage.Withdrawn);

        machine.Configure(Stage.QualityReview)
            .Permit(RequestChanges, Stage.Developing)
            .Permit(Approve, Stage.Approved);

        machine.Configure(Stage.Approved)
            .Permit(Launch, Stage.Live);

        machine.Configure(Stage.Live)
            .Permit(BeginReview, Stage.UnderReview)
            .Permit(Retire, Stage.Retired);

        machine.Configure(Stage.UnderReview)
            .PermitIf(StartDevelopment, Stage.Developing, () => conditions.RightExperienceIncluded, RightExperienceGuard)
            .Permit(Retire, Stage.Retired);

        machine.Configure(Stage.Retired);
        machine.Configure(Stage.Withdrawn);
        return machine;
    }
}
