using Coproduction.Model;

namespace Coproduction.Text;

/// <summary>
/// The snapshot format's words for the model's enumerations (snapshot-format.md), and their labels
/// as SharePoint choice columns show them. A word or label here is a public contract: snapshots,
/// assessments and sites already hold it, so it is never changed, only added to.
/// </summary>
internal static class ModelWords
{
    public static readonly WordTable<CourseKind> CourseKinds = new(
        (CourseKind.New, "new", "New"),
        (CourseKind.Review, "review", "Review"));

    public static readonly WordTable<Stage> Stages = new(
        (Stage.Proposed, "proposed", "Proposed"),
        (Stage.Scoping, "scoping", "Scoping"),
        (Stage.Developing, "developing", "Developing"),
        (Stage.QualityReview, "qualityReview", "Quality review"),
        (Stage.Approved, "approved", "Approved"),
        (Stage.Live, "live", "Live"),
        (Stage.UnderReview, "underReview", "Under review"),
        (Stage.Retired, "retired", "Retired"),
        (Stage.Withdrawn, "withdrawn", "Withdrawn"));

    public static readonly WordTable<Membership> Memberships = new(
        (Membership.Core, "core", "Core"),
        (Membership.FocusGroup, "focusGroup", "Focus group"));

    public static readonly WordTable<ExperienceKind> ExperienceKinds = new(
        (ExperienceKind.Lived, "lived", "Lived"),
        (ExperienceKind.Learned, "learned", "Learned"),
        (ExperienceKind.Carer, "carer", "Carer"));

    public static readonly WordTable<ActivityKind> ActivityKinds = new(
        (ActivityKind.Meeting, "meeting", "Meeting"),
        (ActivityKind.Message, "message", "Message"),
        (ActivityKind.WorkShared, "workShared", "Work shared"),
        (ActivityKind.Feedback, "feedback", "Feedback"),
        (ActivityKind.ResearchAgreed, "researchAgreed", "Research agreed"),
        (ActivityKind.FocusGroup, "focusGroup", "Focus group"),
        (ActivityKind.CarerViewsSought, "carerViewsSought", "Carer views sought"),
        (ActivityKind.TaskAssigned, "taskAssigned", "Task assigned"),
        (ActivityKind.Objection, "objection", "Objection"));

    public static readonly WordTable<ActivityMode> ActivityModes = new(
        (ActivityMode.InPerson, "inPerson", "In person"),
        (ActivityMode.Virtual, "virtual", "Virtual"),
        (ActivityMode.Async, "async", "Async"));

    public static readonly WordTable<FeedbackAspect> FeedbackAspects = new(
        (FeedbackAspect.Content, "content", "Content"),
        (FeedbackAspect.Structure, "structure", "Structure"),
        (FeedbackAspect.Presentation, "presentation", "Presentation"));

    public static readonly WordTable<FocusGroupMethod> FocusGroupMethods = new(
        (FocusGroupMethod.InPerson, "inPerson", "In person"),
        (FocusGroupMethod.Virtual, "virtual", "Virtual"),
        (FocusGroupMethod.SharedInformation, "sharedInformation", "Shared information"),
        (FocusGroupMethod.PollOrSurvey, "pollOrSurvey", "Poll or survey"),
        (FocusGroupMethod.ExperienceSharing, "experienceSharing", "Experience sharing"));

    public static readonly WordTable<FocusGroupPhase> FocusGroupPhases = new(
        (FocusGroupPhase.Beginning, "beginning", "Beginning"),
        (FocusGroupPhase.PartWay, "partWay", "Part way"),
        (FocusGroupPhase.TowardsEnd, "towardsEnd", "Towards end"));

    public static readonly WordTable<Exemption> Exemptions = new(
        (Exemption.HealthAndSafety, "healthAndSafety", "Health and safety"),
        (Exemption.TrustPolicy, "trustPolicy", "Trust policy"),
        (Exemption.Timely, "timely", "Timely"),
        (Exemption.Managerial, "managerial", "Managerial"));

    public static readonly WordTable<ResponseOutcome> ResponseOutcomes = new(
        (ResponseOutcome.Adopted, "adopted", "Adopted"),
        (ResponseOutcome.Adapted, "adapted", "Adapted"),
        (ResponseOutcome.NotAdopted, "notAdopted", "Not adopted"));

    public static readonly WordTable<SessionMode> SessionModes = new(
        (SessionMode.InPerson, "inPerson", "In person"),
        (SessionMode.Virtual, "virtual", "Virtual"));

    public static readonly WordTable<ChecklistItem> ChecklistItems = new(
        (ChecklistItem.RelevantLearnedExperience, "relevantLearnedExperience", "Relevant learned experience"),
        (ChecklistItem.RelevantLivedExperience, "relevantLivedExperience", "Relevant lived experience"),
        (ChecklistItem.CarersViewsSought, "carersViewsSought", "Carers views sought"),
        (ChecklistItem.FocusGroupsUsed, "focusGroupsUsed", "Focus groups used"),
        (ChecklistItem.MaterialsAgreed, "materialsAgreed", "Materials agreed"),
        (ChecklistItem.WorkShared, "workShared", "Work shared"));
}
