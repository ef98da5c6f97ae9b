namespace Coproduction.Graph.Mapping;

/// <summary>
/// The id of an item whose id column staff left empty, as SharePoint's own forms leave it: made from
/// the list item's id, which never changes, so the same item has the same id in every reading of the
/// site (the worker's and <c>export</c>'s) and in every report. A snapshot's own ids, written by an
/// import, are read as they are. An id typed that is another item's default is the later item's data problem.
/// </summary>
internal static class DefaultIds
{
    public static string Person(string itemId) => $"person-{itemId}";

    public static string Activity(string itemId) => $"log-{itemId}";

    public static string Decision(string itemId) => $"decision-{itemId}";

    public static string Material(string itemId) => $"document-{itemId}";

    public static string Session(string itemId) => $"session-{itemId}";

    /// <summary>
    /// The id of an activity a document's comment is: made from the document's list item id and the
    /// comment's key within it (<see cref="Comments.DocumentComment.Key"/>), hashed to a short word, so that
    /// the same comment is the same activity in every reading, and in a snapshot exported and imported back.
    /// </summary>
    public static string Comment(string documentItemId, string key) =>
        $"{CommentPrefix}{documentItemId}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..12]}";

    /// <summary>How the id of a comment's activity starts; the document's item id follows.</summary>
    public const string CommentPrefix = "comment-";

    /// <summary>The item id of the document a comment's activity id names; null for any other id.</summary>
    public static string? DocumentOfComment(string activityId) =>
        activityId.StartsWith(CommentPrefix, StringComparison.Ordinal) && activityId.LastIndexOf('-') is var dash and > 8
            && activityId.Length - dash - 1 == 12 && activityId[(dash + 1)..].All(char.IsAsciiHexDigitLower)
            && activityId[CommentPrefix.Length..dash].All(char.IsAsciiDigit)
            ? activityId[CommentPrefix.Length..dash] : null;
}
