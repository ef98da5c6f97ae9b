namespace Coproduction.Graph.Comments;

/// <summary>The comments read so far from one document, held to <see cref="CommentReadingOptions.MaxComments"/>.</summary>
internal sealed class CommentCollector(int maxComments)
{
    private readonly List<DocumentComment> _comments = [];

    public IReadOnlyList<DocumentComment> Comments => _comments;

    public int Count => _comments.Count;

    /// <summary>Adds a comment; throws <see cref="UnreadableDocumentException"/> (<see cref="DocumentReadProblem.TooManyComments"/>) past the limit.</summary>
    public void Add(DocumentComment comment)
    {
        if (_comments.Count >= maxComments)
        {
            throw new UnreadableDocumentException(DocumentReadProblem.TooManyComments);
        }
        _comments.Add(comment);
    }

    /// <summary>Holds comments not yet made into a <see cref="DocumentComment"/> to the limit too (Word's are made once all its parts are read).</summary>
    public void ThrowIfPast(int pending)
    {
        if (_comments.Count + pending > maxComments)
        {
            throw new UnreadableDocumentException(DocumentReadProblem.TooManyComments);
        }
    }
}
