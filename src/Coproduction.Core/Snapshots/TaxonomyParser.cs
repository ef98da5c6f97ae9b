namespace Coproduction.Snapshots;

/// <summary>
/// Reads the taxonomy (narrower topic to broader topic). Topics are compared ignoring case, so two
/// entries that differ only in case would contradict each other, and a topic may not be its own ancestor.
/// </summary>
internal static class TaxonomyParser
{
    public static Dictionary<string, string> Parse(JsonNode? node)
    {
        var taxonomy = new Dictionary<string, string>(StringComparer.Ordinal);
        var byTopic = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (narrower, broaderNode) in node?.Members() ?? [])
        {
            if (string.IsNullOrWhiteSpace(narrower))
            {
                throw broaderNode.Problem("a topic must not be empty");
            }

            if (byTopic.ContainsKey(narrower))
            {
                throw broaderNode.Problem($"the topic '{narrower}' is already in the taxonomy (topics are compared ignoring case)");
            }

            var broader = broaderNode.NonBlankString();
            taxonomy.Add(narrower, broader);
            byTopic.Add(narrower, broader);
        }

        foreach (var (narrower, broaderNode) in node?.Members() ?? [])
        {
            if (TaxonomyRules.FormsCycle(narrower, byTopic))
            {
                throw broaderNode.Problem($"the topic '{narrower}' would be its own ancestor; the taxonomy must not go round in a circle");
            }
        }

        return taxonomy;
    }
}
