using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Text;

namespace Coproduction.Worker.Passes;

/// <summary>
/// A course's stage as the worker keeps it between passes: its label (<c>Quality review</c>), as the
/// state file has always held it. A stage the site holds that is not one of the choices is no stage.
/// </summary>
internal static class StageLabel
{
    public static string? Of(SiteFields? fields) => fields?.Find(CoursesList.Stage) is { } stage ? SnapshotWords.Label(stage) : null;
}
