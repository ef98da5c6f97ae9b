using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The co-production log: what the team did together, and agreements with materials.</summary>
public static class LogList
{
    /// <summary>The list's key.</summary>
    public const string Key = "log";

    /// <summary>The label the Kind column uses for an agreement with a material.</summary>
    public const string AgreementLabel = "Agreement";

    /// <summary>The activity's identifier, such as <c>a12</c>.</summary>
    public static SiteColumn<string?> ActivityId { get; } = Columns.Text("ActivityId", "Activity id", "The activity's identifier, such as a12.");

    /// <summary>The course the activity belongs to.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>An activity kind's label, or <see cref="AgreementLabel"/>.</summary>
    public static SiteColumn<string?> Kind { get; } = Columns.Labels("Kind", "Kind", [.. SnapshotWords.Labels<ActivityKind>(), AgreementLabel]);

    /// <summary>When it happened.</summary>
    public static SiteColumn<DateTimeOffset?> At { get; } = Columns.Time("At", "When");

    /// <summary>Who did it: an item of the team list.</summary>
    public static SiteColumn<string?> By { get; } = Columns.Lookup("By", "By", TeamList.Key);

    /// <summary>Who took part: items of the team list.</summary>
    public static SiteColumn<IReadOnlyList<string>> Participants { get; } = Columns.Lookups("Participants", "Participants", TeamList.Key);

    /// <summary>
    /// For feedback, objections and agreements: the material or decision id, typed. Schema version 1's
    /// way, still read where neither lookup is set, and what an import writes (a snapshot's own ids).
    /// </summary>
    public static SiteColumn<string?> On { get; } = Columns.Text("On", "On (id)", "For feedback, objections and agreements: the material or decision id, if neither 'On material' nor 'On decision' is chosen.");

    /// <summary>For feedback, objections and agreements on a material: the document, chosen by its name in the materials library.</summary>
    public static SiteColumn<string?> OnMaterial { get; } = Columns.Lookup("OnMaterial", "On material", MaterialsLibrary.Key, SharePointFields.FileName,
        "For feedback, objections and agreements: the course material (document) it is on.").Since(2);

    /// <summary>For feedback, objections and agreements on a decision: the decision, chosen from the register.</summary>
    public static SiteColumn<string?> OnDecision { get; } = Columns.Lookup("OnDecision", "On decision", DecisionsList.Key, description:
        "For feedback, objections and agreements: the decision it is on.").Since(2);

    /// <summary>How the activity took place.</summary>
    public static SiteColumn<ActivityMode?> Mode { get; } = Columns.Choice<ActivityMode>("Mode", "Mode");

    /// <summary>What feedback was about.</summary>
    public static SiteColumn<FeedbackAspect?> Aspect { get; } = Columns.Choice<FeedbackAspect>("Aspect", "Aspect");

    /// <summary>A focus group's method.</summary>
    public static SiteColumn<FocusGroupMethod?> Method { get; } = Columns.Choice<FocusGroupMethod>("Method", "Focus group method");

    /// <summary>A focus group's phase.</summary>
    public static SiteColumn<FocusGroupPhase?> Phase { get; } = Columns.Choice<FocusGroupPhase>("Phase", "Focus group phase");

    /// <summary>Whether a task was accepted.</summary>
    public static SiteColumn<bool?> Accepted { get; } = Columns.Boolean("Accepted", "Task accepted");

    /// <summary>
    /// What the team did with the input (schema version 3): only for feedback, objections and focus groups,
    /// filled in on the item it answers, with <see cref="AnsweredAt"/> and <see cref="AnsweredBy"/>.
    /// </summary>
    public static SiteColumn<ResponseOutcome?> Outcome { get; } = Columns.Choice<ResponseOutcome>("AnswerOutcome", "What we did").Since(3);

    /// <summary>Why, in words: an answer that nothing changed needs one to count as an answer.</summary>
    public static SiteColumn<string?> Reason { get; } = Columns.Note("AnswerReason", "Why",
        "What changed because of this input, or why nothing could. An answer of 'Not adopted' needs a reason to count.").Since(3);

    /// <summary>When the team answered the input.</summary>
    public static SiteColumn<DateTimeOffset?> AnsweredAt { get; } = Columns.Time("AnsweredAt", "Answered on").Since(3);

    /// <summary>Who answered it for the team: an item of the team list.</summary>
    public static SiteColumn<string?> AnsweredBy { get; } = Columns.Lookup("AnsweredBy", "Answered by", TeamList.Key).Since(3);

    /// <summary>The columns of an answer, in the order a form shows them.</summary>
    internal static IReadOnlyList<SiteColumn> Answer { get; } = [Outcome, Reason, AnsweredAt, AnsweredBy];

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction log", "What the team did together: meetings, messages, feedback, focus groups, agreements and more.", false,
        [ActivityId.Schema, Course.Schema, Kind.Schema, At.Schema, By.Schema, Participants.Schema, On.Schema, Mode.Schema, Aspect.Schema, Method.Schema, Phase.Schema, Accepted.Schema,
         OnMaterial.Schema, OnDecision.Schema, Outcome.Schema, Reason.Schema, AnsweredAt.Schema, AnsweredBy.Schema]);
}
