using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Keys repeated within a document, and replies whose parent is gone: the same rule in every format.</summary>
public sealed class CommentKeyTests
{
    private const string Thread = "{A1B2C3D4-1111-4E5F-8A9B-0C1D2E3F4A5B}";
    private const string Other = "{A1B2C3D4-3333-4E5F-8A9B-0C1D2E3F4A5B}";
    private const string Gone = "{DEADBEEF-0000-4000-8000-000000000000}";

    private static string WordComments(params string[] comments) => $"<w:comments {W} {W14}>{string.Concat(comments)}</w:comments>";

    private static string WordComment(int id, string paraId) =>
        $"<w:comment w:id=\"{id}\" w:author=\"Alex Peer\" w:date=\"2026-06-01T10:00:00Z\"><w:p w14:paraId=\"{paraId}\"><w:r><w:t>PRIVATE-COMMENT-TEXT</w:t></w:r></w:p></w:comment>";

    private static string Ids(params (string ParaId, string DurableId)[] ids) =>
        $"<w16cid:commentsIds {W16Cid}>{string.Concat(ids.Select(i => $"<w16cid:commentId w16cid:paraId=\"{i.ParaId}\" w16cid:durableId=\"{i.DurableId}\"/>"))}</w16cid:commentsIds>";

    private static string CommentsEx(params (string ParaId, string Parent)[] replies) =>
        $"<w15:commentsEx {W15}>{string.Concat(replies.Select(r => $"<w15:commentEx w15:paraId=\"{r.ParaId}\" w15:paraIdParent=\"{r.Parent}\"/>"))}</w15:commentsEx>";

    [Fact]
    public void Read_WordParaIdPastedTwice_SecondKeyGetsOrdinal()
    {
        var document = Word(WordComments(WordComment(0, "0000000A"), WordComment(1, "0000000A")), ids: Ids(("0000000A", "11111111")));

        var result = Fixtures.Read(document, "a.docx");

        result.Comments.Select(c => c.Key).ShouldBe(["w:11111111", "w:11111111#2"]);
        result.Comments.ShouldAllBe(c => c.ReplyTo == null);
    }

    [Fact]
    public void Read_WordDurableIdTwice_SecondKeyGetsOrdinalAndRepliesGoToTheFirst()
    {
        var document = Word(
            WordComments(WordComment(0, "0000000A"), WordComment(1, "0000000B"), WordComment(2, "0000000C")),
            extended: CommentsEx(("0000000C", "0000000A")),
            ids: Ids(("0000000A", "11111111"), ("0000000B", "11111111"), ("0000000C", "22222222")));

        var comments = Fixtures.Read(document, "a.docx").Comments;

        comments.Select(c => c.Key).ShouldBe(["w:11111111", "w:11111111#2", "w:22222222"]);
        comments[2].ReplyTo.ShouldBe("w:11111111");
    }

    [Fact]
    public void Read_PowerPointReplyWithItsThreadsGuid_GetsOrdinalAndStillRepliesToTheThread()
    {
        var modern = $"<p188:cmLst {P188}><p188:cm id=\"{Thread}\" created=\"2026-06-01T09:00:00.000\">"
            + $"<p188:replyLst><p188:reply id=\"{Thread}\" created=\"2026-06-01T09:05:00.000\"/></p188:replyLst></p188:cm>"
            + $"<p188:cm id=\"{Thread}\" created=\"2026-06-01T09:10:00.000\"/></p188:cmLst>";

        var comments = Fixtures.Read(PowerPoint(modern, null), "session.pptx").Comments;

        const string key = "p:a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b";
        comments.Select(c => c.Key).ShouldBe([key, key + "#2", key + "#3"]);
        // The reply sits in the thread's reply list: its link is to the thread, never to itself.
        comments.Select(c => c.ReplyTo).ShouldBe([null, key, null]);
    }

    [Fact]
    public void Settle_OrdinalAKeyAlreadyHolds_SkipsPastIt()
    {
        var collector = new CommentCollector(10);
        collector.Add(new DocumentComment("x:a", null, null, null, null));
        collector.Add(new DocumentComment("x:a#2", null, null, null, null));
        collector.Add(new DocumentComment("x:a", null, null, null, "x:a"));

        var comments = collector.Settle();

        comments.Select(c => c.Key).ShouldBe(["x:a", "x:a#2", "x:a#3"]);
        comments[2].ReplyTo.ShouldBe("x:a");
    }

    [Fact]
    public void Settle_CommentReplyingToItself_StartsAThread()
    {
        var collector = new CommentCollector(10);
        collector.Add(new DocumentComment("x:a", null, null, null, "x:a"));

        collector.Settle().Single().ReplyTo.ShouldBeNull();
    }

    [Fact]
    public void Read_WordReplyWhoseParentIsDeleted_StartsAThread()
    {
        var document = Word(WordComments(WordComment(0, "0000000B")), extended: CommentsEx(("0000000B", "0000000A")),
            ids: Ids(("0000000B", "22222222")));

        Fixtures.Read(document, "a.docx").Comments.Single().ReplyTo.ShouldBeNull();
    }

    [Fact]
    public void Read_ExcelReplyWhoseParentIsDeleted_StartsAThread()
    {
        var threaded = $"<ThreadedComments {Tc}>"
            + $"<threadedComment ref=\"A1\" dT=\"2026-06-01T09:10:00.00\" id=\"{Other}\" parentId=\"{Gone}\"><text>PRIVATE-COMMENT-TEXT</text></threadedComment>"
            + "</ThreadedComments>";

        var comment = Fixtures.Read(Excel(threaded, null, null), "register.xlsx").Comments.Single();

        comment.Key.ShouldBe("x:a1b2c3d4-3333-4e5f-8a9b-0c1d2e3f4a5b");
        comment.ReplyTo.ShouldBeNull();
    }

    [Fact]
    public void Read_PowerPointReplyInAThreadWithNoId_StartsAThread()
    {
        // The thread's id is lost: its reply is neither the thread before's nor left pointing nowhere.
        var modern = $"<p188:cmLst {P188}><p188:cm id=\"{Thread}\" created=\"2026-06-01T09:00:00.000\"/>"
            + "<p188:cm created=\"2026-06-01T09:05:00.000\">"
            + $"<p188:replyLst><p188:reply id=\"{Other}\" created=\"2026-06-01T09:06:00.000\"/></p188:replyLst></p188:cm></p188:cmLst>";

        var comments = Fixtures.Read(PowerPoint(modern, null), "session.pptx").Comments;

        comments.Count.ShouldBe(2);
        comments.ShouldAllBe(c => c.ReplyTo == null);
    }

    [Fact]
    public void Read_PowerPointLegacyReplyWhoseParentIsDeleted_StartsAThread()
    {
        var legacy = $"<p:cmLst {P} xmlns:p15=\"http://schemas.microsoft.com/office/powerpoint/2012/main\">"
            + "<p:cm authorId=\"1\" dt=\"2026-06-01T10:05:00.000\" idx=\"2\"><p:text>PRIVATE-COMMENT-TEXT</p:text><p:extLst>"
            + "<p:ext uri=\"{C676402C-5697-4E1C-873F-D02D1690AC5C}\"><p15:threadingInfo timeZoneBias=\"-60\"><p15:parentCm authorId=\"0\" idx=\"1\"/></p15:threadingInfo></p:ext>"
            + "</p:extLst></p:cm></p:cmLst>";

        Fixtures.Read(PowerPoint(null, null, legacy), "session.pptx").Comments.Single().ReplyTo.ShouldBeNull();
    }
}
