using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Valid documents the comment parts alone do not describe: Strict Open XML, a hyperlink Office wrote malformed.</summary>
public sealed class PackageQuirkTests
{
    private const string StrictW = "xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"";

    private static readonly string OneComment =
        $"<w:comments {W}><w:comment w:id=\"0\" w:author=\"Alex Peer\" w:date=\"2026-06-01T10:00:00Z\"><w:p><w:r><w:t>PRIVATE-COMMENT-TEXT</w:t></w:r></w:p></w:comment></w:comments>";

    [Fact]
    public void Read_StrictOpenXmlWord_IsUnsupported()
    {
        var strict = Word(
            $"<w:comments {StrictW}><w:comment w:id=\"0\" w:author=\"Alex Peer\" w:date=\"2026-06-01T10:00:00Z\"><w:p/></w:comment></w:comments>",
            document: $"<w:document {StrictW} w:conformance=\"strict\"><w:body><w:p/></w:body></w:document>");

        var result = Fixtures.Read(strict, "outline.docx");

        result.Problem.ShouldBe(DocumentReadProblem.Unsupported);
        result.Comments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("mailto:one@")]
    [InlineData("http://exa mple.com/a b")]
    [InlineData(@"file:///C:\x\y z.doc")]
    [InlineData("http://[::1")]
    public void Read_HyperlinkWithMalformedUri_ReadsTheComments(string target)
    {
        const string placeholder = "https://placeholder.example/";
        var document = Word(OneComment, add: main => main.AddHyperlinkRelationship(new Uri(placeholder), isExternal: true, "rIdLink"));
        var malformed = WithEntry(document, "word/_rels/document.xml.rels",
            rels => rels.Replace(placeholder, System.Security.SecurityElement.Escape(target), StringComparison.Ordinal));

        var result = Fixtures.Read(malformed, "outline.docx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Count.ShouldBe(1);
    }
}
