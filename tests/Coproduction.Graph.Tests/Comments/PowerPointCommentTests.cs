using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Presentations with modern comments as PowerPoint 365 writes them, made with the Open XML SDK.</summary>
public sealed class PowerPointCommentTests
{
    private const string Alex = "{7B1C2D3E-0001-4A5B-8C9D-0E1F2A3B4C5D}";
    private const string Sam = "{7B1C2D3E-0002-4A5B-8C9D-0E1F2A3B4C5D}";
    private const string Thread = "{A1B2C3D4-1111-4E5F-8A9B-0C1D2E3F4A5B}";
    private const string Reply = "{A1B2C3D4-2222-4E5F-8A9B-0C1D2E3F4A5B}";
    private const string Second = "{A1B2C3D4-3333-4E5F-8A9B-0C1D2E3F4A5B}";

    private static readonly string Modern =
        $"<p188:cmLst {P188}>"
        + $"<p188:cm id=\"{Thread}\" authorId=\"{Alex}\" created=\"2026-06-01T09:00:00.123\"><p188:txBody><p>PRIVATE-COMMENT-TEXT</p></p188:txBody>"
        + $"<p188:replyLst><p188:reply id=\"{Reply}\" authorId=\"{Sam}\" created=\"2026-06-01T09:05:00.000\"><p188:txBody/></p188:reply></p188:replyLst></p188:cm>"
        + $"<p188:cm id=\"{Second}\" authorId=\"{Sam}\" created=\"2026-01-15T14:30:00.000\"/>"
        + "</p188:cmLst>";

    private static readonly string Authors =
        $"<p188:authorLst {P188}>"
        + $"<p188:author id=\"{Alex}\" name=\"Alex Peer\" initials=\"AP\" userId=\"S::alex.peer@contoso.com::6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d\" providerId=\"AD\"/>"
        + $"<p188:author id=\"{Sam}\" name=\"Sam Tutor\" initials=\"ST\" userId=\"Sam Tutor\" providerId=\"None\"/>"
        + "</p188:authorLst>";

    [Fact]
    public void Read_ModernComments_GiveGuidKeysUtcTimesAndReplies()
    {
        var result = Fixtures.Read(PowerPoint(Modern, Authors), "session.pptx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        result.Comments.Select(c => c.Key).ShouldBe([
            "p:a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b",
            "p:a1b2c3d4-2222-4e5f-8a9b-0c1d2e3f4a5b",
            "p:a1b2c3d4-3333-4e5f-8a9b-0c1d2e3f4a5b",
        ]);
        result.Comments.Select(c => c.ReplyTo).ShouldBe([null, "p:a1b2c3d4-1111-4e5f-8a9b-0c1d2e3f4a5b", null]);
        // created has no offset and is UTC: not converted from London time.
        result.Comments[0].At.ShouldBe(new DateTimeOffset(2026, 6, 1, 9, 0, 0, 123, TimeSpan.Zero));
        result.Comments[2].At.ShouldBe(Fixtures.Utc(2026, 1, 15, 14, 30));
    }

    [Fact]
    public void Read_ModernAuthors_GiveIdentityOnlyWhereClear()
    {
        var comments = Fixtures.Read(PowerPoint(Modern, Authors), "session.pptx").Comments;

        comments[0].Account.ShouldBe("alex.peer@contoso.com");
        comments[0].ObjectId.ShouldBe("6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d");
        comments[1].HasIdentity.ShouldBeFalse();
    }

    [Fact]
    public void Read_ModernAndLegacyComments_ReadsOnlyModern()
    {
        var legacy = $"<p:cmLst {P}><p:cm authorId=\"0\" dt=\"2026-06-01T10:00:00.000\" idx=\"1\"><p:text>PRIVATE-COMMENT-TEXT</p:text></p:cm></p:cmLst>";

        var result = Fixtures.Read(PowerPoint(Modern, Authors, legacy), "session.pptx");

        result.Comments.Count.ShouldBe(3);
        result.Comments.ShouldAllBe(c => c.Key.StartsWith("p:", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LegacyReply_LinksToParentByAuthorAndIndex()
    {
        var legacy = $"<p:cmLst {P} xmlns:p15=\"http://schemas.microsoft.com/office/powerpoint/2012/main\">"
            + "<p:cm authorId=\"0\" dt=\"2026-06-01T10:00:00.000\" idx=\"1\"><p:text>PRIVATE-COMMENT-TEXT</p:text></p:cm>"
            + "<p:cm authorId=\"1\" dt=\"2026-06-01T10:05:00.000\" idx=\"1\"><p:text>PRIVATE-COMMENT-TEXT</p:text><p:extLst>"
            + "<p:ext uri=\"{C676402C-5697-4E1C-873F-D02D1690AC5C}\"><p15:threadingInfo timeZoneBias=\"-60\"><p15:parentCm authorId=\"0\" idx=\"1\"/></p15:threadingInfo></p:ext>"
            + "</p:extLst></p:cm></p:cmLst>";

        var comments = Fixtures.Read(PowerPoint(null, null, legacy), "session.pptx").Comments;

        comments.Count.ShouldBe(2);
        comments[1].ReplyTo.ShouldBe(comments[0].Key);
        comments[0].At.ShouldBe(Fixtures.Utc(2026, 6, 1, 9, 0));
        comments.ShouldAllBe(c => !c.HasIdentity);
    }
}
