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

    /// <returns>Items written, flags raised (or reopened), flags resolved.</returns>
    public async Task<(int Writes, int Raised, int Resolved)> SyncAsync(
        string siteId, string flagList, string courseItem, IReadOnlyList<DesiredFlag> desired, CancellationToken cancellationToken)
    {
        await LearnAsync(siteId, flagList, cancellationToken);
        var existing = state.Flags(siteId, courseItem).ToDictionary(f => (f.Kind, f.Subject));
        var writes = new List<(ItemUpdate Update, string Kind, string Subject, bool Open, string Fingerprint)>();
        var (raised, resolved) = (0, 0);
        foreach (var flag in desired)
        {
            existing.TryGetValue((flag.Kind, flag.Subject), out var record);
            if (flag.Kept || (record is { Open: true } && record.Fingerprint == flag.Fingerprint))
            {
                continue;
            }

            raised += record is { Open: true } ? 0 : 1;
            writes.Add((new ItemUpdate(flagList, record?.ItemId, flag.Fields), flag.Kind, flag.Subject, true, flag.Fingerprint));
        }

        var stillOpen = desired.Select(f => (f.Kind, f.Subject)).ToHashSet();
        foreach (var record in existing.Values.Where(r => r.Open && !stillOpen.Contains((r.Kind, r.Subject))))
        {
            resolved++;
            writes.Add((new ItemUpdate(flagList, record.ItemId, new Dictionary<string, object?> { ["Status"] = "Resolved" }), record.Kind, record.Subject, false, record.Fingerprint));
        }

        IReadOnlyList<string> ids;
        try
        {
            ids = await graph.WriteAsync(siteId, writes.Select(w => w.Update).ToList(), cancellationToken);
        }
        catch (Exception ex) when (ex is CoproductionGraphException or OperationCanceledException)
        {
            // Some of the writes may have been made (a batch cut off by a dropped connection or a
            // time-out, or a later batch refused): the site, not this process, now knows which, so the
            // next pass learns its flag items afresh rather than creating them again.
            _learned.Remove(siteId);
            throw;
        }

        for (var i = 0; i < writes.Count; i++)
        {
            state.SaveFlag(new FlagRecord(siteId, courseItem, writes[i].Kind, writes[i].Subject, ids[i], writes[i].Open, writes[i].Fingerprint));
        }

        return (writes.Count, raised, resolved);
    }

    /// <summary>The site's flag items, read once per site each time the worker starts: the site is the record of what was written.</summary>
    private async Task LearnAsync(string siteId, string flagList, CancellationToken cancellationToken)
    {
        if (_learned.Contains(siteId))
        {
            return;
        }

        foreach (var item in await graph.ReadItemsAsync(siteId, flagList, cancellationToken))
        {
            if (item.Fields.GetValueOrDefault("CourseLookupId") is string course
                && item.Fields.GetValueOrDefault("FlagKind") is string kind
                && item.Fields.GetValueOrDefault("Subject") is string subject)
            {
                state.SaveFlag(new FlagRecord(siteId, course, kind, subject, item.Id, item.Fields.GetValueOrDefault("Status") as string != "Resolved", Fingerprint: string.Empty));
            }
        }

        // Only once the read is whole: a read that failed is tried again by the next pass.
        _learned.Add(siteId);
    }

    /// <summary>The fields of a flag item.</summary>
    public static DesiredFlag Flag(string courseItem, string kind, string subject, IReadOnlyList<string> people, DateTimeOffset since, string message) =>
        new(kind, subject, new Dictionary<string, object?>
        {
            ["Title"] = $"{kind}: {subject}",
            ["CourseLookupId"] = courseItem,
            ["FlagKind"] = kind,
            ["Subject"] = subject,
            ["People"] = string.Join("; ", people),
            ["Since"] = FieldValues.Iso(since),
            ["Message"] = message,
            ["Status"] = "Open",
        });

    public static string StageKind => SiteSchema.StageChangeLabel;
}
