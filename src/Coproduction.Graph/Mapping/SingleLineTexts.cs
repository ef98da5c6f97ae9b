using Coproduction.Graph.Schema;
using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The values of a snapshot that an import puts into single lines of text on a site (titles, ids,
/// topic tags joined): SharePoint keeps at most <see cref="SiteSchema.SingleLineLength"/> characters
/// there, so a longer one is refused, naming it, before anything is written, rather than fail the
/// import part-way. The snapshot format sets no such limit; the site does.
/// </summary>
internal static class SingleLineTexts
{
    /// <summary>Text the worker writes (a flag's, an entry to fix's), cut to what a single line of text keeps.</summary>
    public static string Cut(string text) =>
        text.Length <= SiteSchema.SingleLineLength ? text : string.Concat(text.AsSpan(0, SiteSchema.SingleLineLength - 1), "…");

    /// <exception cref="SnapshotFormatException">A value is too long for a single line of text; its path says which.</exception>
    public static void Check(CourseSnapshot snapshot)
    {
        foreach (var (path, text) in Of(snapshot))
        {
            if (text is { Length: > SiteSchema.SingleLineLength })
            {
                throw new SnapshotFormatException(path, $"is {text.Length} characters long, and a SharePoint site keeps at most {SiteSchema.SingleLineLength} in a single line of text: shorten it");
            }
        }
    }

    private static IEnumerable<(string Path, string? Text)> Of(CourseSnapshot snapshot)
    {
        yield return ("$.course.id", snapshot.Course.Id);
        yield return ("$.course.title", snapshot.Course.Title);
        yield return ("$.course.topics", string.Join("; ", snapshot.Course.Topics));
        // Named by position, as the format names taxonomy entries: a topic is never repeated in a message.
        foreach (var ((narrower, broader), i) in snapshot.Taxonomy.Select((t, i) => (t, i)))
        {
            yield return ($"$.taxonomy[{i}]", narrower.Length > broader.Length ? narrower : broader);
        }

        foreach (var (person, i) in snapshot.People.Select((p, i) => (p, i)))
        {
            yield return ($"$.people[{i}].id", person.Id);
            yield return ($"$.people[{i}].displayName", person.DisplayName);
            yield return ($"$.people[{i}].role", person.Role);
            foreach (var kind in person.Experience.GroupBy(e => e.Kind))
            {
                yield return ($"$.people[{i}].experience", string.Join("; ", kind.SelectMany(e => e.Topics).Distinct(StringComparer.Ordinal)));
            }
        }

        foreach (var (activity, i) in snapshot.Activities.Select((a, i) => (a, i)))
        {
            yield return ($"$.activities[{i}].id", activity.Id);
        }

        foreach (var (decision, i) in snapshot.Decisions.Select((d, i) => (d, i)))
        {
            yield return ($"$.decisions[{i}].id", decision.Id);
            yield return ($"$.decisions[{i}].summary", decision.Summary);
        }

        foreach (var (material, i) in snapshot.Materials.Select((m, i) => (m, i)))
        {
            yield return ($"$.materials[{i}].id", material.Id);
            yield return ($"$.materials[{i}].title", material.Title);
        }
    }
}
