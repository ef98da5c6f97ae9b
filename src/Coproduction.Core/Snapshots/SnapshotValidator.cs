using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Checks a snapshot built in code against the rules the reader enforces on documents: ids present
/// and unique, required collections not empty, every reference resolved, the taxonomy free of
/// circles, the stage history in time order. The assessor checks every snapshot it is given, so that a
/// snapshot from another source fails with a clear message rather than a crash.
/// </summary>
public static class SnapshotValidator
{
    /// <summary>Throws if the snapshot breaks a rule of the format, naming the JSON path it would have.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="SnapshotFormatException">The first rule broken, with its path.</exception>
    public static void Validate(CourseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Course(snapshot.Course);
        Taxonomy(snapshot.Taxonomy);
        Unique(snapshot.People, "people", "person", p => p.Id);
        Unique(snapshot.Materials, "materials", "material", m => m.Id);
        Unique(snapshot.Activities, "activities", "activity", a => a.Id);
        Unique(snapshot.Decisions, "decisions", "decision", d => d.Id);
        for (var i = 0; i < snapshot.People.Count; i++)
        {
            for (var e = 0; e < snapshot.People[i].Experience.Count; e++)
            {
                if (snapshot.People[i].Experience[e].Topics is not { Count: > 0 })
                {
                    NotEmpty(snapshot.People[i].Experience[e].Topics, $"$.people[{i}].experience[{e}].topics", "topic");
                }
            }
        }

        for (var i = 0; i < snapshot.Materials.Count; i++)
        {
            if (snapshot.Materials[i].Versions is not { Count: > 0 })
            {
                NotEmpty(snapshot.Materials[i].Versions, $"$.materials[{i}].versions", "version");
            }
        }

        for (var i = 0; i < snapshot.Activities.Count; i++)
        {
            Activity(snapshot.Activities[i], i);
        }

        for (var i = 1; i < snapshot.StageHistory.Count; i++)
        {
            if (snapshot.StageHistory[i].At < snapshot.StageHistory[i - 1].At)
            {
                throw new SnapshotFormatException($"$.stageHistory[{i}].at", "is earlier than the entry before it; the stage history must be in time order");
            }
        }

        SnapshotReferences.Check(snapshot);
    }

    private static void Course(Course course)
    {
        if (course is null)
        {
            throw new SnapshotFormatException("$", "the required member 'course' is missing");
        }

        Id(course.Id, "$.course.id");
        NotEmpty(course.Topics, "$.course.topics", "topic");
    }

    private static void Activity(Activity activity, int index)
    {
        if (activity.Kind is ActivityKind.Feedback or ActivityKind.Objection && string.IsNullOrWhiteSpace(activity.On))
        {
            throw new SnapshotFormatException($"$.activities[{index}]", "the required member 'on' is missing");
        }

        if (activity.Kind == ActivityKind.FocusGroup && activity.Method is null)
        {
            throw new SnapshotFormatException($"$.activities[{index}]", "the required member 'method' is missing");
        }
    }

    private static void Taxonomy(IReadOnlyDictionary<string, string> taxonomy)
    {
        var broaderOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (narrower, broader) in taxonomy)
        {
            if (!broaderOf.TryAdd(narrower, broader))
            {
                throw new SnapshotFormatException($"$.taxonomy['{narrower}']", $"the topic '{narrower}' is already in the taxonomy (topics are compared ignoring case)");
            }
        }

        foreach (var narrower in taxonomy.Keys)
        {
            if (TaxonomyRules.FormsCycle(narrower, broaderOf))
            {
                throw new SnapshotFormatException($"$.taxonomy['{narrower}']", $"the topic '{narrower}' would be its own ancestor; the taxonomy must not go round in a circle");
            }
        }
    }

    private static void Unique<T>(IReadOnlyList<T> items, string collection, string what, Func<T, string> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            // The path is made only for an id that fails.
            var value = id(items[i]);
            if (string.IsNullOrWhiteSpace(value))
            {
                Id(value, $"$.{collection}[{i}].id");
            }

            if (!seen.Add(value!))
            {
                throw new SnapshotFormatException($"$.{collection}[{i}].id", $"another {what} already has id '{value}'; ids must be unique");
            }
        }
    }

    private static void Id(string? id, string path)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new SnapshotFormatException(path, "must not be empty");
        }
    }

    private static void NotEmpty<T>(IReadOnlyList<T>? items, string path, string what)
    {
        if (items is null || items.Count == 0)
        {
            throw new SnapshotFormatException(path, $"must hold at least one {what}");
        }
    }
}
