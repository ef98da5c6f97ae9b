using System.Globalization;
using Coproduction.Worker.Nudges;

namespace Coproduction.Worker.State;

/// <summary>
/// The nudges' outbox: what happened to a course (kept in the transaction that records the course's
/// assessment, so that a crash loses none), gathered into digests, each kept as sent until its receiver
/// takes it; and since when each course of a site that opted in has had entries to fix.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>Keeps what happened to a course, for its next digest.</summary>
    public void AddNudgeEvents(NudgeCourse course, IEnumerable<NudgeEvent> events) => InTransaction(() =>
    {
        foreach (var e in events)
        {
            Execute("INSERT INTO nudge_events (site, site_url, course_item, course_id, course_title, course_link, at, event, flag_kind, subject, subject_title, entries) "
                + "VALUES ($site, $url, $item, $course, $title, $link, $at, $event, $kind, $subject, $subjectTitle, $entries)",
                ("$site", course.SiteId), ("$url", course.SiteUrl), ("$item", course.CourseItem), ("$course", course.CourseId), ("$title", course.Title), ("$link", course.Link),
                ("$at", Time(e.At)), ("$event", e.Kind), ("$kind", e.FlagKind), ("$subject", e.Subject), ("$subjectTitle", e.SubjectTitle), ("$entries", e.Entries));
        }
    });

    /// <summary>
    /// Notes how many entries to fix a course has: the time it first had some is kept while it has any, and
    /// forgotten once it has none, so that entries that come back are counted afresh. Writes nothing when nothing changed.
    /// </summary>
    public void NoteNeedsAttention(NudgeCourse course, int entries, DateTimeOffset now)
    {
        if (entries == 0)
        {
            Execute("DELETE FROM needs_attention WHERE site = $site AND course_item = $item", ("$site", course.SiteId), ("$item", course.CourseItem));
            return;
        }

        Execute("INSERT INTO needs_attention (site, course_item, site_url, course_id, course_title, course_link, entries, since, nudged) VALUES ($site, $item, $url, $course, $title, $link, $entries, $since, 0) "
            + "ON CONFLICT (site, course_item) DO UPDATE SET site_url = excluded.site_url, course_id = excluded.course_id, course_title = excluded.course_title, course_link = excluded.course_link, entries = excluded.entries "
            + "WHERE (site_url, course_id, course_title, course_link, entries) IS NOT (excluded.site_url, excluded.course_id, excluded.course_title, excluded.course_link, excluded.entries)",
            ("$site", course.SiteId), ("$item", course.CourseItem), ("$url", course.SiteUrl), ("$course", course.CourseId), ("$title", course.Title), ("$link", course.Link),
            ("$entries", entries), ("$since", Time(now)));
    }

    /// <summary>The courses of a site that have had entries to fix since <paramref name="before"/> or earlier, and have not been nudged for them.</summary>
    public IReadOnlyList<(NudgeCourse Course, int Entries)> NeedsAttentionSince(string siteUrl, DateTimeOffset before) =>
        Query("SELECT site, site_url, course_item, course_id, course_title, course_link, entries, since FROM needs_attention WHERE site_url = $url COLLATE NOCASE AND nudged = 0 ORDER BY since",
            r => (Course: new NudgeCourse(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)), Entries: r.GetInt32(6), Since: At(r.GetString(7))),
            ("$url", siteUrl))
        .Where(c => c.Since <= before).Select(c => (c.Course, c.Entries)).ToList();

    /// <summary>Notes that a course has been nudged for its entries to fix: not again until they clear and come back.</summary>
    public void NeedsAttentionNudged(NudgeCourse course) =>
        Execute("UPDATE needs_attention SET nudged = 1 WHERE site = $site AND course_item = $item", ("$site", course.SiteId), ("$item", course.CourseItem));

    /// <summary>What happened to each course of a site and is in no digest yet, by course, in the order it happened.</summary>
    public IReadOnlyList<(NudgeCourse Course, IReadOnlyList<NudgeEvent> Events)> WaitingNudges(string siteUrl) =>
        [.. Query("SELECT site, site_url, course_item, course_id, course_title, course_link, seq, at, event, flag_kind, subject, subject_title, entries FROM nudge_events "
                + "WHERE site_url = $url COLLATE NOCASE AND digest IS NULL ORDER BY seq",
                r => (Course: new NudgeCourse(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
                    Event: new NudgeEvent(r.GetString(8), At(r.GetString(7)), Text(r, 9), Text(r, 10), Text(r, 11), r.IsDBNull(12) ? null : r.GetInt32(12)) { Seq = r.GetInt64(6) }),
                ("$url", siteUrl))
            .GroupBy(e => (e.Course.SiteId, e.Course.CourseItem))
            // The course as its latest event names it (a title changed meanwhile).
            .Select(g => (g.Last().Course, (IReadOnlyList<NudgeEvent>)[.. g.Select(e => e.Event)]))];

    /// <summary>The digest of the course that waits for its receiver, if one does: its number and when it was made.</summary>
    public (long Id, DateTimeOffset MadeAt)? DigestWaiting(string site, string courseItem) =>
        Query("SELECT id, made_at FROM nudge_digests WHERE site = $site AND course_item = $item AND sent_at IS NULL ORDER BY id LIMIT 1",
            r => (r.GetInt64(0), At(r.GetString(1))), ("$site", site), ("$item", courseItem)).Select(d => ((long, DateTimeOffset)?)d).FirstOrDefault();

    /// <summary>Takes back a digest its receiver never took: what it told of waits again, for one new digest with what came after it (its number is never used again).</summary>
    public void ReopenDigest(long id) => InTransaction(() =>
    {
        Execute("UPDATE nudge_events SET digest = NULL WHERE digest = $id", ("$id", id));
        Execute("DELETE FROM nudge_digests WHERE id = $id AND sent_at IS NULL", ("$id", id));
    });

    /// <summary>Forgets what waited to be told of a course that is gone: a digest would link an item no longer there.</summary>
    public void DropWaitingNudges(string site, string courseItem) =>
        Execute("DELETE FROM nudge_events WHERE site = $site AND course_item = $item AND digest IS NULL", ("$site", site), ("$item", courseItem));

    /// <summary>When the course's last digest was made; null if it has none kept.</summary>
    public DateTimeOffset? LastDigestMade(string site, string courseItem) =>
        Scalar("SELECT made_at FROM nudge_digests WHERE site = $site AND course_item = $item ORDER BY id DESC LIMIT 1", ("$site", site), ("$item", courseItem)) is { } at ? At(at) : null;

    /// <summary>
    /// Makes a digest of these events, in one transaction: its number is given first, so that the message
    /// (which shows it) is made once and sent as it is every time.
    /// </summary>
    /// <returns>The digest's number.</returns>
    public long MakeDigest(NudgeCourse course, IReadOnlyList<NudgeEvent> events, DateTimeOffset madeAt, Func<long, string> body)
    {
        long id = 0;
        InTransaction(() =>
        {
            id = long.Parse(Scalar("INSERT INTO nudge_digests (site, site_url, course_item, made_at, body, attempts) VALUES ($site, $url, $item, $at, '', 0) RETURNING id",
                ("$site", course.SiteId), ("$url", course.SiteUrl), ("$item", course.CourseItem), ("$at", Time(madeAt)))!, CultureInfo.InvariantCulture);
            Execute("UPDATE nudge_digests SET body = $body WHERE id = $id", ("$body", body(id)), ("$id", id));
            foreach (var e in events)
            {
                Execute("UPDATE nudge_events SET digest = $id WHERE seq = $seq", ("$id", id), ("$seq", e.Seq));
            }
        });
        return id;
    }

    /// <summary>The digests of a site its receiver has not taken, oldest first: they are sent in that order.</summary>
    public IReadOnlyList<NudgeDigest> UnsentDigests(string siteUrl) =>
        Query("SELECT id, site, course_item, body, attempts FROM nudge_digests WHERE site_url = $url COLLATE NOCASE AND sent_at IS NULL ORDER BY id",
            r => new NudgeDigest(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4)), ("$url", siteUrl));

    /// <summary>Notes that the receiver took a digest: it is never sent again.</summary>
    public void DigestSent(long id, DateTimeOffset at) =>
        Execute("UPDATE nudge_digests SET sent_at = $at WHERE id = $id", ("$at", Time(at)), ("$id", id));

    /// <summary>Notes that a digest was sent and not taken.</summary>
    public void DigestTried(long id) =>
        Execute("UPDATE nudge_digests SET attempts = attempts + 1 WHERE id = $id", ("$id", id));

    /// <summary>Forgets a site's digests taken before <paramref name="before"/>, and what they told of: the state keeps no more than the next digest needs.</summary>
    public void ForgetSentDigests(string siteUrl, DateTimeOffset before) => InTransaction(() =>
    {
        var old = Query("SELECT id, sent_at FROM nudge_digests WHERE site_url = $url COLLATE NOCASE AND sent_at IS NOT NULL", r => (Id: r.GetInt64(0), At: At(r.GetString(1))), ("$url", siteUrl))
            .Where(d => d.At < before).Select(d => d.Id).ToList();
        foreach (var id in old)
        {
            Execute("DELETE FROM nudge_events WHERE digest = $id", ("$id", id));
            Execute("DELETE FROM nudge_digests WHERE id = $id", ("$id", id));
        }
    });

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
