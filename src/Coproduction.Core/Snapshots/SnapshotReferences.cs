using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Checks, in document order, that every id a snapshot refers to exists: people for authors,
/// participants, the lead, answers and trainers; a material or a decision for what feedback and objections are on.
/// A JSON path is made only for the reference that fails: the assessor checks every snapshot it is
/// given, and making a path for each of a course's references was a third of its time.
/// </summary>
internal sealed class SnapshotReferences
{
    private readonly HashSet<string> _people;
    private readonly Dictionary<string, int> _materials;
    private readonly Dictionary<string, int> _decisions;

    private SnapshotReferences(CourseSnapshot snapshot)
    {
        _people = snapshot.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _materials = Positions(snapshot.Materials.Select(m => m.Id));
        _decisions = Positions(snapshot.Decisions.Select(d => d.Id));
    }

    public static void Check(CourseSnapshot snapshot) => new SnapshotReferences(snapshot).CheckAll(snapshot);

    private void CheckAll(CourseSnapshot snapshot)
    {
        if (snapshot.Course.LeadId is { } lead)
        {
            Person(lead, 0, static _ => "$.course.leadId");
        }

        for (var i = 0; i < snapshot.Materials.Count; i++)
        {
            People(snapshot.Materials[i].Versions.Select(v => v.By), i, static at => $"$.materials[{at.Item}].versions[{at.Index}].by");
            People(snapshot.Materials[i].Agreements.Select(v => v.By), i, static at => $"$.materials[{at.Item}].agreements[{at.Index}].by");
        }

        for (var i = 0; i < snapshot.Activities.Count; i++)
        {
            var activity = snapshot.Activities[i];
            Person(activity.By, i, static i => $"$.activities[{i}].by");
            People(activity.Participants, i, static at => $"$.activities[{at.Item}].participants[{at.Index}]");
            if (activity.On is { } on)
            {
                MaterialOrDecision(on, $"$.activities[{i}].on");
            }

            if (activity.Response is { } response)
            {
                Person(response.By, i, static i => $"$.activities[{i}].response.by");
            }
        }

        for (var i = 0; i < snapshot.Decisions.Count; i++)
        {
            Person(snapshot.Decisions[i].By, i, static i => $"$.decisions[{i}].by");
            People(snapshot.Decisions[i].Involved, i, static at => $"$.decisions[{at.Item}].involved[{at.Index}]");
        }

        for (var i = 0; i < snapshot.StageHistory.Count; i++)
        {
            Person(snapshot.StageHistory[i].By, i, static i => $"$.stageHistory[{i}].by");
        }

        for (var i = 0; i < snapshot.Sessions.Count; i++)
        {
            People(snapshot.Sessions[i].Trainers, i, static at => $"$.sessions[{at.Item}].trainers[{at.Index}]");
        }
    }

    private void People(IEnumerable<string> ids, int item, Func<(int Item, int Index), string> path)
    {
        var index = 0;
        foreach (var id in ids)
        {
            Person(id, (item, index++), path);
        }
    }

    // The one kind of message that quotes what the document holds: an id that names nothing cannot be
    // found by a path to what it should name. snapshot-format.md gives this message as its example, and
    // ids are the format's pseudonyms (the assessment lists them as evidence), never names or free text.
    private void Person<TAt>(string id, TAt at, Func<TAt, string> path)
    {
        if (!_people.Contains(id))
        {
            throw new SnapshotFormatException(path(at), $"no person has id '{id}'");
        }
    }

    private void MaterialOrDecision(string id, string path)
    {
        var material = _materials.TryGetValue(id, out var m);
        var decision = _decisions.TryGetValue(id, out var d);
        if (!material && !decision)
        {
            throw new SnapshotFormatException(path, $"no material or decision has id '{id}'");
        }

        if (material && decision)
        {
            throw new SnapshotFormatException(path, $"names both a material ($.materials[{m}].id) and a decision ($.decisions[{d}].id), so it is unclear which is meant; give them different ids");
        }
    }

    /// <summary>Each id with the position of its item (the first, were an id given twice).</summary>
    private static Dictionary<string, int> Positions(IEnumerable<string> ids)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            positions.TryAdd(id, index++);
        }

        return positions;
    }
}
