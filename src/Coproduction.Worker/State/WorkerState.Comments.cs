using Coproduction.Graph.Comments;

namespace Coproduction.Worker.State;

/// <summary>
/// The comments of the Office documents among a site's materials: who made each (by account or object
/// id) and when, what it replies to, never its text; and, for each document, what it was read at: its
/// content's tag (<c>cTag</c>), its name's extension and the reading's limits (<see cref="DocumentReading"/>),
/// so that a document is downloaded again only when its file, its kind or the limits change; why it
/// could not be read, if so; and when.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>What a document's comments were last read at; null when they never were.</summary>
    public DocumentReading? CommentsReadAt(string site, string item) =>
        Query("SELECT etag, content_tag, reading, problem, read_at FROM document_reads WHERE site = $site AND item = $item",
            r => new DocumentReading(Text(r, 0), Text(r, 1), r.GetString(2), Enum.TryParse<DocumentReadProblem>(r.GetString(3), out var problem) ? problem : DocumentReadProblem.Corrupt, Time(r.GetString(4))),
            ("$site", site), ("$item", item)).FirstOrDefault();

    /// <summary>Records a document's comments as read at <paramref name="at"/>, in place of those recorded.</summary>
    public void RecordComments(string site, string item, DocumentReading at, DocumentComments read) => InTransaction(() =>
    {
        ForgetComments(site, item);
        Execute("INSERT INTO document_reads (site, item, etag, content_tag, reading, problem, read_at) VALUES ($site, $item, $etag, $tag, $reading, $problem, $at)",
            ("$site", site), ("$item", item), ("$etag", at.ETag), ("$tag", at.ContentTag), ("$reading", at.Reading), ("$problem", read.Problem.ToString()), ("$at", at.At.UtcDateTime.ToString("O")));
        var ordinal = 0;
        foreach (var comment in read.Comments)
        {
            Execute("INSERT OR IGNORE INTO comments (site, item, key, at, account, object_id, reply_to, ordinal) VALUES ($site, $item, $key, $at, $account, $objectId, $replyTo, $ordinal)",
                ("$site", site), ("$item", item), ("$key", comment.Key), ("$at", comment.At?.UtcDateTime.ToString("O")),
                ("$account", comment.Account), ("$objectId", comment.ObjectId), ("$replyTo", comment.ReplyTo), ("$ordinal", ordinal++));
        }
    });

    /// <summary>Forgets a document's comments: it is gone, or is no longer an Office document.</summary>
    public void ForgetComments(string site, string item) => InTransaction(() =>
    {
        Execute("DELETE FROM comments WHERE site = $site AND item = $item", ("$site", site), ("$item", item));
        Execute("DELETE FROM document_reads WHERE site = $site AND item = $item", ("$site", site), ("$item", item));
    });

    /// <summary>
    /// Forgets the comments of documents the copy no longer holds as materials (a library read afresh
    /// leaves out what is gone, or is no longer a material), so that nothing is kept of a commenter
    /// longer than the document is a material.
    /// </summary>
    public void ForgetCommentsOfDocumentsGone(string site)
    {
        // Asked first, so that a pass with nothing to forget writes nothing (and syncs nothing to disk).
        if (Scalar("SELECT 1 FROM document_reads WHERE site = $site AND item NOT IN (SELECT item FROM items WHERE site = $site AND list = $list) LIMIT 1",
            ("$site", site), ("$list", Graph.Schema.SiteSchema.Materials)) is null)
        {
            return;
        }

        InTransaction(() => ForgetGone(site));
    }

    private void ForgetGone(string site)
    {
        Execute("DELETE FROM comments WHERE site = $site AND item NOT IN (SELECT item FROM items WHERE site = $site AND list = $list)", ("$site", site), ("$list", Graph.Schema.SiteSchema.Materials));
        Execute("DELETE FROM document_reads WHERE site = $site AND item NOT IN (SELECT item FROM items WHERE site = $site AND list = $list)", ("$site", site), ("$list", Graph.Schema.SiteSchema.Materials));
    }

    /// <summary>
    /// Office documents among the site's materials to read though no change of theirs came: never read,
    /// read under another reading (other limits, another kind by name), or not downloaded when last tried
    /// before <paramref name="retryBefore"/>; at most <paramref name="most"/>, by item id and name.
    /// </summary>
    public IReadOnlyList<(string Item, string Name)> DocumentsToCatchUp(string site, Func<string, bool> read, Func<string, string> readingOf, DateTimeOffset retryBefore, int most)
    {
        var found = new List<(string, string)>();
        var names = Query(
            "SELECT i.item, json_extract(i.fields, '$.FileLeafRef'), r.reading, r.problem, r.read_at FROM items i LEFT JOIN document_reads r ON r.site = i.site AND r.item = i.item "
            + "WHERE i.site = $site AND i.list = $list AND json_extract(i.fields, '$.FileLeafRef') IS NOT NULL ORDER BY CAST(i.item AS INTEGER)",
            r => (Item: r.GetString(0), Name: r.GetString(1), Reading: Text(r, 2), Problem: Text(r, 3), At: Text(r, 4)),
            ("$site", site), ("$list", Graph.Schema.SiteSchema.Materials));
        foreach (var (item, name, reading, problem, at) in names)
        {
            if (found.Count == most)
            {
                break;
            }

            if (!read(name))
            {
                continue;
            }

            if (reading is null || reading != readingOf(name) || (problem == nameof(DocumentReadProblem.Unavailable) && Time(at!) <= retryBefore))
            {
                found.Add((item, name));
            }
        }

        return found;
    }

    /// <summary>Whether a document has a reading recorded.</summary>
    public bool HasCommentsRead(string site, string item) =>
        Scalar("SELECT 1 FROM document_reads WHERE site = $site AND item = $item", ("$site", site), ("$item", item)) is not null;

    /// <summary>A document's comments as last read, in the document's order; null when it was never read.</summary>
    public DocumentComments? Comments(string site, string item)
    {
        if (CommentsReadAt(site, item) is not { } reading)
        {
            return null;
        }

        var comments = Query("SELECT key, at, account, object_id, reply_to FROM comments WHERE site = $site AND item = $item ORDER BY ordinal",
            r => new DocumentComment(r.GetString(0), Text(r, 1) is { } at ? Time(at) : null, Text(r, 2), Text(r, 3), Text(r, 4)),
            ("$site", site), ("$item", item));
        return new DocumentComments(comments, reading.Problem);
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a document's comments were read at.</summary>
/// <param name="ETag">Its list item's eTag then: the same again (delta repeating itself) is no change, and costs no request.</param>
/// <param name="ContentTag">Its content's tag (<c>cTag</c>); null where none was given, or the file was not downloaded.</param>
/// <param name="Reading">Its name's extension and the reading's limits (<see cref="CommentReadingOptions.ReadingOf"/>).</param>
/// <param name="Problem">Why it could not be read, if so.</param>
/// <param name="At">When it was read.</param>
internal sealed record DocumentReading(string? ETag, string? ContentTag, string Reading, DocumentReadProblem Problem, DateTimeOffset At);
