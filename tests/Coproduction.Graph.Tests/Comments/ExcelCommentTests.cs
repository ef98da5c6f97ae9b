using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Workbooks with threaded comments as Excel 365 writes them (with their legacy mirrors), made with the Open XML SDK.</summary>
public sealed class ExcelCommentTests
{
    private const string Alex = "{C0FFEE00-0001-4A5B-8C9D-0E1F2A3B4C5D}";
    private const string Sam = "{C0FFEE00-0002-4A5B-8C9D-0E1F2A3B4C5D}";

    private static readonly string Threaded =
        $"<ThreadedComments {Tc}>"
        + $"<threadedComment ref=\"A1\" dT=\"2026-06-01T09:00:00.00\" personId=\"{Alex}\" id=\"{{B0000000-0001-4000-8000-000000000001}}\"><text>PRIVATE-COMMENT-TEXT</text></threadedComment>"
        + $"<threadedComment ref=\"A1\" dT=\"2026-06-01T09:10:00.00\" personId=\"{Sam}\" id=\"{{B0000000-0002-4000-8000-000000000002}}\" parentId=\"{{B0000000-0001-4000-8000-000000000001}}\"><text>PRIVATE-COMMENT-TEXT</text></threadedComment>"
        + "</ThreadedComments>";

    private static readonly string Persons =
        $"<personList {Tc}>"
        + $"<person displayName=\"Alex Peer\" id=\"{Alex}\" userId=\"S::alex.peer@contoso.com::6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d\" providerId=\"AD\"/>"
        + $"<person displayName=\"Sam Tutor\" id=\"{Sam}\" userId=\"sam.tutor@contoso.com\" providerId=\"AD\"/>"
        + "</personList>";

    // Excel's mirror of the thread in A1 for older readers (author "tc=" + the thread's id), and a plain note in B2.
    private static readonly string Notes =
        $"<comments {X}><authors><author>tc={{B0000000-0001-4000-8000-000000000001}}</author><author>Kim Carer</author></authors><commentList>"
        + "<comment ref=\"A1\" authorId=\"0\"><text><t>[Threaded comment] PRIVATE-COMMENT-TEXT</t></text></comment>"
        + "<comment ref=\"B2\" authorId=\"1\"><text><t>PRIVATE-COMMENT-TEXT note</t></text></comment>"
        + "</commentList></comments>";

    [Fact]
    public void Read_ThreadedComments_GiveGuidKeysUtcTimesRepliesAndIdentity()
    {
        var result = Fixtures.Read(Excel(Threaded, Persons, null), "register.xlsx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Count.ShouldBe(2);
        var (thread, reply) = (result.Comments[0], result.Comments[1]);
        thread.Key.ShouldBe("x:b0000000-0001-4000-8000-000000000001");
        thread.At.ShouldBe(Fixtures.Utc(2026, 6, 1, 9, 0));
        thread.Account.ShouldBe("alex.peer@contoso.com");
        thread.ObjectId.ShouldBe("6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d");
        thread.ReplyTo.ShouldBeNull();
        reply.ReplyTo.ShouldBe(thread.Key);
        reply.Account.ShouldBe("sam.tutor@contoso.com");
    }

    [Fact]
    public void Read_LegacyMirrorOfThread_IsNotCountedAgainButPlainNoteIs()
    {
        var result = Fixtures.Read(Excel(Threaded, Persons, Notes), "register.xlsx");

        result.Comments.Count.ShouldBe(3);
        result.Comments.Count(c => c.Key.StartsWith("x:", StringComparison.Ordinal)).ShouldBe(2);
        var note = result.Comments.Single(c => c.Key.StartsWith("xl:", StringComparison.Ordinal));
        note.At.ShouldBeNull();
        note.HasIdentity.ShouldBeFalse();
    }

    [Fact]
    public void Read_NotesOnly_ReadsEveryNote()
    {
        Fixtures.Read(Excel(null, null, Notes), "register.xlsx").Comments.Count.ShouldBe(2);
    }
}
