using Coproduction.Flags;
using Coproduction.Text;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The flags list, written by the worker: what looks unlike co-production, for a person to review.</summary>
public static class FlagsList
{
    /// <summary>The list's key.</summary>
    public const string Key = "flags";

    /// <summary>The flag kind the worker raises when a person moves a course to a stage the lifecycle does not permit now.</summary>
    public const string StageChangeLabel = "Stage change not permitted";

    /// <summary>The course flagged.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create().WrittenByWorker();

    /// <summary>The flag's kind: a flag kind's label, or <see cref="StageChangeLabel"/>.</summary>
    /// <remarks>
    /// The choices of version 1.0's kinds and the worker's own come first, as sites have them; the kinds
    /// added since follow, so that a site's existing choices keep their order.
    /// </remarks>
    public static SiteColumn<string?> Kind { get; } = Columns.Labels("FlagKind", "Kind",
    [
        .. Enum.GetValues<FlagKind>().Where(k => k <= FlagKind.UnexplainedExemption).Select(k => SnapshotWords.Label(k)),
        StageChangeLabel,
        .. Enum.GetValues<FlagKind>().Where(k => k > FlagKind.UnexplainedExemption).Select(k => SnapshotWords.Label(k)),
    ]).WrittenByWorker();

    /// <summary>The material, decision or course the flag is about.</summary>
    public static SiteColumn<string?> Subject { get; } = Columns.Text("Subject", "Subject", "The material, decision or course the flag is about.").WrittenByWorker();

    /// <summary>The ids of the people it concerns.</summary>
    public static SiteColumn<string?> People { get; } = Columns.Text("People", "People", "The ids of the people it concerns.").WrittenByWorker();

    /// <summary>Since when the condition has held.</summary>
    public static SiteColumn<DateTimeOffset?> Since { get; } = Columns.Time("Since", "Since").WrittenByWorker();

    /// <summary>What to do about it.</summary>
    public static SiteColumn<string?> Message { get; } = Columns.Note("Message", "What to do").WrittenByWorker();

    /// <summary>Open or resolved.</summary>
    public static SiteColumn<FlagStatus?> Status { get; } = Columns.Choice("Status", "Status", [FlagStatus.Open, FlagStatus.Resolved], FlagStatusLabel).WrittenByWorker();

    /// <summary>The label of a flag's status, as the site shows it.</summary>
    /// <param name="status">The status.</param>
    public static string FlagStatusLabel(FlagStatus status) => status switch
    {
        FlagStatus.Open => "Open",
        FlagStatus.Resolved => "Resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a flag status."),
    };

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction flags", "Written by the worker: what looks unlike co-production, for a person to review.", false,
        [Course.Schema, Kind.Schema, Subject.Schema, People.Schema, Since.Schema, Message.Schema, Status.Schema]);
}
