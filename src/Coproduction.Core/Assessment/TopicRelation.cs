namespace Coproduction.Assessment;

/// <summary>
/// Whether two topics are related: equal ignoring case, or one an ancestor of the other in the
/// snapshot's taxonomy (narrower topic to broader topic).
/// </summary>
internal sealed class TopicRelation(IReadOnlyDictionary<string, string> taxonomy)
{
    private readonly Dictionary<string, string> _broader = new(taxonomy, StringComparer.OrdinalIgnoreCase);

    public bool AreRelated(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || IsAncestor(a, of: b) || IsAncestor(b, of: a);

    public bool AnyRelated(IEnumerable<string> topics, IReadOnlyList<string> others) =>
        topics.Any(t => others.Any(o => AreRelated(t, o)));

    private bool IsAncestor(string ancestor, string of)
    {
        // The snapshot reader refuses circles, so the walk up ends.
        for (var current = of; _broader.TryGetValue(current, out var broader); current = broader)
        {
            if (string.Equals(broader, ancestor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
