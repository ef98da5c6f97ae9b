using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.People;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Notes the stage moves people make. Delta does not say who changed a course item; its fields do
/// (<c>EditorLookupId</c>), as an entry of the site's user information list, read once per entry and
/// kept in the state. A move made by an application (the worker putting a stage back, an import) is
/// not judged; nor, saying so in the log, one whose editor the site does not name.
/// </summary>
internal sealed class StageMoves(CoproductionGraphClient graph, WorkerState state, Microsoft.Extensions.Logging.ILogger logger)
{
    public async Task NoteAsync(string siteId, string? userList, IReadOnlyList<ItemChange> changes, Dictionary<string, (string From, string To)> moves, CancellationToken cancellationToken)
    {
        var moved = new List<(ItemChange Change, string From, string To)>();
        foreach (var change in changes.Where(c => !c.Deleted))
        {
            // Judged against the stage last written for (not the copy, which a pass cut short may have moved on already).
            if ((state.Written(siteId, change.ItemId)?.Stage ?? state.Item(siteId, Graph.Schema.SiteSchema.Courses, change.ItemId)?.Fields.GetValueOrDefault("Stage") as string) is { } from
                && change.Fields.GetValueOrDefault("Stage") is string to && from != to)
            {
                moved.Add((change, from, to));
            }
        }

        if (moved.Count == 0)
        {
            return;
        }

        var editors = await graph.ResolveUsersAsync(siteId, userList, [.. moved.Select(m => m.Change.EditorLookupId).OfType<string>()], state, cancellationToken);
        foreach (var (change, from, to) in moved)
        {
            var editor = change.EditorLookupId is { } id ? editors.GetValueOrDefault(id) : null;
            if (editor is { Kind: SiteUserKind.Person })
            {
                moves[change.ItemId] = (from, to);
            }
            else if (editor is null or { Kind: SiteUserKind.Unknown })
            {
                Log.EditorUnknown(logger, change.ItemId, siteId);
            }
        }
    }
}
