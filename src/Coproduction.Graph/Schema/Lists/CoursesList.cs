using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The courses list: one item a course, with what the worker writes of its assessment.</summary>
public static class CoursesList
{
    /// <summary>The list's key.</summary>
    public const string Key = "courses";

    /// <summary>A course's identifier, such as <c>sleep-2026</c>.</summary>
    public static SiteColumn<string?> CourseId { get; } = Columns.Text("CourseId", "Course id", "The course's identifier, such as sleep-2026.");

    /// <summary>The kind of course.</summary>
    public static SiteColumn<CourseKind?> Kind { get; } = Columns.Choice<CourseKind>("Kind", "Kind");

    /// <summary>The course's topic tags.</summary>
    public static SiteColumn<IReadOnlyList<string>> Topics { get; } = Columns.Tags("Topics", "Topics", "Topic tags, separated by semicolons: never diagnoses or free text about a person.");

    /// <summary>The course's lifecycle stage.</summary>
    public static SiteColumn<Stage?> Stage { get; } = Columns.Choice<Stage>("Stage", "Stage");

    /// <summary>The course's lead: an item of the team list.</summary>
    public static SiteColumn<string?> Lead { get; } = Columns.Lookup("Lead", "Lead", TeamList.Key);

    /// <summary>Each checklist item's status, written by the worker, by item.</summary>
    public static IReadOnlyDictionary<ChecklistItem, SiteColumn<ChecklistStatus?>> Checklist { get; } = Enum.GetValues<ChecklistItem>().ToDictionary(
        item => item,
        item => Columns.Choice<ChecklistStatus>(ChecklistColumn(item), ChecklistText.Describe(item)).WrittenByWorker());

    /// <summary>The co-production score, 0 to 12, written by the worker.</summary>
    public static SiteColumn<int?> Score { get; } = Columns.Integer("CoproductionScore", "Co-production score", "0 to 12: 2 for each checklist item met, 1 for each partly met.").WrittenByWorker();

    /// <summary>Whether the course is ready for quality review, written by the worker.</summary>
    public static SiteColumn<bool?> ReadyForQualityReview { get; } = Columns.Boolean("ReadyForQualityReview", "Ready for quality review").WrittenByWorker();

    /// <summary>How many flags are open, written by the worker.</summary>
    public static SiteColumn<int?> OpenFlags { get; } = Columns.Integer("OpenFlags", "Open flags").WrittenByWorker();

    /// <summary>How many of the course's entries the worker could not read, written by the worker: each is an item of <see cref="ProblemsList"/>.</summary>
    public static SiteColumn<int?> NeedsAttention { get; } = Columns.Integer("NeedsAttention", "Entries to fix", "Entries of this course the worker could not read: see Coproduction entries to fix.").WrittenByWorker().Since(2);

    /// <summary>How many outside inputs (focus groups, feedback and objections from outside the core team) wait for an answer, written by the worker.</summary>
    public static SiteColumn<int?> InputsWaiting { get; } = Columns.Integer("InputsWaiting", "Inputs waiting for an answer",
        "Focus groups, and feedback and objections from outside the core team, that the team has not yet answered in the log.").WrittenByWorker().Since(3);

    /// <summary>How many of the course's sessions count (inside the cycle, not in the future), written by the worker.</summary>
    public static SiteColumn<int?> Sessions { get; } = Columns.Integer("SessionsDelivered", "Sessions", "Sessions delivered in this cycle: see Coproduction sessions.").WrittenByWorker().Since(3);

    /// <summary>How many of them were co-delivered by a peer trainer and a trainer without lived experience, written by the worker.</summary>
    public static SiteColumn<int?> CoDelivered { get; } = Columns.Integer("CoDelivered", "Co-delivered", "Of the sessions, those delivered by a peer trainer together with another trainer of learned experience.").WrittenByWorker().Since(3);

    /// <summary>When the worker last wrote the course's assessment.</summary>
    public static SiteColumn<DateTimeOffset?> LastAssessed { get; } = Columns.Time("LastAssessed", "Last assessed").WrittenByWorker();

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction courses", "The college's courses in co-production: one item a course.", false,
    [
        CourseId.Schema, Kind.Schema, Topics.Schema, Stage.Schema, Lead.Schema,
        .. Checklist.Values.Select(c => c.Schema),
        Score.Schema, ReadyForQualityReview.Schema, OpenFlags.Schema, LastAssessed.Schema, NeedsAttention.Schema,
        InputsWaiting.Schema, Sessions.Schema, CoDelivered.Schema,
    ]);

    private static string ChecklistColumn(ChecklistItem item)
    {
        var word = SnapshotWords.Of(item);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
