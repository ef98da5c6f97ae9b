using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;

namespace Coproduction.Report;

/// <summary>The fixed words of the report: what each checklist item asks, and plain names for stages, steps and flags.</summary>
internal static class ReportText
{
    public const string ExperienceNote = "Counts only: lived and carer experience is health information, so no one is named beside it. A person may bring more than one kind.";

    public const string ContributionsNote = "Contributions in this cycle: versions of materials saved, agreements given, and meetings, messages, shared work, feedback, research, focus groups and carers' views sought.";

    public const string NoFocusGroups = "No focus group took place in this cycle.";

    public const string NoOutsideInput = "No input from outside the core team in this cycle: no focus group with people from outside it, and no feedback or objection by them.";

    public const string InputsNote = "The guidance and NHS England ask that a team tell people what changed because of their input, and why when nothing could. An answer that nothing changed counts once it gives the reason.";

    public const string NoSessions = "No session delivered to students is recorded in this cycle.";

    public const string DeliveryNote = "A session is co-delivered when a peer trainer, with lived experience of the course's topics, delivers it together with another person with learned experience, as the RECOLLECT fidelity measure asks. Trainers are counted, not named.";

    public const string NoDecisions = "No decision was recorded in this cycle.";

    public const string DecisionsNote = "Some decisions may legitimately not be co-produced: health and safety, Trust policy such as branding, and managerial decisions, each with its reason. A timely decision with the views of a handful of people is still co-production.";

    public const string NoFlags = "No flags: nothing in this cycle looks like what the guidance says is not co-production.";

    public const string FlagsNote = "Flags are about the way of working, for a person to review and decide on. They are not a score of anyone, and they never block the course.";

    public const string NothingRecorded = "Nothing was recorded in this cycle.";

    /// <summary>What the guidance asks of each checklist item, as the Quality Process expects a team to expand on it.</summary>
    public static string Asks(ChecklistItem item) => item switch
    {
        ChecklistItem.RelevantLearnedExperience =>
            "The team includes people with learned experience relevant to the course: professionals who have worked with a number of people experiencing these symptoms or challenges.",
        ChecklistItem.RelevantLivedExperience =>
            "The team includes people with lived experience relevant to the course: of the symptoms, a diagnosis or life experiences, or as a carer or supporter, which the guidance counts as lived experience too.",
        ChecklistItem.CarersViewsSought =>
            "Carers' and supporters' perspective differs from that of the person with the symptoms and is valued. When it cannot be in the core team, it can be sought through invitations, surveys or focus groups.",
        ChecklistItem.FocusGroupsUsed =>
            "Focus groups bring in more voices without over-committing people: meetings, information shared virtually, polls and surveys, or experiences shared, at the beginning, part way or towards the end.",
        ChecklistItem.MaterialsAgreed =>
            "Every material in the course has been agreed by the core team as it now stands, after its latest changes.",
        ChecklistItem.WorkShared =>
            "Everyone in the core working group contributed and no one person's work or ideas became the sole focus.",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>"quality review": the stage's declared label in lower case, never its member's name.</summary>
    public static string Stage(Stage stage) => Text.SnapshotWords.Label(stage).ToLowerInvariant();

    public static string Step(LifecycleTrigger trigger) => trigger switch
    {
        LifecycleTrigger.BeginScoping => "begin scoping",
        LifecycleTrigger.StartDevelopment => "start development",
        LifecycleTrigger.SubmitForQuality => "submit for quality review",
        LifecycleTrigger.RequestChanges => "request changes (back to developing)",
        LifecycleTrigger.Approve => "approve",
        LifecycleTrigger.Launch => "launch (go live)",
        LifecycleTrigger.BeginReview => "begin a review",
        LifecycleTrigger.Retire => "retire the course",
        LifecycleTrigger.Withdraw => "withdraw the course",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    public static string Flag(FlagKind kind) => kind switch
    {
        FlagKind.SoleAuthorWithoutFeedback => "Work on a material without feedback",
        FlagKind.SoleFocus => "One person's work as the sole focus",
        FlagKind.PushedThroughWithoutFeedback => "A decision pushed through without feedback",
        FlagKind.PullingRank => "Pulling rank",
        FlagKind.TellingPeopleWhatToWorkOn => "Telling people what to work on",
        FlagKind.OverReviewing => "Checking every word, font and image",
        FlagKind.UnexplainedExemption => "An exemption without a reason",
        FlagKind.InputNotAnswered => "Input waiting for the team's answer",
        FlagKind.NotCoDelivered => "Sessions not co-delivered",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Exemption(Exemption exemption) => exemption switch
    {
        Model.Exemption.HealthAndSafety => "health and safety",
        Model.Exemption.TrustPolicy => "Trust policy",
        Model.Exemption.Timely => "a timely decision",
        Model.Exemption.Managerial => "a managerial decision",
        _ => throw new ArgumentOutOfRangeException(nameof(exemption), exemption, null),
    };

    public static string Phase(FocusGroupPhase? phase) => phase switch
    {
        FocusGroupPhase.Beginning => "at the beginning",
        FocusGroupPhase.PartWay => "part way through",
        FocusGroupPhase.TowardsEnd => "towards the end",
        _ => "not recorded",
    };

    public static string Method(FocusGroupMethod? method) => method switch
    {
        FocusGroupMethod.InPerson => "an in-person meeting",
        FocusGroupMethod.Virtual => "a virtual meeting",
        FocusGroupMethod.SharedInformation => "information shared virtually",
        FocusGroupMethod.PollOrSurvey => "a poll or survey",
        FocusGroupMethod.ExperienceSharing => "experiences shared",
        _ => "not recorded",
    };

    /// <summary>The guidance's reason for a focus group at each point, for the gentle note where a phase had none.</summary>
    public static string PhaseAdvice(FocusGroupPhase phase) => phase switch
    {
        FocusGroupPhase.Beginning => "No focus group took place at the beginning. When a topic could go in many directions, an early focus group can help decide what to include and how to deliver it.",
        FocusGroupPhase.PartWay => "No focus group took place part way through. If the work drifts off course, or the team finds it hard to agree, a focus group can help get back on track.",
        FocusGroupPhase.TowardsEnd => "No focus group has taken place towards the end yet. Before the Quality Process, one can check whether the course meets what it set out to achieve, while changes are still easy to make.",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
