namespace Coproduction.Graph.Comments;

/// <summary>
/// Stops the reading of a document part-way (from deep inside a part's XML, or a bounded stream) with
/// the problem it found; <see cref="OfficeCommentReader"/> turns it into its result and never lets it out.
/// </summary>
#pragma warning disable CA1032, CA1064 // Internal and caught within the reader: the standard constructors would only invite a problem-less use.
internal sealed class UnreadableDocumentException(DocumentReadProblem problem)
    : Exception($"The document's comments cannot be read: {problem}.")
#pragma warning restore CA1032, CA1064
{
    public DocumentReadProblem Problem { get; } = problem;
}
