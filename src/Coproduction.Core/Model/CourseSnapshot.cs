namespace Coproduction.Model;

/// <summary>
/// Everything the assessment needs to know about one course's co-production: the course, the people
/// and their experience, the materials and their versions, what people did, the decisions taken and
/// the stage history. Read and written by <see cref="Snapshots.SnapshotSerializer"/>.
/// </summary>
public sealed record CourseSnapshot
{
    /// <summary>The format identifier this library reads and writes.</summary>
    public const string FormatVersion1 = "coproduction-snapshot/1";

    /// <summary>The moment the assessment is made for, when the document names one.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The course itself.</summary>
    public required Course Course { get; init; }

    /// <summary>Narrower topic to broader topic, so that related topics can be recognised.</summary>
    public IReadOnlyDictionary<string, string> Taxonomy { get; init; } = new Dictionary<string, string>();

    /// <summary>The people involved: the core team and focus-group members.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>The course materials with their versions and agreements.</summary>
    public IReadOnlyList<Material> Materials { get; init; } = [];

    /// <summary>What people did: meetings, messages, feedback, focus groups and so on.</summary>
    public IReadOnlyList<Activity> Activities { get; init; } = [];

    /// <summary>The decisions register.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>The team's own explanations for checklist items.</summary>
    public IReadOnlyList<ChecklistNote> ChecklistNotes { get; init; } = [];

    /// <summary>The course's moves between lifecycle stages, in time order.</summary>
    public IReadOnlyList<StageChange> StageHistory { get; init; } = [];

    /// <summary>The sessions of the course delivered to students (added in version 1.1 of the format).</summary>
    public IReadOnlyList<DeliveredSession> Sessions { get; init; } = [];
}
