namespace Coproduction.Snapshots;

/// <summary>
/// The taxonomy's rules (narrower topic to broader topic): no blank topic; topics are compared
/// ignoring case, so two entries that differ only in case would contradict each other; and
/// following narrower to broader topics never comes back to where it began. An entry is named by
/// its position, <c>$.taxonomy[2]</c> from 0, never by its topic: a topic tag is not repeated in a
/// message or a log.
/// </summary>
internal static class TaxonomyRules
{
    public static void Check(IReadOnlyDictionary<string, string> taxonomy)
    {
        var position = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var broaderOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (narrower, broader) in taxonomy)
        {
            var index = position.Count;
            if (string.IsNullOrWhiteSpace(narrower))
            {
                throw Problem(index, "its narrower topic (the member's name) must not be empty");
            }

            if (string.IsNullOrWhiteSpace(broader))
            {
                throw Problem(index, "its broader topic must not be empty");
            }

            if (!position.TryAdd(narrower, index))
            {
                throw Problem(index, $"its narrower topic is already that of $.taxonomy[{position[narrower]}] (topics are compared ignoring case); keep one of them");
            }

            broaderOf.Add(narrower, broader);
        }

        if (TaxonomyCircles.Find(broaderOf) is { Count: > 0 } circle)
        {
            throw Problem(circle.Min(t => position[t]), "its narrower topic would be its own ancestor; the taxonomy must not go round in a circle");
        }
    }

    private static SnapshotFormatException Problem(int index, string problem) => new($"$.taxonomy[{index}]", problem);
}
