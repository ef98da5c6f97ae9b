using Coproduction.Model;

namespace Coproduction.Worker.Faults;

/// <summary>What no log line may hold: people's names, experience topics, notes, decisions' and materials' text.</summary>
internal static class PrivateText
{
    public static IReadOnlyList<string> Of(params CourseSnapshot[] snapshots) =>
        snapshots.SelectMany(s => s.People.Select(p => p.DisplayName)
                .Concat(s.People.SelectMany(p => p.Experience).SelectMany(e => e.Topics))
                .Concat(s.ChecklistNotes.Select(n => n.Note))
                .Concat(s.Decisions.Select(d => d.Summary))
                .Concat(s.Materials.Select(m => m.Title)))
            .Where(v => v.Length >= 4)

            // Ids are what logs are for: a tag that is part of a course's id (sleep in managing-sleep-2026) is not searched for.
            .Where(v => !snapshots.Any(s => s.Course.Id.Contains(v, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <returns>Each line that holds private text, with what it holds.</returns>
    public static IReadOnlyList<string> FoundIn(IEnumerable<string> lines, params CourseSnapshot[] snapshots)
    {
        var secrets = Of(snapshots);
        return lines.SelectMany(line => secrets.Where(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"'{s}' in: {line}")).ToList();
    }
}
