namespace Coproduction.Graph.Comments;

/// <summary>
/// One comment of an Office document, as much as the worker may know of it: who made it (by the
/// identity the document carries, never by a display name), when, and what it replies to. Never its text.
/// </summary>
/// <param name="Key">
/// The comment's identity within its document, stable across saves where the format gives one (a Word
/// comment's <c>durableId</c>, a modern PowerPoint or threaded Excel comment's GUID); otherwise made
/// from what the comment says of itself (see <c>docs/assessment.md</c>).
/// </param>
/// <param name="At">When it was made, in UTC; null where the document does not say (a legacy Excel note).</param>
/// <param name="Account">The author's sign-in name or e-mail, where the document carries one (Word's <c>people.xml</c>, PowerPoint's <c>authors.xml</c>, Excel's <c>persons</c>).</param>
/// <param name="ObjectId">The author's Entra object id, where the document carries one.</param>
/// <param name="ReplyTo">The <see cref="Key"/> of the comment this one replies to; null for a comment that starts a thread.</param>
public sealed record DocumentComment(string Key, DateTimeOffset? At, string? Account, string? ObjectId, string? ReplyTo)
{
    /// <summary>Whether the document names the author by an identity that can be matched to a team member: an account or an object id.</summary>
    public bool HasIdentity => Account is not null || ObjectId is not null;
}
