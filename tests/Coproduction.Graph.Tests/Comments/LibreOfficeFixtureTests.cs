using System.Text.Json;

namespace Coproduction.Graph.Comments;

/// <summary>
/// Documents LibreOffice 7.4 made from the flat ODF sources in Fixtures/source (make-fixtures.sh), read as
/// LibreOffice really wrote them: only comments.xml in Word (no durable ids, replies, UTC times or people),
/// legacy comments in PowerPoint, legacy notes in Excel; no identities anywhere.
/// </summary>
public sealed class LibreOfficeFixtureTests
{
    [Fact]
    public void Read_LibreOfficeWord_GivesEachCommentAtItsUtcTimeWithoutIdentity()
    {
        var result = Fixtures.Read("comments.docx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Select(c => c.At).ShouldBe([
            // w:date is local (Europe/London) with a Z: 10:00 in summer time is 09:00 UTC, 14:30 in winter is 14:30.
            Fixtures.Utc(2026, 6, 1, 9, 0),
            Fixtures.Utc(2026, 1, 15, 14, 30),
            Fixtures.Utc(2026, 1, 16, 9, 15),
            // LibreOffice writes w:date="0-00-00T00:00:00Z" for a comment with no date.
            null,
        ]);
        result.Comments.ShouldAllBe(c => !c.HasIdentity);
        // LibreOffice 7.4 does not write the reply of the source (loext:parent-name): no commentsExtended.xml.
        result.Comments.ShouldAllBe(c => c.ReplyTo == null);
        result.Comments.ShouldAllBe(c => c.Key.StartsWith("w#", StringComparison.Ordinal) && c.Key.Length == 18);
        result.Comments.Select(c => c.Key).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void Read_SameDocumentTwice_GivesTheSameKeys()
    {
        Fixtures.Read("comments.docx").Comments.Select(c => c.Key)
            .ShouldBe(Fixtures.Read("comments.docx").Comments.Select(c => c.Key));
    }

    [Fact]
    public void Read_LibreOfficePresentation_ReadsLegacyCommentsAsLocalTime()
    {
        var result = Fixtures.Read("comments.pptx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Select(c => c.At).ShouldBe([
            Fixtures.Utc(2026, 6, 1, 9, 0),
            Fixtures.Utc(2026, 1, 15, 14, 30),
            // 29 March 2026 00:30 is before the clocks go forward (01:00 GMT): still GMT.
            Fixtures.Utc(2026, 3, 29, 0, 30),
        ]);
        result.Comments.ShouldAllBe(c => !c.HasIdentity && c.ReplyTo == null && c.Key.StartsWith("pl:", StringComparison.Ordinal));
        result.Comments.Select(c => c.Key).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Read_LibreOfficeWorkbook_ReadsNotesWithoutTimeOrIdentity()
    {
        var result = Fixtures.Read("comments.xlsx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Count.ShouldBe(2);
        result.Comments.ShouldAllBe(c => c.At == null && !c.HasIdentity && c.ReplyTo == null && c.Key.StartsWith("xl:", StringComparison.Ordinal));
        result.Comments.Select(c => c.Key).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Read_DocumentWithoutComments_GivesNoneWithoutProblem()
    {
        var result = Fixtures.Read("no-comments.docx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.ShouldBeEmpty();
    }

    [Fact]
    public void Read_LegacyWordDocument_IsLegacyFormat()
    {
        Fixtures.Read("comments.doc").Problem.ShouldBe(DocumentReadProblem.LegacyFormat);
    }

    [Fact]
    public void Read_LegacyWordDocumentNamedDocx_IsLegacyFormat()
    {
        // A .doc renamed is still a .doc: "save it as .docx" is what the team needs to hear.
        Fixtures.Read(Fixtures.Bytes("comments.doc"), "renamed.docx").Problem.ShouldBe(DocumentReadProblem.LegacyFormat);
    }

    [Fact]
    public void Read_DocxNamedDoc_IsReadByItsContent()
    {
        var result = Fixtures.Read(Fixtures.Bytes("comments.docx"), "outline.doc");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("comments.docx")]
    [InlineData("comments.pptx")]
    [InlineData("comments.xlsx")]
    public void Read_AnyFixture_ResultHoldsNoCommentTextNorName(string fixture)
    {
        var json = JsonSerializer.Serialize(Fixtures.Read(fixture));

        json.ShouldContain("Key");
        json.ShouldNotContain("PRIVATE-COMMENT-TEXT");
        json.ShouldNotContain("Alex");
        json.ShouldNotContain("Sam Tutor");
    }
}
