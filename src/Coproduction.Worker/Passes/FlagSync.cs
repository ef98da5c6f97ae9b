using Coproduction.Graph;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Keeps one flag item per open condition on a site, unique by course, kind and subject: created when
/// the condition appears, updated when what it says changes, marked resolved when it clears, reopened if
/// it returns; never duplicated, even after a crash (the worker learns the site's flag items afresh
/// each time it starts, and again after a write of them failed part way).
/// </summary>
internal sealed class FlagSync(CoproductionGraphClient graph, WorkerState state)
{
    private readonly HashSet<string> _learned = new(StringComparer.Ordinal);

    /// <summary>Queues the flag writes a course needs; each flag's record is saved once its write is sent.</summary>
    /// <returns>Items to write, flags raised (or reopened), flags resolved.</returns>
    public async Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string flagList, string courseItem, IReadOnlyList<DesiredFlag> desired, PassWrites writes, CancellationToken cancellationToken)
    {
        await LearnAsync(siteId, flagList, cancellationToken);
        var existing = state.Flags(siteId, courseItem).ToDictionary(f => (f.Kind, f.Subject));
        var (raised, resolved, count) = (0, 0, 0);
        void Write(ItemUpdate update, string kind, string subject, bool open, string fingerprint)
        {
            count++;
            writes.Add(update, id => state.SaveFlag(new FlagRecord(siteId, courseItem, kind, subject, id, open, fingerprint)));
        }

        foreach (var flag in desired)
        {
            existing.TryGetValue((flag.Kind, flag.Subject), out var record);
            if (flag.Kept || (record is { Open: true } && record.Fingerprint == flag.Fingerprint))
            {
                continue;
            }

            raised += record is { Open: true } ? 0 : 1;
            Write(new ItemUpdate(flagList, record?.ItemId, flag.Fields), flag.Kind, flag.Subject, true, flag.Fingerprint);
        }

        var stillOpen = desired.Select(f => (f.Kind, f.Subject)).ToHashSet();
        foreach (var record in existing.Values.Where(r => r.Open && !stillOpen.Contains((r.Kind, r.Subject))))
        {
            resolved++;
            Write(new ItemUpdate(flagList, record.ItemId, new Dictionary<string, object?> { ["Status"] = "Resolved" }), record.Kind, record.Subject, false, record.Fingerprint);
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
    private async Task LearnAsync(string siteId, string flagList, CancellationToken cancellationToken)
    {
        if (_learned.Contains(siteId))
        {
            return;
        }

        var items = await graph.ReadItemsAsync(siteId, flagList, cancellationToken);
        state.InTransaction(() =>
        {
            foreach (var item in items)
            {
                if (item.Fields.GetValueOrDefault(SiteColumns.CourseLookupId) is string course
                    && item.Fields.GetValueOrDefault("FlagKind") is string kind
                    && item.Fields.GetValueOrDefault("Subject") is string subject)
                {
                    var open = item.Fields.GetValueOrDefault("Status") as string != "Resolved";
                    state.SaveFlag(new FlagRecord(siteId, course, kind, subject, item.Id, open, open ? Fingerprint(kind, subject, item.Fields) : string.Empty));
                }
            }
        });

        // Only once the read is whole: a read that failed is tried again by the next pass.
        _learned.Add(siteId);
    }

    /// <summary>
    /// The fingerprint of an open flag item as the site holds it, over the fields the worker writes: an
    /// item still saying what the worker would write is not written again after a restart.
    /// </summary>
    private static string Fingerprint(string kind, string subject, IReadOnlyDictionary<string, object?> fields) =>
        new DesiredFlag(kind, subject, Flag(string.Empty, kind, subject, [], DateTimeOffset.UnixEpoch, string.Empty).Fields.Keys
            .ToDictionary(k => k, k => fields.GetValueOrDefault(k), StringComparer.Ordinal)).Fingerprint;

    /// <summary>The fields of a flag item.</summary>
    public static DesiredFlag Flag(string courseItem, string kind, string subject, IReadOnlyList<string> people, DateTimeOffset since, string message) =>
        new(kind, subject, new Dictionary<string, object?>
        {
            ["Title"] = SingleLine($"{kind}: {subject}"),
            [SiteColumns.CourseLookupId] = courseItem,
            ["FlagKind"] = kind,
            ["Subject"] = subject,
            ["People"] = SingleLine(string.Join("; ", people)),
            ["Since"] = FieldValues.Iso(since),
            ["Message"] = message,
            ["Status"] = "Open",
        });

    public static string StageKind => SiteSchema.StageChangeLabel;

    /// <summary>
    /// Text the worker makes up for a single line of text, cut to what the site keeps (more than some
    /// seventy people's ids): the subject has a column of its own, and the evidence report names everyone concerned.
    /// </summary>
    private static string SingleLine(string text) =>
        text.Length <= SiteSchema.SingleLineLength ? text : string.Concat(text.AsSpan(0, SiteSchema.SingleLineLength - 1), "…");
}
