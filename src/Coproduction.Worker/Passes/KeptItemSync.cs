using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>An item the worker keeps open on a site: its key, what to write to create it and to update it, and one fingerprint of what it says.</summary>
internal sealed record KeptItem(string Kind, string Subject, FieldSet Create, FieldSet Update, string Fingerprint);

/// <summary>A kept item as read back from the site.</summary>
internal sealed record KeptItemRead(string Course, string Kind, string Subject, bool Open, string Fingerprint);

/// <summary>
/// Keeps one item per open condition in a list the worker writes (flags, entries to fix), unique by
/// course, kind and subject: created when the condition appears, updated when what it says changes,
/// marked resolved when it clears, reopened if it returns; never duplicated, even after a crash (the
/// site's items are learned afresh each time the worker starts, and again after a write of them failed part way).
/// </summary>
/// <param name="graph">Graph.</param>
/// <param name="state">The state, which keeps a record of each item in <paramref name="table"/>.</param>
/// <param name="table">Which records.</param>
/// <param name="read">An item of the list as read, or null for one that is not the worker's.</param>
/// <param name="resolved">What marks an item resolved.</param>
/// <param name="deletable">Whether a person may delete an item (answered 404 when written): the course's other writes then go on, and the course is taken again next pass (<see cref="TakeGone"/>), making the item again.</param>
internal sealed class KeptItemSync(CoproductionGraphClient graph, WorkerState state, KeptItems table, Func<SiteFields, KeptItemRead?> read, FieldSet resolved, bool deletable = false)
{
    private readonly HashSet<string> _learned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _extras = new(StringComparer.Ordinal);
    private readonly HashSet<(string Site, string Course)> _gone = [];

    /// <summary>The courses one of whose items a person deleted, to take again so that it is made again; each given once.</summary>
    public IReadOnlyList<string> TakeGone(string siteId)
    {
        var courses = _gone.Where(g => g.Site == siteId).Select(g => g.Course).ToList();
        _gone.RemoveWhere(g => g.Site == siteId);
        return courses;
    }

    /// <summary>Queues the writes a course (or the site, as course "") needs; each record is saved once its write is sent.</summary>
    /// <returns>Items to write, raised (or reopened), resolved.</returns>
    public async Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string listId, string course, IReadOnlyList<KeptItem> open, IEnumerable<(string Kind, string Subject)> keep, PassWrites writes, CancellationToken cancellationToken)
    {
        await LearnAsync(siteId, listId, cancellationToken);
        var existing = state.Flags(siteId, course, table).ToDictionary(f => (f.Kind, f.Subject));
        var (raised, done, count) = (0, 0, 0);
        // Tidied in a write of the site's own where the list has them (course ""), so that no course's failure drops it.
        if ((course.Length == 0 || !deletable) && _extras.Remove(siteId, out var extras))
        {
            // Only tidying: one a person has deleted since holds up nothing.
            foreach (var extra in extras)
            {
                count++;
                writes.Add(new ItemUpdate(listId, extra, resolved), null, null, null, goneFailsCourse: false);
            }
        }

        void Write(ItemUpdate update, string kind, string subject, bool isOpen, string fingerprint)
        {
            count++;
            // A write refused may have been made all the same (a create answered without its id): the site's items are learned again.
            writes.Add(update, id => state.SaveFlag(new FlagRecord(siteId, course, kind, subject, id, isOpen, fingerprint), table),
                gone: (site, item) =>
                {
                    state.ForgetFlag(site, item, table);
                    if (deletable)
                    {
                        _gone.Add((site, course));
                    }
                },
                refused: () => _learned.Remove(siteId), goneFailsCourse: !deletable);
        }

        foreach (var item in open)
        {
            existing.TryGetValue((item.Kind, item.Subject), out var record);
            if (record is { Open: true } && record.Fingerprint == item.Fingerprint)
            {
                continue;
            }

            raised += record is { Open: true } ? 0 : 1;
            Write(new ItemUpdate(listId, record?.ItemId, record is null ? item.Create : item.Update), item.Kind, item.Subject, true, item.Fingerprint);
        }

        var stillOpen = open.Select(i => (i.Kind, i.Subject)).Concat(keep).ToHashSet();
        foreach (var record in existing.Values.Where(r => r.Open && !stillOpen.Contains((r.Kind, r.Subject))))
        {
            done++;
            Write(new ItemUpdate(listId, record.ItemId, resolved), record.Kind, record.Subject, false, record.Fingerprint);
        }

        if (count > 0)
        {
            // Some of the writes may be made and some not (a batch cut off by a dropped connection or a
            // time-out, or a later batch refused): the site, not this process, then knows which, so the
            // next pass learns its items afresh rather than creating them again.
            writes.OnFailure(() => _learned.Remove(siteId));
        }

        return (count, raised, done);
    }

    /// <summary>The site's items of the list, read once per site each time the worker starts: the site is the record of what was written.</summary>
    public async Task LearnAsync(string siteId, string listId, CancellationToken cancellationToken)
    {
        if (_learned.Contains(siteId))
        {
            return;
        }

        var items = await graph.ReadItemsAsync(siteId, listId, cancellationToken);
        // One item a key is kept, the first made; another of its key still open (a create answered without its id,
        // made all the same, and made again) is resolved by the next sync, so that no line stays open that nothing keeps.
        var byKey = items.Select(i => (i.Id, Kept: read(i.Fields))).Where(k => k.Kept is not null).OrderBy(k => k.Id.Length).ThenBy(k => k.Id, StringComparer.Ordinal)
            .GroupBy(k => (k.Kept!.Course, k.Kept.Kind, k.Kept.Subject)).ToList();
        _extras[siteId] = [.. byKey.SelectMany(g => g.Skip(1)).Where(k => k.Kept!.Open).Select(k => k.Id)];
        state.InTransaction(() =>
        {
            // The site is the record: what the worker kept is forgotten and learned again from its items, so an item a
            // person deleted is forgotten (else every write to it would be answered 404), and one whose key a person
            // changed (its course, say) is known by its key as it is now, never by two.
            state.ForgetFlagsBut(siteId, new HashSet<string>(StringComparer.Ordinal), table);
            foreach (var (id, kept) in byKey.Select(g => g.First()))
            {
                state.SaveFlag(new FlagRecord(siteId, kept!.Course, kept.Kind, kept.Subject, id, kept.Open, kept.Open ? kept.Fingerprint : string.Empty), table);
            }
        });

        // Only once the read is whole: a read that failed is tried again by the next pass.
        _learned.Add(siteId);
    }
}
