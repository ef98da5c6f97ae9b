using Coproduction.Model;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>
/// The sessions list (schema version 3): each session of a course delivered to students, and who
/// delivered it, for the co-delivery rule. Staff record a session in its form: the course, when, the
/// trainers (people of the team list) and how; nobody types an id.
/// </summary>
public static class SessionsList
{
    /// <summary>The list's key.</summary>
    public const string Key = "sessions";

    /// <summary>The session's identifier, such as <c>s1</c>; may be left empty (the session is then <c>session-{item id}</c>).</summary>
    public static SiteColumn<string?> SessionId { get; } = Columns.Text("SessionId", "Session id", "Leave empty: the session is known by its item. An import writes a snapshot's own ids here.").Since(3);

    /// <summary>The course the session is of.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create().Since(3);

    /// <summary>When it was delivered.</summary>
    public static SiteColumn<DateTimeOffset?> At { get; } = Columns.Time("At", "When").Since(3);

    /// <summary>Who delivered it: items of the team list, at least one.</summary>
    public static SiteColumn<IReadOnlyList<string>> Trainers { get; } = Columns.Lookups("Trainers", "Trainers", TeamList.Key).Since(3);

    /// <summary>How it was delivered.</summary>
    public static SiteColumn<SessionMode?> Mode { get; } = Columns.Choice<SessionMode>("Mode", "Mode").Since(3);

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction sessions", "Each session of a course delivered to students, and who delivered it: a peer trainer with a trainer without lived experience is co-delivery.", false,
        [SessionId.Schema, Course.Schema, At.Schema, Trainers.Schema, Mode.Schema]) { Since = 3 };
}
