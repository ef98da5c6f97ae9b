using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Office documents made with the Open XML SDK for what LibreOffice does not write (identities, replies,
/// durable ids, modern and threaded comments): the SDK makes the package and its relationships, each part's
/// XML is given as Office writes it.
/// </summary>
internal static class OfficeDocuments
{
    public const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    public const string W14 = "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
    public const string W15 = "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";
    public const string W16Cid = "xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\"";
    public const string W16Cex = "xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\"";
    public const string P188 = "xmlns:p188=\"http://schemas.microsoft.com/office/powerpoint/2018/8/main\"";
    public const string P = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    public const string R = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    public const string X = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    public const string Tc = "xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments\"";

    /// <summary>A Word document; each part is added only when given, the main part's XML too.</summary>
    public static byte[] Word(string comments, string? extended = null, string? ids = null, string? extensible = null, string? people = null,
        string? document = null, Action<MainDocumentPart>? add = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            Feed(main, document ?? $"<w:document {W}><w:body><w:p><w:r><w:t>A course outline.</w:t></w:r></w:p></w:body></w:document>");
            add?.Invoke(main);
            Feed(main.AddNewPart<WordprocessingCommentsPart>(), comments);
            Add<WordprocessingCommentsExPart>(main, extended);
            Add<WordprocessingCommentsIdsPart>(main, ids);
            Add<WordCommentsExtensiblePart>(main, extensible);
            Add<WordprocessingPeoplePart>(main, people);
        }
        return stream.ToArray();
    }

    /// <summary>A presentation of one slide, with modern comments and their authors, and legacy comments if given.</summary>
    public static byte[] PowerPoint(string? modernComments, string? authors, string? legacyComments = null)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var slide = presentation.AddNewPart<SlidePart>("rId2");
            Feed(presentation, $"<p:presentation {P} {R}><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst></p:presentation>");
            Feed(slide, $"<p:sld {P}><p:cSld><p:spTree/></p:cSld></p:sld>");
            if (modernComments is not null)
            {
                Feed(slide.AddNewPart<PowerPointCommentPart>(), modernComments);
            }
            Add<PowerPointAuthorsPart>(presentation, authors);
            Add<SlideCommentsPart>(slide, legacyComments);
        }
        return stream.ToArray();
    }

    /// <summary>A workbook of one sheet, with threaded comments, their persons and legacy notes where given.</summary>
    public static byte[] Excel(string? threaded, string? persons, string? notes)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
            Feed(workbook, $"<workbook {X} {R}><sheets><sheet name=\"Sessions\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Feed(sheet, $"<worksheet {X}><sheetData/></worksheet>");
            Add<WorksheetThreadedCommentsPart>(sheet, threaded);
            Add<WorksheetCommentsPart>(sheet, notes);
            Add<WorkbookPersonPart>(workbook, persons);
        }
        return stream.ToArray();
    }

    /// <summary>A zip of the given entries, as they are: for packages that are not what they should be.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    /// <summary>The zip with one entry's text edited, the rest as they were.</summary>
    public static byte[] WithEntry(byte[] zip, string name, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"No entry {name}.");
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(edit(text));
        }
        return stream.ToArray();
    }

    private static void Add<TPart>(OpenXmlPartContainer parent, string? xml)
        where TPart : OpenXmlPart, IFixedContentTypePart
    {
        if (xml is not null)
        {
            Feed(parent.AddNewPart<TPart>(), xml);
        }
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(content);
    }
}
