using Coproduction.Graph.Comments;

namespace Coproduction.Worker.State;

/// <summary>
/// The comments of the Office documents among a site's materials: who made each (by account or object
/// id) and when, what it replies to, never its text; and, for each document, the content it was read
/// at (its <c>cTag</c>), so that a document is downloaded again only when its file changes, and why it
/// could not be read, if so. A comment whose document gives it no time keeps the time it was first seen.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>The content tag a document's comments were last read at; null when they never were (or the tag was not given).</summary>
    public string? CommentsReadAt(string site, string item) =>
        Scalar("SELECT content_tag FROM document_reads WHERE site = $site AND item = $item", ("$site", site), ("$item", item));

    /// <summary>Records a document's comments as read from its content at <paramref name="contentTag"/>, in place of those recorded.</summary>
    /// <param name="site">The site.</param>
    /// <param name="item">The document's list item id.</param>
    /// <param name="contentTag">The content's tag; null where none was given.</param>
    /// <param name="read">What reading found.</param>
    /// <param name="seen">When the document was read: the time of a comment that gives none, the first time it is seen.</param>
    public void RecordComments(string site, string item, string? contentTag, DocumentComments read, DateTimeOffset seen) => InTransaction(() =>
    {
        var firstSeen = Query("SELECT key, first_seen FROM comments WHERE site = $site AND item = $item", r => (r.GetString(0), r.GetString(1)), ("$site", site), ("$item", item))
            .ToDictionary(c => c.Item1, c => c.Item2, StringComparer.Ordinal);
        ForgetComments(site, item);
        Execute("INSERT INTO document_reads (site, item, content_tag, problem) VALUES ($site, $item, $tag, $problem)",
            ("$site", site), ("$item", item), ("$tag", contentTag), ("$problem", read.Problem.ToString()));
        var ordinal = 0;
        foreach (var comment in read.Comments)
        {
            Execute("INSERT OR IGNORE INTO comments (site, item, key, at, first_seen, account, object_id, reply_to, ordinal) VALUES ($site, $item, $key, $at, $seen, $account, $objectId, $replyTo, $ordinal)",
                ("$site", site), ("$item", item), ("$key", comment.Key), ("$at", comment.At?.UtcDateTime.ToString("O")), ("$seen", firstSeen.GetValueOrDefault(comment.Key) ?? seen.UtcDateTime.ToString("O")),
                ("$account", comment.Account), ("$objectId", comment.ObjectId), ("$replyTo", comment.ReplyTo), ("$ordinal", ordinal++));
        }
    });

    /// <summary>Forgets a document's comments: it is gone, or is no longer an Office document.</summary>
    public void ForgetComments(string site, string item) => InTransaction(() =>
    {
        Execute("DELETE FROM comments WHERE site = $site AND item = $item", ("$site", site), ("$item", item));
        Execute("DELETE FROM document_reads WHERE site = $site AND item = $item", ("$site", site), ("$item", item));
    });

    /// <summary>A document's comments as last read, in the document's order, each with a time (its own, else when it was first seen); null when it was never read.</summary>
    public DocumentComments? Comments(string site, string item)
    {
        var problem = Scalar("SELECT problem FROM document_reads WHERE site = $site AND item = $item", ("$site", site), ("$item", item));
        if (problem is null)
        {
            return null;
        }

        var comments = Query("SELECT key, at, first_seen, account, object_id, reply_to FROM comments WHERE site = $site AND item = $item ORDER BY ordinal",
            r => new DocumentComment(r.GetString(0), Time(Text(r, 1) ?? r.GetString(2)), Text(r, 3), Text(r, 4), Text(r, 5)),
            ("$site", site), ("$item", item));
        return new DocumentComments(comments, Enum.TryParse<DocumentReadProblem>(problem, out var kind) ? kind : DocumentReadProblem.Corrupt);
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
