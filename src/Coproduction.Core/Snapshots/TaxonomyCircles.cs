namespace Coproduction.Snapshots;

/// <summary>
/// The topics of a taxonomy (narrower topic to broader topic) that lie on a circle: following broader
/// topics from one comes back to it. Each topic is walked up once, so a chain of any length costs its
/// length, not its square (a chain of 10,000 topics took seconds when each topic was walked to the top).
/// </summary>
public static class TaxonomyCircles
{
    /// <summary>The topics on a circle, in the order first met.</summary>
    /// <param name="broaderOf">Narrower topic to broader topic; give it a comparer that ignores case, as the format compares topics.</param>
    public static IReadOnlyList<string> Find(IReadOnlyDictionary<string, string> broaderOf)
    {
        ArgumentNullException.ThrowIfNull(broaderOf);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var circles = new List<string>();
        foreach (var start in broaderOf.Keys)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var current = start; !done.Contains(current);)
            {
                onPath[current] = path.Count;
                path.Add(current);
                if (!broaderOf.TryGetValue(current, out var broader))
                {
                    break;
                }

                if (onPath.TryGetValue(broader, out var at))
                {
                    circles.AddRange(path.Skip(at));
                    break;
                }

                current = broader;
            }

            done.UnionWith(path);
        }

        return circles;
    }
}
