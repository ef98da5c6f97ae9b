using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;

namespace Coproduction.Text;

/// <summary>
/// The assessment format's words (assessment-rules.md) for checklist statuses, flag kinds and
/// lifecycle steps, and their labels. A flag kind's label is also the identity of flags already on
/// sites: changing one would raise every open flag again under a new name.
/// </summary>
internal static class AssessmentWords
{
    public static readonly WordTable<ChecklistStatus> ChecklistStatuses = new(
        (ChecklistStatus.NotMet, "notMet", "Not met"),
        (ChecklistStatus.PartlyMet, "partlyMet", "Partly met"),
        (ChecklistStatus.Met, "met", "Met"));

    public static readonly WordTable<FlagKind> FlagKinds = new(
        (FlagKind.SoleAuthorWithoutFeedback, "soleAuthorWithoutFeedback", "Sole author without feedback"),
        (FlagKind.SoleFocus, "soleFocus", "Sole focus"),
        (FlagKind.PushedThroughWithoutFeedback, "pushedThroughWithoutFeedback", "Pushed through without feedback"),
        (FlagKind.PullingRank, "pullingRank", "Pulling rank"),
        (FlagKind.TellingPeopleWhatToWorkOn, "tellingPeopleWhatToWorkOn", "Telling people what to work on"),
        (FlagKind.OverReviewing, "overReviewing", "Over reviewing"),
        (FlagKind.UnexplainedExemption, "unexplainedExemption", "Unexplained exemption"),
        (FlagKind.InputNotAnswered, "inputNotAnswered", "Input not answered"),
        (FlagKind.NotCoDelivered, "notCoDelivered", "Not co-delivered"));

    public static readonly WordTable<LifecycleTrigger> LifecycleTriggers = new(
        (LifecycleTrigger.BeginScoping, "beginScoping", "Begin scoping"),
        (LifecycleTrigger.StartDevelopment, "startDevelopment", "Start development"),
        (LifecycleTrigger.SubmitForQuality, "submitForQuality", "Submit for quality"),
        (LifecycleTrigger.RequestChanges, "requestChanges", "Request changes"),
        (LifecycleTrigger.Approve, "approve", "Approve"),
        (LifecycleTrigger.Launch, "launch", "Launch"),
        (LifecycleTrigger.BeginReview, "beginReview", "Begin review"),
        (LifecycleTrigger.Retire, "retire", "Retire"),
        (LifecycleTrigger.Withdraw, "withdraw", "Withdraw"));
}
