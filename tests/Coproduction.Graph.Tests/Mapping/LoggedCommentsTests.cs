using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A comment is read once: by its id where the log has an item of it, or as the item left from an
/// earlier reading of it, whose key in the document has changed since (same material, person and
/// minute); never by an item that is something else.
/// </summary>
public sealed class LoggedCommentsTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 2, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public void NotLogged_CommentWithAnItemOfItsId_IsLeftOut()
    {
        var comment = Feedback("comment-7-aaaaaaaaaaaa");

        LoggedComments.NotLogged([comment], [comment]).ShouldBeEmpty();
    }

    [Fact]
    public void NotLogged_ItemNoCommentHoldsOfTheSameMaterialPersonAndMinute_IsTheComment()
    {
        var item = Feedback("comment-7-aaaaaaaaaaaa") with { At = At.AddSeconds(42) };

        LoggedComments.NotLogged([Feedback("comment-7-bbbbbbbbbbbb")], [item]).ShouldBeEmpty("its key changed, and a time given to the minute lost its seconds");
    }

    [Theory]
    [InlineData("another minute")]
    [InlineData("another person")]
    [InlineData("another material")]
    [InlineData("not feedback")]
    [InlineData("held by a comment")]
    public void NotLogged_ItemThatIsSomethingElse_LeavesTheCommentToBeRead(string unlike)
    {
        var comment = Feedback("comment-7-bbbbbbbbbbbb");
        var item = Feedback("comment-7-aaaaaaaaaaaa");
        item = unlike switch
        {
            "another minute" => item with { At = At.AddMinutes(1) },
            "another person" => item with { By = "p2" },
            "another material" => item with { On = "m2" },
            "not feedback" => item with { Kind = ActivityKind.Objection },
            _ => item,
        };
        IReadOnlyList<Activity> comments = unlike == "held by a comment" ? [comment, Feedback(item.Id)] : [comment];

        LoggedComments.NotLogged(comments, [item]).ShouldContain(comment);
    }

    [Fact]
    public void NotLogged_TwoAlikeCommentsAndOneItem_AdoptsOneAndReadsTheOther()
    {
        var item = Feedback("comment-7-aaaaaaaaaaaa");

        LoggedComments.NotLogged([Feedback("comment-7-bbbbbbbbbbbb"), Feedback("comment-7-cccccccccccc")], [item])
            .ShouldHaveSingleItem().Id.ShouldBe("comment-7-cccccccccccc");
    }

    private static Activity Feedback(string id) => new() { Id = id, Kind = ActivityKind.Feedback, At = At, By = "f1", On = "m1", Mode = ActivityMode.Async, Aspect = FeedbackAspect.Content };
}
