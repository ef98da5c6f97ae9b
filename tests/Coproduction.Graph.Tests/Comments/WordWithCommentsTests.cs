using Coproduction.Worker.Commands.Demo;

namespace Coproduction.Graph.Comments;

/// <summary>The Word documents tests save as staff: each the same size every time it is made, so that a save of new work always changes the file's size.</summary>
public sealed class WordWithCommentsTests
{
    [Fact]
    public void ToBytes_TheSameDocumentMadeManyTimes_IsAlwaysTheSameSize()
    {
        var sizes = Enumerable.Range(0, 20).Select(_ =>
        {
            var word = new WordWithComments { Body = "draft" }.Person("Martin Gray", "martin@example.org");
            word.Comment("Martin Gray", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
            return word.ToBytes().Length;
        });

        sizes.Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void Read_AWordDocumentMadeForTests_GivesItsCommentsAsWordForTheWebWritesThem()
    {
        var word = new WordWithComments().Person("Martin Gray", "martin@example.org", "6b0d1c7e-4a3f-4d8e-9f21-0c5b7a9e3d11");
        var first = word.Comment("Martin Gray", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        word.Comment("Aisha Khan", new DateTimeOffset(2026, 6, 1, 9, 5, 0, TimeSpan.Zero), replyTo: first);
        using var stream = new MemoryStream(word.ToBytes());

        var read = new OfficeCommentReader(new CommentReadingOptions()).Read(stream, "Session.docx");

        read.Problem.ShouldBe(DocumentReadProblem.None);
        read.Comments.Select(c => (c.At, c.Account, c.ObjectId, c.ReplyTo is not null)).ShouldBe([
            (new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero), "martin@example.org", "6b0d1c7e-4a3f-4d8e-9f21-0c5b7a9e3d11", false),
            (new DateTimeOffset(2026, 6, 1, 9, 5, 0, TimeSpan.Zero), null, null, true),
        ]);
    }
}
