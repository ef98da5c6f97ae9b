using Coproduction.Graph.Schema;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>A pass whose materials library could not be read: it waits, assessing nothing.</summary>
internal sealed partial class SitePass
{
    /// <summary>
    /// A pass whose materials library could not be read: the other lists' changes are in the copy and
    /// their links saved, but no course is assessed, for materials that cannot be read are not materials
    /// gone (no flag resolved, no checklist item dropped for them). Every due course stays due, and a move
    /// read this pass is kept, to be judged when its course is assessed; all catch up once the library reads.
    /// </summary>
    private PassResult Waiting(string siteId, IReadOnlyDictionary<string, string> lists, Intake read, int waiting, int status)
    {
        state.InTransaction(() =>
        {
            foreach (var (course, move) in read.Moves)
            {
                state.KeepMove(siteId, course, new KeptMove(move.From, move.To, PutBack: false));
            }

            state.SaveLinksAndForgetStages(siteId, read.Links);
        });

        if (lists.GetValueOrDefault(SiteSchema.Materials) is { } library)
        {
            Log.MaterialsUnreadable(logger, library, siteId, status, waiting);
        }
        else
        {
            Log.MaterialsLibraryMissing(logger, siteId, waiting);
        }

        metrics.ChangesRead.Add(read.Changes);
        metrics.CoursesWaited.Add(waiting);
        Log.PassDone(logger, siteId, read.Changes, read.Links.Count, 0, 0, 0, 0, 0);
        return new PassResult(siteId, read.Changes, 0, 0, 0, 0, 0) { Waited = waiting, MaterialsUnreadable = true };
    }
}
