using System.Text.Json;
using Coproduction.Worker.History;

namespace Coproduction.Worker.State;

/// <summary>
/// Each course's history: a line each time its assessment changed (what the worker writes to the site
/// changed), and one when it was deleted. The flags opened and resolved are those since the line before.
/// Kept as long as the state file: 1,000 courses each assessed anew every week for a year take about 25 MB (docs/benchmarks.md).
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>
    /// Adds a line of a course's assessment, the flags opened and resolved found from its line before; none
    /// where the line before says the same (the course failed or was skipped between, and is as it was).
    /// </summary>
    /// <returns>
    /// What changed since the line before, for the nudges; null where no line was added, or the line is the
    /// course's first (a baseline: what it had when the worker first saw it was not seen to happen).
    /// </returns>
    public AssessmentChange? RecordAssessment(string site, string siteUrl, string courseItem, HistoryEntry entry)
    {
        AssessmentChange? change = null;
        InTransaction(() => change = AddAssessment(site, siteUrl, courseItem, entry));
        return change;
    }

    private AssessmentChange? AddAssessment(string site, string siteUrl, string courseItem, HistoryEntry entry)
    {
        var last = Query("SELECT event, stage, score, ready, checklist, open_flags, site_url, course_id FROM history WHERE site = $site AND course_item = $item ORDER BY seq DESC LIMIT 1",
            r => new LastLine(r.GetString(0), Text(r, 1), r.IsDBNull(2) ? null : r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt64(3) == 1, Text(r, 4) ?? string.Empty, r.GetString(5), r.GetString(6), r.GetString(7)),
            ("$site", site), ("$item", courseItem)).FirstOrDefault();
        if (last is not null && last == new LastLine(HistoryEntry.Assessed, entry.Stage, entry.Score, entry.Ready, Checklist(entry.Checklist), Json(entry.OpenFlags), siteUrl, entry.CourseId))
        {
            return null;
        }

        if (last is { Event: HistoryEntry.Assessed } renamed && renamed.CourseId != entry.CourseId)
        {
            // The course's id changed on its item: the old id's history ends, the new one's starts afresh.
            Add(site, renamed.SiteUrl, courseItem, Deletion(entry.At, renamed.SiteUrl, renamed.CourseId, renamed.OpenFlags));
            last = null;
        }

        // After a deletion (an item id given anew), the course starts afresh: every flag open is opened.
        var before = last is { Event: HistoryEntry.Assessed } ? Flags(last.OpenFlags) : [];
        var opened = entry.OpenFlags.Except(before).ToList();
        Add(site, siteUrl, courseItem, entry with { Opened = opened, Resolved = [.. before.Except(entry.OpenFlags)] });
        return last is { Event: HistoryEntry.Assessed } ? new AssessmentChange(opened, entry.Ready == true && last.Ready != true) : null;
    }

    /// <summary>Adds a line of the deletion of each course of a site whose last line is an assessment and which the copy no longer holds.</summary>
    /// <param name="site">The site.</param>
    /// <param name="present">The course items the copy holds.</param>
    /// <param name="at">Now.</param>
    public void RecordCoursesGone(string site, IReadOnlySet<string> present, DateTimeOffset at)
    {
        var gone = Query(
            "SELECT h.course_item, h.site_url, h.course_id, h.open_flags FROM history h JOIN (SELECT course_item, MAX(seq) AS seq FROM history WHERE site = $site GROUP BY course_item) l ON h.seq = l.seq "
            + "WHERE h.event = $assessed",
            r => (Item: r.GetString(0), SiteUrl: r.GetString(1), CourseId: r.GetString(2), Open: r.GetString(3)), ("$site", site), ("$assessed", HistoryEntry.Assessed))
            .Where(l => !present.Contains(l.Item)).ToList();

        // Nothing gone, nothing written.
        if (gone.Count > 0)
        {
            InTransaction(() => gone.ForEach(l => Add(site, l.SiteUrl, l.Item, Deletion(at, l.SiteUrl, l.CourseId, l.Open))));
        }
    }

    /// <summary>A line of a course's deletion: it resolves every flag its line before had open.</summary>
    private static HistoryEntry Deletion(DateTimeOffset at, string siteUrl, string courseId, string openFlags) =>
        new(at, siteUrl, courseId, HistoryEntry.Deleted, null, null, null, [], [], [], Flags(openFlags));

    private void Add(string site, string siteUrl, string courseItem, HistoryEntry entry) =>
        Execute("INSERT INTO history (site, site_url, course_item, course_id, at, event, stage, score, ready, checklist, open_flags, opened, resolved) "
            + "VALUES ($site, $url, $item, $course, $at, $event, $stage, $score, $ready, $checklist, $open, $opened, $resolved)",
            ("$site", site), ("$url", siteUrl), ("$item", courseItem), ("$course", entry.CourseId), ("$at", entry.At.UtcDateTime.ToString("O")), ("$event", entry.Event),
            ("$stage", entry.Stage), ("$score", entry.Score), ("$ready", entry.Ready is { } ready ? (ready ? 1 : 0) : null), ("$checklist", Checklist(entry.Checklist)),
            ("$open", Json(entry.OpenFlags)), ("$opened", Json(entry.Opened)), ("$resolved", Json(entry.Resolved)));

    /// <summary>
    /// The checklist as the history keeps it, each status by its item's word (<c>relevantLearnedExperience=met,…</c>),
    /// so that a checklist item added or moved in a later version never relabels a line kept before.
    /// </summary>
    internal static string Checklist(IReadOnlyList<string> statuses) =>
        string.Join(',', statuses.Select((status, i) => $"{HistoryColumns.ChecklistItems[i]}={status}"));

    /// <summary>A checklist kept by <see cref="Checklist(IReadOnlyList{string})"/>, in the checklist's order of this version; an item it lacks is empty.</summary>
    internal static IReadOnlyList<string> Checklist(string kept)
    {
        if (kept.Length == 0)
        {
            return [];
        }

        var byItem = kept.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return [.. HistoryColumns.ChecklistItems.Select(i => byItem.GetValueOrDefault(i, string.Empty))];
    }

    /// <summary>Flags as the history keeps them: <c>[["kind","subject"], …]</c>.</summary>
    internal static string Json(IReadOnlyList<HistoryFlag> flags) => JsonSerializer.Serialize(flags.Select(f => new[] { f.Kind, f.Subject }));

    internal static List<HistoryFlag> Flags(string json) => json == "[]"
        ? [] // most lines open and resolve nothing: no parse for them
        : [.. (JsonSerializer.Deserialize<string[][]>(json) ?? []).Where(f => f.Length == 2).Select(f => new HistoryFlag(f[0], f[1]))];

    /// <summary>What a course's last line says, to tell whether a new one says anything new.</summary>
    private sealed record LastLine(string Event, string? Stage, int? Score, bool? Ready, string Checklist, string OpenFlags, string SiteUrl, string CourseId);
}
