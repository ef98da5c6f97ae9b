using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using static Coproduction.Graph.Comments.OfficeNamespaces;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Reads a Word document's comments. <c>comments.xml</c> gives each comment (<c>w:author</c>, a local
/// <c>w:date</c>, and its paragraphs' <c>w14:paraId</c>: the last one is how the other parts refer to it);
/// <c>commentsIds.xml</c> maps that paraId to a <c>durableId</c> that survives Word renumbering
/// <c>w:id</c>; <c>commentsExtensible.xml</c> gives, by durableId, the time in UTC; <c>commentsExtended.xml</c>
/// gives, by paraId, the paraId of the comment replied to; <c>people.xml</c> the identity of each author,
/// matched by <c>w:author</c> = <c>w15:author</c> (how Word links them). comments.xml is read first, so the
/// other parts keep only what belongs to a comment read: what a reading holds grows with the comments,
/// not with the parts.
/// </summary>
internal static class WordComments
{
    public static void Read(WordprocessingDocument document, CommentParts parts, CommentCollector collector, TimeZoneInfo localTimeZone)
    {
        var main = document.MainDocumentPart;
        if (main?.WordprocessingCommentsPart is not { } commentsPart)
        {
            return;
        }
        var comments = ReadComments(parts, commentsPart, collector);
        if (comments.Count == 0)
        {
            return;
        }
        var paraIds = comments.Select(c => c.LastParaId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var durableIds = ReadMap(parts, main.WordprocessingCommentsIdsPart, WordCommentIds, "commentId", "paraId", "durableId", paraIds);
        var utcTimes = ReadMap(parts, main.WordCommentsExtensiblePart, WordCommentsExtensible, "commentExtensible", "durableId", "dateUtc",
            durableIds.Values.ToHashSet(StringComparer.OrdinalIgnoreCase));
        var parents = ReadMap(parts, main.WordprocessingCommentsExPart, Word2012, "commentEx", "paraId", "paraIdParent", paraIds);
        var people = ReadPeople(parts, main.WordprocessingPeoplePart,
            comments.Select(c => c.Author).OfType<string>().ToHashSet(StringComparer.Ordinal));

        // Keys first, so that a reply can name its parent's whichever comes first.
        var ordinals = new Dictionary<(string?, string?), int>();
        var keys = new string[comments.Count];
        var keyByParaId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            if (comment.LastParaId is { } paraId && durableIds.TryGetValue(paraId, out var durableId))
            {
                keys[i] = "w:" + durableId;
            }
            else
            {
                // No durableId (an older Word, LibreOffice): what the comment says of itself, never w:id,
                // which Word renumbers on every save.
                var ordinal = ordinals[(comment.Author, comment.Date)] = ordinals.GetValueOrDefault((comment.Author, comment.Date)) + 1;
                keys[i] = CommentKeys.Hashed("w#", comment.Author, comment.Date, ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (comment.LastParaId is { } ownParaId)
            {
                keyByParaId.TryAdd(ownParaId, keys[i]);
            }
        }
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            string? durableId = null;
            var at = comment.LastParaId is { } paraId && durableIds.TryGetValue(paraId, out durableId)
                && utcTimes.TryGetValue(durableId, out var utc) && CommentTimes.Utc(utc) is { } utcTime
                    ? utcTime
                    : CommentTimes.Local(comment.Date, localTimeZone);
            var identity = comment.Author is { } author ? people.GetValueOrDefault(author) : AuthorIdentity.None;
            // A parent not in the document, or the comment itself, is settled by the collector like every format's.
            string? replyTo = comment.LastParaId is { } ownParaId && parents.TryGetValue(ownParaId, out var parentParaId)
                && keyByParaId.TryGetValue(parentParaId, out var parentKey)
                    ? parentKey
                    : null;
            collector.Add(new DocumentComment(keys[i], at, identity.Account, identity.ObjectId, replyTo));
        }
    }

    private static List<WordComment> ReadComments(CommentParts parts, OpenXmlPart part, CommentCollector collector)
    {
        var comments = new List<WordComment>();
        using var xml = parts.Open(part);
        WordComment? current = null;
        var commentDepth = -1;
        while (parts.NextElement(xml))
        {
            if (xml.LocalName == "comment" && xml.NamespaceURI == Word)
            {
                current = new WordComment(NonEmpty(xml.GetAttribute("author", Word)), NonEmpty(xml.GetAttribute("date", Word)));
                commentDepth = xml.Depth;
                comments.Add(current);
                collector.ThrowIfPast(comments.Count);
            }
            else if (current is not null && xml.Depth <= commentDepth)
            {
                current = null;
            }
            else if (current is not null && xml.Depth == commentDepth + 1 && xml.LocalName == "p" && xml.NamespaceURI == Word
                && NonEmpty(xml.GetAttribute("paraId", Word2010)) is { } paraId)
            {
                // Only the comment's own paragraphs (not a table's inside it); the last is the one referred to.
                current.LastParaId = paraId;
            }
        }
        return comments;
    }

    /// <summary>Reads, from each <paramref name="element"/> of the part, <paramref name="keyAttribute"/> → <paramref name="valueAttribute"/> (both in <paramref name="ns"/>), keeping only the keys wanted.</summary>
    private static Dictionary<string, string> ReadMap(CommentParts parts, OpenXmlPart? part, string ns, string element, string keyAttribute,
        string valueAttribute, HashSet<string> wanted)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (part is null || wanted.Count == 0)
        {
            return map;
        }
        using var xml = parts.Open(part);
        while (parts.NextElement(xml))
        {
            if (xml.LocalName == element && xml.NamespaceURI == ns
                && NonEmpty(xml.GetAttribute(keyAttribute, ns)) is { } key && wanted.Contains(key)
                && NonEmpty(xml.GetAttribute(valueAttribute, ns)) is { } value)
            {
                map.TryAdd(key, value);
            }
        }
        return map;
    }

    /// <summary>The identity of each author named in <paramref name="authors"/> that <c>people.xml</c> gives one.</summary>
    private static Dictionary<string, AuthorIdentity> ReadPeople(CommentParts parts, OpenXmlPart? part, HashSet<string> authors)
    {
        var people = new Dictionary<string, AuthorIdentity>(StringComparer.Ordinal);
        if (part is null || authors.Count == 0)
        {
            return people;
        }
        using var xml = parts.Open(part);
        string? person = null;
        while (parts.NextElement(xml))
        {
            if (xml.LocalName == "person" && xml.NamespaceURI == Word2012)
            {
                var author = xml.GetAttribute("author", Word2012);
                person = author is not null && authors.Contains(author) ? author : null;
            }
            else if (person is not null && xml.LocalName == "presenceInfo" && xml.NamespaceURI == Word2012)
            {
                var identity = AuthorIdentity.FromUserId(xml.GetAttribute("userId", Word2012));
                if (identity != AuthorIdentity.None)
                {
                    people.TryAdd(person, identity);
                }
                person = null;
            }
        }
        return people;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>A comment as comments.xml gives it; its author's name is held only while the document is read.</summary>
    private sealed class WordComment(string? author, string? date)
    {
        public string? Author { get; } = author;
        public string? Date { get; } = date;
        public string? LastParaId { get; set; }
    }
}
