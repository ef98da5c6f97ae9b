using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Notes the stage moves people make. Delta does not say who changed a course item; its fields do
/// (<c>EditorLookupId</c>), as an entry of the site's user information list, read once per entry and
/// kept in the state. A move made by an application (the worker putting a stage back, an import) is
/// not judged; nor, saying so in the log, one whose editor the site does not name as a person.
/// </summary>
internal sealed class StageMoves(CoproductionGraphClient graph, WorkerState state, ILogger<StageMoves> logger)
{
    public async Task NoteAsync(string siteId, IReadOnlyDictionary<string, string> lists, IReadOnlyList<ItemChange> changes, Dictionary<string, (string From, string To)> moves, CancellationToken cancellationToken)
    {
        var moved = new List<(ItemChange Change, string From, string To)>();
        state.InTransaction(() =>
        {
            foreach (var change in changes.Where(c => !c.Deleted))
            {
                if (From(siteId, change.ItemId) is { } from && StageLabel.Of(change.Fields) is { } to && from != to)
                {
                    moved.Add((change, from, to));
                }
            }
        });

        if (moved.Count == 0)
        {
            return;
        }

        var lastChanged = moved.Where(m => m.Change.EditorLookupId is not null).DistinctBy(m => m.Change.EditorLookupId)
            .ToDictionary(m => m.Change.EditorLookupId!, m => new ListItemRef(lists[SiteSchema.Courses], m.Change.ItemId), StringComparer.Ordinal);
        var editors = await graph.ResolveUsersAsync(siteId, lists.GetValueOrDefault(SiteSchema.UserInformation), [.. lastChanged.Keys], state, lastChanged, cancellationToken);
        foreach (var (change, from, to) in moved)
        {
            switch (change.EditorLookupId is { } id ? editors.GetValueOrDefault(id)?.Kind : null)
            {
                case SiteUserKind.Person:
                    moves[change.ItemId] = (from, to);
                    break;
                case SiteUserKind.Application:
                    state.MoveNotJudged(siteId, change.ItemId, to);
                    break;
                case var kind:
                    Log.EditorUnknown(logger, change.ItemId, siteId, kind?.ToString() ?? "no one the site names");
                    state.MoveNotJudged(siteId, change.ItemId, to);
                    break;
            }
        }
    }

    /// <summary>
    /// The stage a move is judged from: the one last written for (not the copy, which a pass cut short
    /// may have moved on already); for a course never written for (or without a stage then), the copy's, kept before the change
    /// is applied so that the same change given again is still a move.
    /// </summary>
    private string? From(string siteId, string course)
    {
        if (state.Written(siteId, course)?.Stage is { } written)
        {
            return written;
        }

        if (state.StageBefore(siteId, course) is { } before)
        {
            return before;
        }

        var copied = StageLabel.Of(state.Item(siteId, SiteSchema.Courses, course)?.Fields);
        if (copied is not null)
        {
            state.KeepStageBefore(siteId, course, copied);
        }

        return copied;
    }
}
