using static Coproduction.Graph.Comments.OfficeDocuments;

namespace Coproduction.Graph.Comments;

/// <summary>Word documents as Word 365 writes them, made with the Open XML SDK: durable ids, UTC times, replies, people.</summary>
public sealed class WordCommentTests
{
    private const string AlexObjectId = "6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d";

    private static string Comments(params string[] comments) => $"<w:comments {W} {W14}>{string.Concat(comments)}</w:comments>";

    private static string Comment(int id, string? author, string date, string paraId) =>
        $"<w:comment w:id=\"{id}\"{(author is null ? "" : $" w:author=\"{author}\"")} w:date=\"{date}\" w:initials=\"X\">"
        + $"<w:p w14:paraId=\"1A2B0000\"><w:r><w:t>PRIVATE-COMMENT-TEXT first paragraph</w:t></w:r></w:p>"
        + $"<w:p w14:paraId=\"{paraId}\"><w:r><w:t>PRIVATE-COMMENT-TEXT last paragraph</w:t></w:r></w:p></w:comment>";

    private static readonly byte[] Thread = Word(
        Comments(
            Comment(0, "Alex Peer", "2026-06-01T10:30:00Z", "0000000A"),
            Comment(1, "Sam Tutor", "2026-06-01T11:00:00Z", "0000000B"),
            Comment(2, "Kim Carer", "2026-01-15T10:00:00Z", "0000000C")),
        extended: $"<w15:commentsEx {W15}><w15:commentEx w15:paraId=\"0000000A\" w15:done=\"0\"/>"
            + "<w15:commentEx w15:paraId=\"0000000B\" w15:paraIdParent=\"0000000A\" w15:done=\"0\"/></w15:commentsEx>",
        ids: $"<w16cid:commentsIds {W16Cid}><w16cid:commentId w16cid:paraId=\"0000000A\" w16cid:durableId=\"3F2A1B01\"/>"
            + "<w16cid:commentId w16cid:paraId=\"0000000B\" w16cid:durableId=\"3F2A1B02\"/></w16cid:commentsIds>",
        extensible: $"<w16cex:commentsExtensible {W16Cex}><w16cex:commentExtensible w16cex:durableId=\"3F2A1B01\" w16cex:dateUtc=\"2026-06-01T09:30:00Z\"/>"
            + "</w16cex:commentsExtensible>",
        people: $"<w15:people {W15}>"
            + $"<w15:person w15:author=\"Alex Peer\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"S::alex.peer@contoso.com::{AlexObjectId}\"/></w15:person>"
            + "<w15:person w15:author=\"Sam Tutor\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"sam.tutor@contoso.com\"/></w15:person>"
            + "<w15:person w15:author=\"Kim Carer\"><w15:presenceInfo w15:providerId=\"None\" w15:userId=\"Kim Carer\"/></w15:person>"
            + "</w15:people>");

    private static DocumentComments ReadThread() => Fixtures.Read(Thread, "outline.docx");

    [Fact]
    public void Read_PeopleWithEntraIdentity_GivesAccountAndObjectIdNeverName()
    {
        var comments = ReadThread().Comments;

        comments[0].Account.ShouldBe("alex.peer@contoso.com");
        comments[0].ObjectId.ShouldBe(AlexObjectId);
        comments[1].Account.ShouldBe("sam.tutor@contoso.com");
        comments[1].ObjectId.ShouldBeNull();
        // providerId "None" carries the display name as userId: not an identity.
        comments[2].HasIdentity.ShouldBeFalse();
    }

    [Fact]
    public void Read_DurableIds_KeyCommentsByThem()
    {
        var comments = ReadThread().Comments;

        comments[0].Key.ShouldBe("w:3F2A1B01");
        comments[1].Key.ShouldBe("w:3F2A1B02");
        comments[2].Key.ShouldStartWith("w#");
    }

    [Fact]
    public void Read_CommentsExtended_LinksReplyToParentKey()
    {
        var comments = ReadThread().Comments;

        comments[0].ReplyTo.ShouldBeNull();
        comments[1].ReplyTo.ShouldBe("w:3F2A1B01");
        comments[2].ReplyTo.ShouldBeNull();
    }

    [Fact]
    public void Read_Times_TakeDateUtcElseConvertLocalDate()
    {
        var comments = ReadThread().Comments;

        // dateUtc wins over w:date.
        comments[0].At.ShouldBe(Fixtures.Utc(2026, 6, 1, 9, 30));
        // No dateUtc: w:date is London time with a Z, 11:00 in British Summer Time is 10:00 UTC ...
        comments[1].At.ShouldBe(Fixtures.Utc(2026, 6, 1, 10, 0));
        // ... and in winter GMT, the same.
        comments[2].At.ShouldBe(Fixtures.Utc(2026, 1, 15, 10, 0));
    }

    [Fact]
    public void Read_LocalDateInSummerTime_IsAnHourEarlierInUtc()
    {
        var result = Fixtures.Read(Word(Comments(Comment(0, "Alex Peer", "2026-06-01T10:00:00Z", "0000000A"))), "a.docx");

        result.Comments.Single().At.ShouldBe(Fixtures.Utc(2026, 6, 1, 9, 0));
    }

    [Fact]
    public void Read_OtherLocalTimeZone_ConvertsFromIt()
    {
        var options = new CommentReadingOptions { LocalTimeZone = "America/New_York" };

        var result = Fixtures.Read(Word(Comments(Comment(0, "Alex Peer", "2026-06-01T10:00:00Z", "0000000A"))), "a.docx", options);

        result.Comments.Single().At.ShouldBe(Fixtures.Utc(2026, 6, 1, 14, 0));
    }

    [Fact]
    public void Read_NoDurableIds_KeysSurviveWordRenumberingIds()
    {
        var before = Fixtures.Read(Word(Comments(
            Comment(0, "Alex Peer", "2026-06-01T10:00:00Z", "0000000A"),
            Comment(1, "Alex Peer", "2026-06-01T10:00:00Z", "0000000B"))), "a.docx");
        var after = Fixtures.Read(Word(Comments(
            Comment(7, "Alex Peer", "2026-06-01T10:00:00Z", "0000000A"),
            Comment(9, "Alex Peer", "2026-06-01T10:00:00Z", "0000000B"))), "a.docx");

        before.Comments.Select(c => c.Key).ShouldBe(after.Comments.Select(c => c.Key));
        // The same author at the same minute twice: told apart by their ordinal.
        before.Comments.Select(c => c.Key).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Read_CommentWithoutAuthor_IsReturnedWithoutIdentity()
    {
        var result = Fixtures.Read(Word(Comments(Comment(0, null, "2026-06-01T10:00:00Z", "0000000A"))), "a.docx");

        result.Problem.ShouldBe(DocumentReadProblem.None);
        var comment = result.Comments.Single();
        comment.HasIdentity.ShouldBeFalse();
        comment.At.ShouldBe(Fixtures.Utc(2026, 6, 1, 9, 0));
    }

    [Fact]
    public void Read_MoreCommentsThanTheLimit_IsTooManyComments()
    {
        var options = new CommentReadingOptions { MaxComments = 2 };

        Fixtures.Read(Thread, "outline.docx", options).Problem.ShouldBe(DocumentReadProblem.TooManyComments);
        Fixtures.Read(Thread, "outline.docx", new CommentReadingOptions { MaxComments = 3 })
            .Comments.Count.ShouldBe(3);
    }

    [Fact]
    public void Read_BrokenCommentsXml_IsCorrupt()
    {
        Fixtures.Read(Word($"<w:comments {W}><w:comment w:id=\"0\""), "a.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }

    [Fact]
    public void Read_CommentsPartWithDtd_IsCorrupt()
    {
        // An entity-expansion bomb needs a DTD; a part with one is refused before anything expands.
        var bomb = $"<!DOCTYPE w:comments [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:comments {W}><w:comment w:id=\"0\" w:author=\"&b;\"/></w:comments>";

        Fixtures.Read(Word(bomb), "a.docx").Problem.ShouldBe(DocumentReadProblem.Corrupt);
    }
}
