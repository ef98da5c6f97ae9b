using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// The format's rules over a whole snapshot: ids present and unique, required collections not
/// empty, what each kind of activity needs, the taxonomy free of circles, the stage history in
/// time order, every reference resolved. They are checked here and nowhere else: the reader calls
/// this once a document's shape is right, and the assessor calls it for every snapshot it is given,
/// so that a snapshot from another source fails with a clear message rather than a crash.
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
        TaxonomyRules.Check(snapshot.Taxonomy);
        Unique(snapshot.People, "people", "person", p => p.Id);
        Unique(snapshot.Materials, "materials", "material", m => m.Id);
        Unique(snapshot.Activities, "activities", "activity", a => a.Id);
        Unique(snapshot.Decisions, "decisions", "decision", d => d.Id);
        Unique(snapshot.Sessions, "sessions", "session", s => s.Id);

        // Paths are made only for what fails: the assessor checks every snapshot it is given.
        for (var i = 0; i < snapshot.People.Count; i++)
        {
            for (var e = 0; e < snapshot.People[i].Experience.Count; e++)
            {
                if (snapshot.People[i].Experience[e].Topics is not { Count: > 0 })
                {
                    throw new SnapshotFormatException($"$.people[{i}].experience[{e}].topics", SnapshotProblems.AtLeastOne("topic"));
                }
            }
        }

        for (var i = 0; i < snapshot.Materials.Count; i++)
        {
            if (snapshot.Materials[i].Versions is not { Count: > 0 })
            {
                throw new SnapshotFormatException($"$.materials[{i}].versions", SnapshotProblems.AtLeastOne("version"));
            }
        }

        for (var i = 0; i < snapshot.Sessions.Count; i++)
        {
            if (snapshot.Sessions[i].Trainers is not { Count: > 0 })
            {
                throw new SnapshotFormatException($"$.sessions[{i}].trainers", SnapshotProblems.AtLeastOne("trainer"));
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
            throw new SnapshotFormatException("$", SnapshotProblems.Missing("course"));
        }

        Id(course.Id, "$.course.id");
        if (course.Topics is not { Count: > 0 })
        {
            throw new SnapshotFormatException("$.course.topics", SnapshotProblems.AtLeastOne("topic"));
        }
    }

    private static void Activity(Activity activity, int index)
    {
        if (activity.Kind is ActivityKind.Feedback or ActivityKind.Objection && string.IsNullOrWhiteSpace(activity.On))
        {
            throw new SnapshotFormatException($"$.activities[{index}]", SnapshotProblems.Missing("on"));
        }

        if (activity.Kind == ActivityKind.FocusGroup && activity.Method is null)
        {
            throw new SnapshotFormatException($"$.activities[{index}]", SnapshotProblems.Missing("method"));
        }

        if (activity.Response is { } response)
        {
            if (activity.Kind is not (ActivityKind.Feedback or ActivityKind.Objection or ActivityKind.FocusGroup))
            {
                // The kind is not named: the path leads to it, and a message never repeats what the document holds.
                throw new SnapshotFormatException($"$.activities[{index}].response", "is only for feedback, objections and focus groups; no other kind of activity is answered");
            }

            if (response.At < activity.At)
            {
                throw new SnapshotFormatException($"$.activities[{index}].response.at", "the answer is dated before what it answers");
            }
        }
    }

    private static void Unique<T>(IReadOnlyList<T> items, string collection, string what, Func<T, string> id)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            Id(value, collection, i);
            if (!first.TryAdd(value, i))
            {
                // Where the other one is, rather than the id itself: the path says all a person needs to find both.
                throw new SnapshotFormatException($"$.{collection}[{i}].id", $"another {what} already has this id, at $.{collection}[{first[value]}].id; ids must be unique");
            }
        }
    }

    private static void Id(string? id, string collection, int index)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Id(id, $"$.{collection}[{index}].id");
        }
    }

    private static void Id(string? id, string path)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new SnapshotFormatException(path, SnapshotProblems.Empty);
        }
    }
}
