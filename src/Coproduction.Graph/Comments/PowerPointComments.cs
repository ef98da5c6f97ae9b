using DocumentFormat.OpenXml.Packaging;
using static Coproduction.Graph.Comments.OfficeNamespaces;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Reads a presentation's comments, slide by slide. Modern comments (PowerPoint 365,
/// <c>ppt/comments/modernComment_*.xml</c>: <c>p188:cm</c> with its <c>p188:reply</c>s) carry a GUID,
/// an author GUID resolved through <c>ppt/authors.xml</c> to an identity, and a <c>created</c> time in
/// UTC. Legacy comments (<c>p:cm</c>, what LibreOffice and PowerPoint before 365 write) are read only
/// when there are no modern ones (PowerPoint keeps no legacy copy of a modern comment, but a file may
/// have passed through both); they carry no identity, and their <c>dt</c> is the author's local time.
/// </summary>
internal static class PowerPointComments
{
    public static void Read(PresentationDocument document, CommentParts parts, CommentCollector collector, TimeZoneInfo localTimeZone)
    {
        if (document.PresentationPart is not { } presentation)
        {
            return;
        }
        var slides = PartOrder.Of(presentation, presentation.SlideParts, PowerPoint, "sldId", parts);
        var modern = new List<ModernComment>();
        foreach (var slide in slides)
        {
            foreach (var part in slide.commentParts)
            {
                ReadModern(parts, part, modern, collector);
            }
        }
        if (modern.Count > 0)
        {
            var authors = ReadAuthors(parts, presentation.authorsPart, modern.Select(c => c.AuthorId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase));
            foreach (var comment in modern)
            {
                var identity = comment.AuthorId is { } authorId ? authors.GetValueOrDefault(authorId) : AuthorIdentity.None;
                collector.Add(new DocumentComment(comment.Key, comment.At, identity.Account, identity.ObjectId, comment.ReplyTo));
            }
            return;
        }
        foreach (var slide in slides)
        {
            if (slide.SlideCommentsPart is { } part)
            {
                ReadLegacy(parts, slide.Uri, part, collector, localTimeZone);
            }
        }
    }

    private static void ReadModern(CommentParts parts, PowerPointCommentPart part, List<ModernComment> comments, CommentCollector collector)
    {
        using var xml = parts.Open(part);
        string? thread = null;
        while (parts.NextElement(xml))
        {
            if (xml.NamespaceURI != PowerPointModernComments || xml.LocalName is not ("cm" or "reply"))
            {
                continue;
            }
            if (xml.GetAttribute("id") is not { Length: > 0 } id)
            {
                // A thread with no id is not read; its replies are not the previous thread's.
                thread = xml.LocalName == "cm" ? null : thread;
                continue;
            }
            var key = CommentKeys.Guid("p:", id);
            // A reply sits inside its thread's p188:cm (in p188:replyLst); the thread's cm comes first.
            var replyTo = xml.LocalName == "reply" ? thread : null;
            if (xml.LocalName == "cm")
            {
                thread = key;
            }
            // created has no offset: PowerPoint writes it in UTC (its comments pane shows it converted to local time).
            comments.Add(new ModernComment(key, CommentTimes.Utc(xml.GetAttribute("created")), xml.GetAttribute("authorId"), replyTo));
            collector.ThrowIfPast(comments.Count);
        }
    }

    private static Dictionary<string, AuthorIdentity> ReadAuthors(CommentParts parts, PowerPointAuthorsPart? part, HashSet<string> authorIds)
    {
        var authors = new Dictionary<string, AuthorIdentity>(StringComparer.OrdinalIgnoreCase);
        if (part is null)
        {
            return authors;
        }
        using var xml = parts.Open(part);
        while (parts.NextElement(xml))
        {
            if (xml.LocalName == "author" && xml.NamespaceURI == PowerPointModernComments
                && xml.GetAttribute("id") is { } id && authorIds.Contains(id))
            {
                authors.TryAdd(id, AuthorIdentity.FromUserId(xml.GetAttribute("userId")));
            }
        }
        return authors;
    }

    private static void ReadLegacy(CommentParts parts, Uri slide, SlideCommentsPart part, CommentCollector collector, TimeZoneInfo localTimeZone)
    {
        // Keyed by the slide, the author's number and the comment's index among that author's (idx is per
        // author): nothing in a legacy comment is an id of its own. A reply (PowerPoint 2013's
        // p15:threadingInfo/p15:parentCm) names its parent by the same author number and index.
        var pending = new List<(string Key, DateTimeOffset? At, string? Parent)>();
        using (var xml = parts.Open(part))
        {
            while (parts.NextElement(xml))
            {
                if (xml.LocalName == "cm" && xml.NamespaceURI == PowerPoint)
                {
                    pending.Add((LegacyKey(slide, xml.GetAttribute("authorId"), xml.GetAttribute("idx")),
                        CommentTimes.Local(xml.GetAttribute("dt"), localTimeZone), null));
                    collector.ThrowIfPast(pending.Count);
                }
                else if (xml.LocalName == "parentCm" && xml.NamespaceURI == PowerPoint2012 && pending.Count > 0)
                {
                    pending[^1] = pending[^1] with { Parent = LegacyKey(slide, xml.GetAttribute("authorId"), xml.GetAttribute("idx")) };
                }
            }
        }
        // A parent not in the document is settled by the collector, as for every format.
        foreach (var (key, at, parent) in pending)
        {
            collector.Add(new DocumentComment(key, at, null, null, parent));
        }
    }

    private static string LegacyKey(Uri slide, string? authorId, string? idx) =>
        CommentKeys.Hashed("pl:", slide.OriginalString, authorId, idx);

    private sealed record ModernComment(string Key, DateTimeOffset? At, string? AuthorId, string? ReplyTo);
}
