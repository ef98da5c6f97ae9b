using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the sessions list: a session delivered, by whom (team list item ids) and how.</summary>
internal sealed record SessionRow(string? SessionId, string? Course, DateTimeOffset? At, IReadOnlyList<string> Trainers, SessionMode? Mode)
{
    public static SessionRow Read(SiteFields f) =>
        new(SessionsList.SessionId.Read(f), SessionsList.Course.Read(f), SessionsList.At.Read(f), SessionsList.Trainers.Read(f), SessionsList.Mode.Read(f));

    /// <summary>The fields, titled by its mode (the title is staff's own, never read).</summary>
    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Mode is { } mode ? $"Session ({SnapshotWords.Label(mode).ToLowerInvariant()})" : "Session")
        .Set(SessionsList.SessionId, SessionId)
        .Set(SessionsList.Course, Course)
        .Set(SessionsList.At, At)
        .Set(SessionsList.Trainers, Trainers)
        .Set(SessionsList.Mode, Mode);
}
