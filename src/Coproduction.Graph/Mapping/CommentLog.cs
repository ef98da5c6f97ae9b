using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The log item of a comment in a document (docs/sharepoint-schema.md, "Answering a comment in a document"). A comment by
/// someone outside the core team is outside input, which the team answers on a log item ("you said, we
/// did"); a comment has no columns to answer it in. So such a comment is given a log item of its own:
/// its activity id, the document it is on, who made it and when, never its words. The worker makes it
/// the first time it reads the comment, and an import makes it for a comment its snapshot answers. Staff
/// answer there in the log's form, and the log item is then read as the activity, as a comment imported
/// back is. It stays when the comment is deleted from the document, as feedback given stays given.
/// </summary>
internal static class CommentLog
{
    /// <summary>What the item's title says after its kind's label ("Feedback: a comment in the document"): the "On material" column names the document.</summary>
    public const string TitleEnd = ": a comment in the document";

    /// <summary>
    /// Whether a comment is outside input, as the rules say of feedback and objections (assessment-rules.md,
    /// "Added in version 1.1"): its author is not in the core team. It then needs a log item to be answered on.
    /// </summary>
    public static bool IsOutsideInput(Activity comment, IReadOnlyDictionary<string, Person> people) =>
        comment.Kind is ActivityKind.Feedback or ActivityKind.Objection && (!people.TryGetValue(comment.By, out var by) || by.Membership != Membership.Core);

    /// <summary>The comment's log item: the activity whole, as a log item holds one, with its answer where it has one.</summary>
    /// <param name="comment">The comment's activity.</param>
    /// <param name="courseItem">The course's item id.</param>
    /// <param name="documentItem">The document's item id.</param>
    /// <param name="teamItem">A person's item id in the team list.</param>
    public static FieldSet Fields(Activity comment, string courseItem, string documentItem, Func<string, string> teamItem) =>
        new LogRow(comment.Id, SnapshotWords.Label(comment.Kind) + TitleEnd, courseItem, SnapshotWords.Label(comment.Kind), comment.At, teamItem(comment.By),
            [.. comment.Participants.Distinct(StringComparer.Ordinal).Select(teamItem)], null, comment.Mode, comment.Aspect, comment.Method, comment.Phase, comment.Accepted)
        {
            Outcome = comment.Response?.Outcome,
            Reason = comment.Response?.Reason,
            AnsweredAt = comment.Response?.At,
            AnsweredBy = comment.Response is { } answer ? teamItem(answer.By) : null,
        }.ToFields().Set(LogList.OnMaterial, documentItem);
}
