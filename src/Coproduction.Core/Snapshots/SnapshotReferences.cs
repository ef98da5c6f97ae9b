using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Checks, in document order, that every id a snapshot refers to exists: people for authors,
/// participants and the lead; a material or a decision for what feedback and objections are on.
/// </summary>
internal sealed class SnapshotReferences
{
    private readonly HashSet<string> _people;
    private readonly HashSet<string> _materials;
    private readonly HashSet<string> _decisions;

    private SnapshotReferences(CourseSnapshot snapshot)
    {
        _people = snapshot.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _materials = snapshot.Materials.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        _decisions = snapshot.Decisions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    public static void Check(CourseSnapshot snapshot) => new SnapshotReferences(snapshot).CheckAll(snapshot);

    private void CheckAll(CourseSnapshot snapshot)
    {
        if (snapshot.Course.LeadId is { } lead)
        {
            Person(lead, "$.course.leadId");
        }

        foreach (var (material, i) in snapshot.Materials.Select((m, i) => (m, i)))
        {
            Signatures(material.Versions, $"$.materials[{i}].versions");
            Signatures(material.Agreements, $"$.materials[{i}].agreements");
        }

        foreach (var (activity, i) in snapshot.Activities.Select((a, i) => (a, i)))
        {
            var path = $"$.activities[{i}]";
            Person(activity.By, $"{path}.by");
            People(activity.Participants, $"{path}.participants");
            if (activity.On is { } on)
            {
                MaterialOrDecision(on, $"{path}.on");
            }
        }

        foreach (var (decision, i) in snapshot.Decisions.Select((d, i) => (d, i)))
        {
            Person(decision.By, $"$.decisions[{i}].by");
            People(decision.Involved, $"$.decisions[{i}].involved");
        }

        foreach (var (change, i) in snapshot.StageHistory.Select((c, i) => (c, i)))
        {
            Person(change.By, $"$.stageHistory[{i}].by");
        }
    }

    private void Signatures(IReadOnlyList<Signature> signatures, string path)
    {
        for (var i = 0; i < signatures.Count; i++)
        {
            Person(signatures[i].By, $"{path}[{i}].by");
        }
    }

    private void People(IReadOnlyList<string> ids, string path)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Person(ids[i], $"{path}[{i}]");
        }
    }

    private void Person(string id, string path)
    {
        if (!_people.Contains(id))
        {
            throw new SnapshotFormatException(path, $"no person has id '{id}'");
        }
    }

    private void MaterialOrDecision(string id, string path)
    {
        var material = _materials.Contains(id);
        var decision = _decisions.Contains(id);
        if (!material && !decision)
        {
            throw new SnapshotFormatException(path, $"no material or decision has id '{id}'");
        }

        if (material && decision)
        {
            throw new SnapshotFormatException(path, $"'{id}' is the id of both a material and a decision, so it is unclear which is meant; give them different ids");
        }
    }
}
