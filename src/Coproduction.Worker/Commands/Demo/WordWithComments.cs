using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Worker.Commands.Demo;

/// <summary>
/// A Word document with comments as Word for the web writes them, made with the Open XML SDK: each
/// comment in <c>comments.xml</c> (time as local time with a Z), its thread in <c>commentsExtended.xml</c>,
/// its durable id in <c>commentsIds.xml</c>, its UTC time in <c>commentsExtensible.xml</c>, and its author's
/// identity in <c>people.xml</c> (<c>S::upn::object id</c>, provider AD). For the demo, and the tests.
/// </summary>
internal sealed class WordWithComments
{
    private readonly List<(string Author, DateTimeOffset At, int? ReplyTo, string Text)> _comments = [];
    private readonly Dictionary<string, (string? Account, string? ObjectId)> _people = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the comments have durable ids and UTC times (<c>commentsIds.xml</c>, <c>commentsExtensible.xml</c>), as Word
    /// writes them since 2019; false for a document of an older Word, whose comments a later Word gives them when it saves it.
    /// </summary>
    public bool DurableIds { get; set; } = true;

    /// <summary>Some text, so that the file changes in size with each save.</summary>
    public string Body { get; set; } = "Session 1: sleep and the body clock.";

    /// <summary>Names an author by their account (an e-mail or sign-in name) and, optionally, their Entra object id.</summary>
    public WordWithComments Person(string author, string? account, string? objectId = null)
    {
        _people[author] = (account, objectId);
        return this;
    }

    /// <summary>Adds a comment (or a reply to comment number <paramref name="replyTo"/>, counting from 0); returns its number.</summary>
    public int Comment(string author, DateTimeOffset at, int? replyTo = null, string text = "A comment's text, which is never read")
    {
        _comments.Add((author, at, replyTo, text));
        return _comments.Count - 1;
    }

    /// <summary>The document's bytes: the same for the same document (its parts' relationship ids fixed, not the SDK's random ones), so that its size says what changed.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"""<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{SecurityElement.Escape(Body)}</w:t></w:r></w:p></w:body></w:document>""");
            if (_comments.Count > 0)
            {
                Feed(main.AddNewPart<WordprocessingCommentsPart>("rIdComments"), Xml("w:comments", $"""xmlns:w="{W}" xmlns:w14="{W14}" """, _comments.Select((c, i) =>
                    $"""<w:comment w:id="{i}" w:author="{SecurityElement.Escape(c.Author)}" w:date="{c.At.ToOffset(London(c.At)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)}Z" w:initials="X"><w:p w14:paraId="{ParaId(i)}"><w:r><w:t>{SecurityElement.Escape(c.Text)}</w:t></w:r></w:p></w:comment>""")));
                Feed(main.AddNewPart<WordprocessingCommentsExPart>("rIdCommentsEx"), Xml("w15:commentsEx", $"""xmlns:w15="{W15}" """, _comments.Select((c, i) =>
                    $"""<w15:commentEx w15:paraId="{ParaId(i)}"{(c.ReplyTo is { } parent ? $" w15:paraIdParent=\"{ParaId(parent)}\"" : string.Empty)} w15:done="0"/>""")));
                if (DurableIds)
                {
                    Feed(main.AddNewPart<WordprocessingCommentsIdsPart>("rIdCommentsIds"), Xml("w16cid:commentsIds", $"""xmlns:w16cid="{W16Cid}" """, _comments.Select((_, i) =>
                        $"""<w16cid:commentId w16cid:paraId="{ParaId(i)}" w16cid:durableId="{DurableId(i)}"/>""")));
                    Feed(main.AddNewPart<WordCommentsExtensiblePart>("rIdCommentsExtensible"), Xml("w16cex:commentsExtensible", $"""xmlns:w16cex="{W16Cex}" """, _comments.Select((c, i) =>
                        $"""<w16cex:commentExtensible w16cex:durableId="{DurableId(i)}" w16cex:dateUtc="{c.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)}Z"/>""")));
                }
            }

            if (_people.Count > 0)
            {
                Feed(main.AddNewPart<WordprocessingPeoplePart>("rIdPeople"), Xml("w15:people", $"""xmlns:w15="{W15}" """, _people.Select(p =>
                    $"""<w15:person w15:author="{SecurityElement.Escape(p.Key)}"><w15:presenceInfo w15:providerId="AD" w15:userId="S::{p.Value.Account}::{p.Value.ObjectId}"/></w15:person>""")));
            }
        }

        return stream.ToArray();
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private const string W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private const string W16Cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
    private const string W16Cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";

    private static string ParaId(int comment) => (0x10000000 + comment).ToString("X8", CultureInfo.InvariantCulture);

    private static string DurableId(int comment) => (0x2A000000 + comment).ToString("X8", CultureInfo.InvariantCulture);

    private static TimeSpan London(DateTimeOffset at) => TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(at);

    private static string Xml(string root, string namespaces, IEnumerable<string> children) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{root} {namespaces}>{string.Concat(children)}</{root}>""";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
