using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coproduction.Checklist;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Overview;
using Coproduction.Text;
using Coproduction.Worker.History;

namespace Coproduction.Worker.State;

/// <summary>
/// What the college overview is made of, all from the state: each course's last line of history (its
/// assessment as the site shows it, and when it last changed), its title from the copy, and every
/// line, for the trends. And which page each site was last given, so that an unchanged page is not
/// uploaded again, across restarts too.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>
    /// What changes whenever anything the overview shows may have: the last line of history (an assessment
    /// changed, a course deleted) and each course item's eTag (its title). Not when courses were assessed
    /// again as they were: that changes nothing the page shows, and costs no page.
    /// </summary>
    public string OverviewVersion()
    {
        var version = new StringBuilder(Scalar("SELECT MAX(seq) FROM history"));
        foreach (var line in Query("SELECT site || '|' || item || '|' || COALESCE(etag, '') FROM items WHERE list = $courses ORDER BY site, item", r => r.GetString(0), ("$courses", SiteSchema.Courses)))
        {
            version.Append('\n').Append(line);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(version.ToString())));
    }

    /// <summary>The courses of these sites as they stand, and every line of their history.</summary>
    /// <param name="siteUrls">The sites, as the configuration names them (and so the history records them).</param>
    public (IReadOnlyList<OverviewCourse> Courses, IReadOnlyList<OverviewPoint> History) OverviewRecords(IReadOnlyCollection<string> siteUrls)
    {
        var sites = siteUrls.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = Query("SELECT site, site_url, course_item, course_id, at, event, stage, score, ready, checklist, open_flags, opened, resolved FROM history ORDER BY seq",
            r => new KeptLine(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.GetString(5),
                Text(r, 6), r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetInt64(8) == 1, Text(r, 9) ?? string.Empty, r.GetString(10), r.GetString(11), r.GetString(12)))
            .Where(l => sites.Contains(l.SiteUrl)).ToList();

        // Each site's course items read once, for their titles: not a query a course.
        var titles = lines.Select(l => l.Site).Distinct(StringComparer.Ordinal)
            .SelectMany(site => Items(site, SiteSchema.Courses).Select(c => (Key: (site, c.Id), Title: c.Fields.Find(SharePointColumns.Title))))
            .ToDictionary(c => c.Key, c => c.Title);
        var courses = lines.GroupBy(l => (l.Site, l.CourseItem)).Select(g => g.Last()).Where(l => l.Event == HistoryEntry.Assessed && l.Stage is not null)
            .Select(l => Course(l, titles.GetValueOrDefault((l.Site, l.CourseItem)))).OfType<OverviewCourse>().ToList();
        var history = lines.Select(l => new OverviewPoint
        {
            Site = l.SiteUrl, CourseId = l.CourseId, At = l.At, Deleted = l.Event == HistoryEntry.Deleted, Stage = StageOf(l.Stage), Score = l.Score, ReadyForQuality = l.Ready,
            Opened = [.. Flags(l.Opened).Select(f => f.Kind)], Resolved = [.. Flags(l.Resolved).Select(f => f.Kind)],
        }).ToList();
        return (courses, history);
    }

    /// <summary>The fingerprint of the overview page a site was last given, if any.</summary>
    public string? OverviewWritten(string site) => Scalar("SELECT fingerprint FROM overviews WHERE site = $site", ("$site", site));

    /// <summary>Records the overview page a site was given: its fingerprint, the file's id, when.</summary>
    public void SetOverviewWritten(string site, string fingerprint, string file, DateTimeOffset at) =>
        Execute("INSERT INTO overviews (site, fingerprint, file, at) VALUES ($site, $fp, $file, $at) ON CONFLICT (site) DO UPDATE SET fingerprint = excluded.fingerprint, file = excluded.file, at = excluded.at",
            ("$site", site), ("$fp", fingerprint), ("$file", file), ("$at", at.UtcDateTime.ToString("O")));

    /// <summary>A course as its last line says, titled from the copy; a line of a stage this version does not know is left out.</summary>
    private static OverviewCourse? Course(KeptLine line, string? title)
    {
        if (StageOf(line.Stage) is not { } stage)
        {
            return null;
        }

        var checklist = new Dictionary<ChecklistItem, ChecklistStatus>();
        foreach (var (checklistItem, word) in Enum.GetValues<ChecklistItem>().Zip(Checklist(line.Checklist)))
        {
            if (SnapshotWords.TryParse<ChecklistStatus>(word, out var status))
            {
                checklist[checklistItem] = status;
            }
        }

        return new OverviewCourse
        {
            Site = line.SiteUrl,
            CourseId = line.CourseId,
            Title = title is { Length: > 0 } ? title : line.CourseId,
            Stage = stage,
            Score = line.Score ?? 0,
            ReadyForQuality = line.Ready == true,
            Checklist = checklist,
            OpenFlags = Flags(line.OpenFlags).GroupBy(f => f.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            LastAssessed = line.At,
        };
    }

    private static Stage? StageOf(string? word) => word is not null && SnapshotWords.TryParse<Stage>(word, out var stage) ? stage : null;

    /// <summary>A line of history as the state keeps it.</summary>
    private sealed record KeptLine(string Site, string SiteUrl, string CourseItem, string CourseId, DateTimeOffset At, string Event,
        string? Stage, int? Score, bool? Ready, string Checklist, string OpenFlags, string Opened, string Resolved);
}
