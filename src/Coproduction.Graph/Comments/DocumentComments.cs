namespace Coproduction.Graph.Comments;

/// <summary>What reading a document's comments found: its comments, or why they could not be read.</summary>
/// <param name="Comments">The comments, in the order the document holds them; empty when <see cref="Problem"/> is not <see cref="DocumentReadProblem.None"/>.</param>
/// <param name="Problem">Why they could not be read, if so.</param>
public sealed record DocumentComments(IReadOnlyList<DocumentComment> Comments, DocumentReadProblem Problem = DocumentReadProblem.None)
{
    /// <summary>A document with no comments, or one that is not an Office document at all (a PDF, an image): nothing to read.</summary>
    public static DocumentComments None { get; } = new([]);

    /// <summary>A document whose comments could not be read, and why.</summary>
    /// <param name="problem">Why.</param>
    public static DocumentComments Unreadable(DocumentReadProblem problem) => new([], problem);
}
