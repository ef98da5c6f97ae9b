using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Coproduction.Benchmarks;

/// <summary>
/// Word documents for the comment reader's benchmark, written to temporary files (as the worker reads a
/// download): many comments as Word 365 writes them (durable ids, UTC times, replies, people), beside a
/// body of pseudo-random words (seeded, so the same bytes each time, and compressing about as text does:
/// well inside the zip-bomb ratio).
/// </summary>
internal static class CommentDocuments
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    public static void Write(string path, int comments, long bodyBytes)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        Write(main, writer => Body(writer, bodyBytes));
        if (comments == 0)
        {
            return;
        }
        Write(main.AddNewPart<WordprocessingCommentsPart>(), writer =>
        {
            writer.Write($"<w:comments {W} xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">");
            for (var i = 0; i < comments; i++)
            {
                writer.Write($"<w:comment w:id=\"{i}\" w:author=\"Person {i % 20}\" w:date=\"2026-06-01T10:{i % 60:00}:00Z\" w:initials=\"P\">"
                    + $"<w:p w14:paraId=\"{ParaId(i)}\"><w:r><w:t>Comment number {i}, a sentence or two of feedback on the session.</w:t></w:r></w:p></w:comment>");
            }
            writer.Write("</w:comments>");
        });
        Write(main.AddNewPart<WordprocessingCommentsExPart>(), writer =>
        {
            writer.Write("<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">");
            for (var i = 0; i < comments; i++)
            {
                var parent = i % 2 == 1 ? $" w15:paraIdParent=\"{ParaId(i - 1)}\"" : "";
                writer.Write($"<w15:commentEx w15:paraId=\"{ParaId(i)}\"{parent} w15:done=\"0\"/>");
            }
            writer.Write("</w15:commentsEx>");
        });
        Write(main.AddNewPart<WordprocessingCommentsIdsPart>(), writer =>
        {
            writer.Write("<w16cid:commentsIds xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\">");
            for (var i = 0; i < comments; i++)
            {
                writer.Write($"<w16cid:commentId w16cid:paraId=\"{ParaId(i)}\" w16cid:durableId=\"{DurableId(i)}\"/>");
            }
            writer.Write("</w16cid:commentsIds>");
        });
        Write(main.AddNewPart<WordCommentsExtensiblePart>(), writer =>
        {
            writer.Write("<w16cex:commentsExtensible xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\">");
            for (var i = 0; i < comments; i++)
            {
                writer.Write($"<w16cex:commentExtensible w16cex:durableId=\"{DurableId(i)}\" w16cex:dateUtc=\"2026-06-01T09:{i % 60:00}:00Z\"/>");
            }
            writer.Write("</w16cex:commentsExtensible>");
        });
        Write(main.AddNewPart<WordprocessingPeoplePart>(), writer =>
        {
            writer.Write("<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">");
            for (var p = 0; p < 20; p++)
            {
                writer.Write($"<w15:person w15:author=\"Person {p}\"><w15:presenceInfo w15:providerId=\"AD\" "
                    + $"w15:userId=\"S::person{p}@contoso.com::{new Guid(p + 1, 0, 0, new byte[8])}\"/></w15:person>");
            }
            writer.Write("</w15:people>");
        });
    }

    private static string ParaId(int i) => (0x10000000 + i).ToString("X8", CultureInfo.InvariantCulture);

    private static string DurableId(int i) => (0x20000000 + i).ToString("X8", CultureInfo.InvariantCulture);

    private static void Body(StreamWriter writer, long bytes)
    {
        string[] words = ["recovery", "hope", "control", "opportunity", "lived", "experience", "course", "peer", "trainer",
            "session", "wellbeing", "college", "together", "learning", "choice", "strengths", "goals", "support"];
        var random = new Random(14);
        writer.Write($"<w:document {W}><w:body>");
        var written = 0L;
        var paragraph = new StringBuilder();
        while (written < bytes)
        {
            paragraph.Clear().Append("<w:p><w:r><w:t>");
            for (var i = 0; i < 60; i++)
            {
                paragraph.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(' ');
            }
            paragraph.Append("</w:t></w:r></w:p>");
            writer.Write(paragraph);
            written += paragraph.Length;
        }
        writer.Write("</w:body></w:document>");
    }

    private static void Write(OpenXmlPart part, Action<StreamWriter> write)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        write(writer);
    }
}
