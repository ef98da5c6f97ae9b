using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using static Coproduction.Graph.Comments.OfficeNamespaces;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Reads a workbook's comments, sheet by sheet. Threaded comments (Excel 365,
/// <c>xl/threadedComments/*.xml</c>) carry a GUID, a <c>parentId</c> for a reply, a <c>dT</c> in UTC and
/// a <c>personId</c> resolved through <c>xl/persons/person.xml</c> to an identity. Legacy notes
/// (<c>xl/comments*.xml</c>, what LibreOffice writes) carry a cell, an author's number and nothing else:
/// no time, no identity. Excel also writes a legacy note mirroring each thread, in the thread's cell, for
/// older readers; a note in a cell that has a thread is that mirror and is not counted again.
/// </summary>
internal static class ExcelComments
{
    public static void Read(SpreadsheetDocument document, CommentParts parts, CommentCollector collector)
    {
        if (document.WorkbookPart is not { } workbook)
        {
            return;
        }
        var sheets = PartOrder.Of(workbook, workbook.WorksheetParts, Excel, "sheet", parts);
        var threaded = new List<ThreadedComment>();
        var notes = new List<DocumentComment>();
        foreach (var sheet in sheets)
        {
            var threadCells = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in sheet.WorksheetThreadedCommentsParts)
            {
                ReadThreaded(parts, part, threaded, threadCells, collector);
            }
            if (sheet.WorksheetCommentsPart is { } notesPart)
            {
                ReadNotes(parts, sheet.Uri, notesPart, threadCells, notes, threaded.Count, collector);
            }
        }
        var persons = ReadPersons(parts, workbook.WorkbookPersonParts, threaded.Select(c => c.PersonId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var comment in threaded)
        {
            var identity = comment.PersonId is { } personId ? persons.GetValueOrDefault(personId) : AuthorIdentity.None;
            collector.Add(new DocumentComment(comment.Key, comment.At, identity.Account, identity.ObjectId, comment.ReplyTo));
        }
        foreach (var note in notes)
        {
            collector.Add(note);
        }
    }

    private static void ReadThreaded(CommentParts parts, WorksheetThreadedCommentsPart part, List<ThreadedComment> comments,
        HashSet<string> threadCells, CommentCollector collector)
    {
        using var xml = parts.Open(part);
        while (parts.NextElement(xml))
        {
            if (xml.LocalName != "threadedComment" || xml.NamespaceURI != ExcelThreadedComments || xml.GetAttribute("id") is not { Length: > 0 } id)
            {
                continue;
            }
            if (xml.GetAttribute("ref") is { Length: > 0 } cell)
            {
                threadCells.Add(cell);
            }
            var parent = xml.GetAttribute("parentId") is { Length: > 0 } parentId ? CommentKeys.Guid("x:", parentId) : null;
            // dT has no offset: Excel writes it in UTC.
            comments.Add(new ThreadedComment(CommentKeys.Guid("x:", id), CommentTimes.Utc(xml.GetAttribute("dT")), xml.GetAttribute("personId"), parent));
            collector.ThrowIfPast(comments.Count);
        }
    }

    private static void ReadNotes(CommentParts parts, Uri sheet, WorksheetCommentsPart part, HashSet<string> threadCells,
        List<DocumentComment> notes, int threadedCount, CommentCollector collector)
    {
        // Keyed by the sheet, the cell, the author's number and an ordinal among notes alike (a cell holds one
        // note, so it is 1 unless the file is odd): a note has no id of its own.
        var ordinals = new Dictionary<(string?, string?), int>();
        using var xml = parts.Open(part);
        while (parts.NextElement(xml))
        {
            if (xml.LocalName != "comment" || xml.NamespaceURI != Excel)
            {
                continue;
            }
            var cell = xml.GetAttribute("ref");
            if (cell is not null && threadCells.Contains(cell))
            {
                continue;
            }
            var author = xml.GetAttribute("authorId");
            var ordinal = ordinals[(cell, author)] = ordinals.GetValueOrDefault((cell, author)) + 1;
            var key = CommentKeys.Hashed("xl:", sheet.OriginalString, cell, author, ordinal.ToString(CultureInfo.InvariantCulture));
            notes.Add(new DocumentComment(key, null, null, null, null));
            collector.ThrowIfPast(threadedCount + notes.Count);
        }
    }

    private static Dictionary<string, AuthorIdentity> ReadPersons(CommentParts parts, IEnumerable<WorkbookPersonPart> personParts, HashSet<string> personIds)
    {
        var persons = new Dictionary<string, AuthorIdentity>(StringComparer.OrdinalIgnoreCase);
        if (personIds.Count == 0)
        {
            return persons;
        }
        foreach (var part in personParts)
        {
            using var xml = parts.Open(part);
            while (parts.NextElement(xml))
            {
                if (xml.LocalName == "person" && xml.NamespaceURI == ExcelThreadedComments
                    && xml.GetAttribute("id") is { } id && personIds.Contains(id))
                {
                    persons.TryAdd(id, AuthorIdentity.FromUserId(xml.GetAttribute("userId")));
                }
            }
        }
        return persons;
    }

    private sealed record ThreadedComment(string Key, DateTimeOffset? At, string? PersonId, string? ReplyTo);
}
