namespace Coproduction.Snapshots;

/// <summary>The taxonomy's own rule: following narrower to broader topics never comes back to where it began.</summary>
internal static class TaxonomyRules
{
    /// <param name="topic">Where to start.</param>
    /// <param name="broaderOf">Narrower topic to broader topic, compared ignoring case.</param>
    public static bool FormsCycle(string topic, IReadOnlyDictionary<string, string> broaderOf)
    {
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = topic; broaderOf.TryGetValue(current, out var broader); current = broader)
        {
            if (string.Equals(broader, topic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!visited.Add(broader))
            {
                return false; // a circle further up, reported at one of its own topics
            }
        }

        return false;
    }
}
