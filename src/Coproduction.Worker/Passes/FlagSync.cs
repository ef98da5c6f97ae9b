using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps one flag item per open condition on a site, unique by course, kind and subject: created when
/// the condition appears, updated when what it says changes, marked resolved when it clears, reopened if
/// it returns; never duplicated, even after a crash (the worker learns the site's flag items afresh
/// each time it starts, and again after a write of them failed part way). A flag is a <see cref="FlagRow"/>
/// throughout, and its <see cref="FlagRow.Fingerprint"/> the one measure of whether its item says it.
/// </summary>
internal sealed class FlagSync(CoproductionGraphClient graph, WorkerState state)
{
    private readonly HashSet<string> _learned = new(StringComparer.Ordinal);

    /// <summary>Queues the flag writes a course needs; each flag's record is saved once its write is sent.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="flagList">The flags list's id.</param>
    /// <param name="courseItem">The course's item id.</param>
    /// <param name="flags">The course's flags: those to hold open as they say, and those to leave open as the site has them.</param>
    /// <param name="writes">The pass's writes.</param>
    /// <param name="cancellationToken">Cancels learning the site's flags.</param>
    /// <returns>Items to write, flags raised (or reopened), flags resolved.</returns>
    public async Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string flagList, string courseItem, CourseFlags flags, PassWrites writes, CancellationToken cancellationToken)
    {
        await LearnAsync(siteId, flagList, cancellationToken);
        var existing = state.Flags(siteId, courseItem).ToDictionary(f => (f.Kind, f.Subject));
        var (raised, resolved, count) = (0, 0, 0);
        void Write(ItemUpdate update, string kind, string subject, bool open, string fingerprint)
        {
            count++;
            // A write refused may have been made all the same (a create answered without its id): the site's flag items are learned again.
            writes.Add(update, id => state.SaveFlag(new FlagRecord(siteId, courseItem, kind, subject, id, open, fingerprint)), gone: state.ForgetFlag, refused: () => _learned.Remove(siteId));
        }

        foreach (var flag in flags.Open)
        {
            existing.TryGetValue((flag.Kind, flag.Subject), out var record);
            if (record is { Open: true } && record.Fingerprint == flag.Fingerprint)
            {
                continue;
            }

            raised += record is { Open: true } ? 0 : 1;
            Write(new ItemUpdate(flagList, record?.ItemId, flag.ToFields()), flag.Kind, flag.Subject, true, flag.Fingerprint);
        }

        var stillOpen = flags.Keys.ToHashSet();
        foreach (var record in existing.Values.Where(r => r.Open && !stillOpen.Contains((r.Kind, r.Subject))))
        {
            resolved++;
            Write(new ItemUpdate(flagList, record.ItemId, new FieldSet().Set(FlagsList.Status, FlagStatus.Resolved)), record.Kind, record.Subject, false, record.Fingerprint);
        }

        if (count > 0)
        {
            // Some of the writes may be made and some not (a batch cut off by a dropped connection or a
            // time-out, or a later batch refused): the site, not this process, then knows which, so the
            // next pass learns its flag items afresh rather than creating them again.
            writes.OnFailure(() => _learned.Remove(siteId));
        }

        return (count, raised, resolved);
    }

    /// <summary>The site's flag items, read once per site each time the worker starts: the site is the record of what was written.</summary>
    public async Task LearnAsync(string siteId, string flagList, CancellationToken cancellationToken)
    {
        if (_learned.Contains(siteId))
        {
            return;
        }

        var items = await graph.ReadItemsAsync(siteId, flagList, cancellationToken);
        state.InTransaction(() =>
        {
            // A flag item a person deleted is forgotten, else every write to it would be answered 404.
            state.ForgetFlagsBut(siteId, items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var item in items)
            {
                if (FlagRow.Read(item.Fields) is { } flag)
                {
                    var open = flag.Status == FlagStatus.Open;
                    state.SaveFlag(new FlagRecord(siteId, flag.Course, flag.Kind, flag.Subject, item.Id, open, open ? flag.Fingerprint : string.Empty));
                }
            }
        });

        // Only once the read is whole: a read that failed is tried again by the next pass.
        _learned.Add(siteId);
    }
}
