using System.Globalization;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The comments read so far from one document, held to <see cref="CommentReadingOptions.MaxComments"/>;
/// <see cref="Settle"/> makes their keys and reply links hold for every format alike.
/// </summary>
internal sealed class CommentCollector(int maxComments)
{
    private readonly List<DocumentComment> _comments = [];

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

    /// <summary>
    /// The comments in document order, each with a key of its own and a reply link to a comment present:
    /// <list type="bullet">
    /// <item>A key met again (a paraId or durableId pasted twice in Word, a GUID a tool copied) becomes
    /// <c>key#2</c>, <c>key#3</c> in document order, the first keeping it: both comments count, each under an
    /// id that stays the same while the document does (export and the worker key activities by it).</item>
    /// <item>A reply whose parent is not in the document (deleted) starts a thread, in every format, and so
    /// does a comment that names itself. A link to a repeated key is to its first holder, the comment the
    /// document names by it.</item>
    /// </list>
    /// </summary>
    public IReadOnlyList<DocumentComment> Settle()
    {
        var own = _comments.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<string>(own, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[_comments.Count];
        for (var i = 0; i < _comments.Count; i++)
        {
            var key = _comments[i].Key;
            if (!seen.TryAdd(key, 1))
            {
                // Skip past an ordinal some comment holds as its own key already, so the result stays unique.
                var ordinal = seen[key];
                string candidate;
                do
                {
                    candidate = key + "#" + (++ordinal).ToString(CultureInfo.InvariantCulture);
                }
                while (!taken.Add(candidate));
                seen[key] = ordinal;
                key = candidate;
            }
            keys[i] = key;
        }
        var settled = new DocumentComment[_comments.Count];
        for (var i = 0; i < _comments.Count; i++)
        {
            var replyTo = _comments[i].ReplyTo;
            var present = replyTo is not null && own.Contains(replyTo) && replyTo != keys[i];
            settled[i] = _comments[i] with { Key = keys[i], ReplyTo = present ? replyTo : null };
        }
        return settled;
    }
}
