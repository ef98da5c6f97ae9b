using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Schema;

/// <summary>
/// The lists and libraries a Recovery College site needs for Coproduction, and their columns. Choice
/// columns offer the snapshot format's words as plain-English labels ("Quality review"). A newer
/// version only adds lists and columns; provisioning never removes or alters what is there.
/// See docs/sharepoint-schema.md.
/// </summary>
public static class SiteSchema
{
    /// <summary>The schema's version: it rises when lists or columns are added.</summary>
    public const int Version = 1;

    /// <summary>
    /// The most characters SharePoint keeps in a single line of text, <c>Title</c> included (the
    /// documented <c>maxLength</c> of a text column); longer text goes in a note column.
    /// </summary>
    public const int SingleLineLength = 255;

    /// <summary>The key of the courses list.</summary>
    public const string Courses = "courses";

    /// <summary>The key of the co-production team list.</summary>
    public const string Team = "team";

    /// <summary>The key of the co-production log.</summary>
    public const string Log = "log";

    /// <summary>The key of the decisions register.</summary>
    public const string Decisions = "decisions";

    /// <summary>The key of the checklist notes list.</summary>
    public const string Notes = "notes";

    /// <summary>The key of the stage history list.</summary>
    public const string Stages = "stages";

    /// <summary>The key of the flags list, written by the worker.</summary>
    public const string FlagList = "flags";

    /// <summary>The key of the topics list (narrower topic to broader topic).</summary>
    public const string Topics = "topics";

    /// <summary>The key of the material history list: versions saved before a site was connected.</summary>
    public const string MaterialHistory = "history";

    /// <summary>The key of the course materials library.</summary>
    public const string Materials = "materials";

    /// <summary>The key of the evidence library, where the worker keeps each course's report.</summary>
    public const string Evidence = "evidence";

    /// <summary>
    /// The key of the site's own hidden user information list, which the schema does not provision:
    /// who an item's <c>EditorLookupId</c> or a person column stands for. Found by its URL name
    /// (<c>users</c>), which does not change with the site's language as its title does.
    /// </summary>
    public const string UserInformation = "users";

    /// <summary>The flag kind the worker raises when a person moves a course to a stage the lifecycle does not permit now.</summary>
    public const string StageChangeLabel = "Stage change not permitted";

    /// <summary>The label the log's Kind column uses for an agreement with a material.</summary>
    public const string AgreementLabel = "Agreement";

    /// <summary>Every list and library, in the order they are created (lookups point to earlier ones where they can).</summary>
    public static IReadOnlyList<ListSchema> Lists { get; } =
    [
        new(Courses, "Coproduction courses", "The college's courses in co-production: one item a course.", false,
        [
            Text(SiteColumns.CourseId, "Course id", "The course's identifier, such as sleep-2026."),
            Choice<CourseKind>("Kind", "Kind"),
            Text("Topics", "Topics", "Topic tags, separated by semicolons: never diagnoses or free text about a person."),
            Choice<Stage>(SiteColumns.Stage, "Stage"),
            Lookup("Lead", "Lead", Team),
            .. Enum.GetValues<ChecklistItem>().Select(item => Worker(new ColumnSchema(ChecklistColumn(item), ChecklistText.Describe(item), ColumnType.Choice)
            {
                Choices = SnapshotWords.Labels<ChecklistStatus>(),
            })),
            Worker(new ColumnSchema("CoproductionScore", "Co-production score", ColumnType.Number) { Description = "0 to 12: 2 for each checklist item met, 1 for each partly met." }),
            Worker(new ColumnSchema("ReadyForQualityReview", "Ready for quality review", ColumnType.Boolean)),
            Worker(new ColumnSchema("OpenFlags", "Open flags", ColumnType.Number)),
            Worker(new ColumnSchema("LastAssessed", "Last assessed", ColumnType.DateTime)),
        ]),
        new(Team, "Coproduction team", "The people of each course's co-production team and focus groups. People need no Trust account.", false,
        [
            Text("PersonId", "Person id", "The person's identifier within the course, such as p1."),
            Lookup(SiteColumns.Course, "Course", Courses),
            Choice<Membership>("Membership", "Membership"),
            Text("Role", "Role", "A label such as peer trainer, clinician, coordinator."),
            new ColumnSchema("Seniority", "Seniority", ColumnType.Number) { Description = "Line authority: 0 none, higher is more senior." },
            Text("LivedTopics", "Lived experience topics", "Topic tags of the course's own topics, separated by semicolons. Never a diagnosis."),
            Text("LearnedTopics", "Learned experience topics", "Topic tags, separated by semicolons."),
            Text("CarerTopics", "Carer experience topics", "Topic tags, separated by semicolons. Never the cared-for person's condition."),
            Text(SiteColumns.Account, "Account", "The person's sign-in email, sign-in name or Entra object id, if they have one: how their saves of course materials are recognised."),
        ]),
        new(Log, "Coproduction log", "What the team did together: meetings, messages, feedback, focus groups, agreements and more.", false,
        [
            Text("ActivityId", "Activity id", "The activity's identifier, such as a12."),
            Lookup(SiteColumns.Course, "Course", Courses),
            new ColumnSchema("Kind", "Kind", ColumnType.Choice) { Choices = [.. SnapshotWords.Labels<ActivityKind>(), AgreementLabel] },
            new ColumnSchema("At", "When", ColumnType.DateTime),
            Lookup("By", "By", Team),
            Lookup("Participants", "Participants", Team, multiple: true),
            Text("On", "On", "For feedback, objections and agreements: the material or decision id."),
            Choice<ActivityMode>("Mode", "Mode"),
            Choice<FeedbackAspect>("Aspect", "Aspect"),
            Choice<FocusGroupMethod>("Method", "Focus group method"),
            Choice<FocusGroupPhase>("Phase", "Focus group phase"),
            new ColumnSchema("Accepted", "Task accepted", ColumnType.Boolean),
        ]),
        new(Decisions, "Coproduction decisions", "The decisions register: who decided, who was involved, and any exemption with its reason.", false,
        [
            Text("DecisionId", "Decision id", "The decision's identifier, such as d3."),
            Lookup(SiteColumns.Course, "Course", Courses),
            new ColumnSchema("At", "When", ColumnType.DateTime),
            Lookup("By", "Made by", Team),
            Lookup("Involved", "Involved", Team, multiple: true),
            Choice<Exemption>("Exemption", "Exemption"),
            new ColumnSchema("Justification", "Justification", ColumnType.MultilineText),
        ]),
        new(Notes, "Coproduction checklist notes", "The team's own explanation of a checklist item.", false,
        [
            Lookup(SiteColumns.Course, "Course", Courses),
            new ColumnSchema("Item", "Checklist item", ColumnType.Choice) { Choices = Enum.GetValues<ChecklistItem>().Select(ChecklistText.Describe).ToList() },
            new ColumnSchema("Note", "Note", ColumnType.MultilineText),
        ]),
        new(Stages, "Coproduction stage history", "Each move of a course from one stage to another.", false,
        [
            Lookup(SiteColumns.Course, "Course", Courses),
            new ColumnSchema("At", "When", ColumnType.DateTime),
            Choice<Stage>("FromStage", "From"),
            Choice<Stage>("ToStage", "To"),
            Lookup("By", "By", Team),
        ]),
        new(FlagList, "Coproduction flags", "Written by the worker: what looks unlike co-production, for a person to review.", false,
        [
            Worker(Lookup(SiteColumns.Course, "Course", Courses)),
            Worker(new ColumnSchema("FlagKind", "Kind", ColumnType.Choice) { Choices = [.. SnapshotWords.Labels<FlagKind>(), StageChangeLabel] }),
            Worker(Text("Subject", "Subject", "The material, decision or course the flag is about.")),
            Worker(Text("People", "People", "The ids of the people it concerns.")),
            Worker(new ColumnSchema("Since", "Since", ColumnType.DateTime)),
            Worker(new ColumnSchema("Message", "What to do", ColumnType.MultilineText)),
            Worker(new ColumnSchema("Status", "Status", ColumnType.Choice) { Choices = ["Open", "Resolved"] }),
        ]),
        new(Topics, "Coproduction topics", "Narrower topic (the title) to broader topic, so related topics are recognised.", false,
        [
            Text("Broader", "Broader topic", "The broader topic, such as sleep for insomnia."),
        ]),
        new(MaterialHistory, "Coproduction material history", "Versions of materials saved before the site was connected, by whom and when.", false,
        [
            Lookup(SiteColumns.Course, "Course", Courses),
            Text("MaterialId", "Material id", "The material's identifier."),
            new ColumnSchema("At", "When", ColumnType.DateTime),
            Lookup("By", "By", Team),
        ]),
        new(Materials, "Course materials", "The course materials: each saved version counts as work on the material.", true,
        [
            Lookup(SiteColumns.Course, "Course", Courses),
            Text("MaterialId", "Material id", "The material's identifier, such as m1."),
        ]),
        new(Evidence, "Coproduction evidence", "Written by the worker: each course's evidence report for the Quality Process.", true,
        [
            Worker(Lookup(SiteColumns.Course, "Course", Courses)),
        ]),
    ];

    /// <summary>The name of the courses list's column for a checklist item, such as <c>RelevantLearnedExperience</c>.</summary>
    /// <param name="item">The checklist item.</param>
    public static string ChecklistColumn(ChecklistItem item)
    {
        var word = SnapshotWords.Of(item);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>A list by key.</summary>
    /// <param name="key">The key, such as <see cref="Courses"/>.</param>
    public static ListSchema List(string key) => Lists.Single(l => l.Key == key);

    private static ColumnSchema Text(string name, string displayName, string description) =>
        new(name, displayName, ColumnType.Text) { Description = description };

    private static ColumnSchema Choice<TEnum>(string name, string displayName)
        where TEnum : struct, Enum => new(name, displayName, ColumnType.Choice) { Choices = SnapshotWords.Labels<TEnum>() };

    private static ColumnSchema Lookup(string name, string displayName, string list, bool multiple = false) =>
        new(name, displayName, ColumnType.Lookup) { LookupList = list, AllowMultiple = multiple };

    private static ColumnSchema Worker(ColumnSchema column) => column with { WrittenByWorker = true };
}
