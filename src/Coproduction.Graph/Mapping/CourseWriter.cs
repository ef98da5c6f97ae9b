using System.Globalization;
using System.Text;
using Coproduction.Checklist;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;
using Microsoft.Graph;
using Coproduction.Graph.Schema;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Writes a snapshot into a provisioned site, idempotently: each course, person, activity, decision,
/// note, stage move, material and version is found by its key and created, updated (only the fields
/// that differ) or left alone, so importing the same snapshot twice leaves one copy and writes
/// nothing the second time. Versions of materials go to the material history list: Graph cannot
/// record a document version as saved by someone else or at another time, so history is kept there,
/// honestly, and the documents themselves are uploaded once by the application.
/// </summary>
internal sealed class CourseWriter(GraphServiceClient graph, BatchWriter writer)
{
    /// <summary>Writes the courses in turn, reading each list once for them all; <paramref name="progress"/> hears of each course written.</summary>
    public async Task<IReadOnlyList<ImportReport>> WriteAsync(IReadOnlyList<CourseSnapshot> snapshots, string siteUrl, IProgress<ImportReport>? progress, CancellationToken cancellationToken)
    {
        foreach (var snapshot in snapshots)
        {
            Snapshots.SnapshotValidator.Validate(snapshot);
            SingleLineTexts.Check(snapshot);
        }

        if (snapshots.GroupBy(s => s.Course.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Course {twice.Key} is given {twice.Count()} times; import each course once.", nameof(snapshots));
        }

        var site = await SiteLists.OpenAsync(graph, siteUrl, cancellationToken);
        var index = await ImportIndex.ReadAsync(site, snapshots.Select(s => s.Course.Id).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var reports = new List<ImportReport>(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            var report = await WriteAsync(snapshot, site, index, cancellationToken);
            reports.Add(report);
            progress?.Report(report);
        }

        return reports;
    }

    private async Task<ImportReport> WriteAsync(CourseSnapshot snapshot, SiteLists site, ImportIndex index, CancellationToken cancellationToken)
    {
        var counts = new Counts();
        var course = snapshot.Course;
        var courseFields = new Dictionary<string, object?>
        {
            ["Title"] = course.Title,
            ["CourseId"] = course.Id,
            ["Kind"] = SnapshotWords.Label(course.Kind),
            ["Topics"] = string.Join("; ", course.Topics),
            ["Stage"] = SnapshotWords.Label(course.Stage),
        };
        var existingCourse = index.Courses.FirstOrDefault(i => i.Text("CourseId") == course.Id);
        var courseItem = (await UpsertAsync(site, Courses, index.Courses, i => i.Text("CourseId"), [(course.Id, courseFields)], counts, cancellationToken))[course.Id];
        if (existingCourse is null)
        {
            index.Courses.Add(new SiteItem(courseItem, courseFields));
        }

        IReadOnlyList<SiteItem> Of(string list) => existingCourse is null ? [] : index.Of(list, courseItem);

        var people = await UpsertAsync(site, Team, Of(Team), i => i.Text("PersonId"), snapshot.People.Select(p => (p.Id, new Dictionary<string, object?>
        {
            ["Title"] = p.DisplayName,
            ["PersonId"] = p.Id,
            ["CourseLookupId"] = courseItem,
            ["Membership"] = SnapshotWords.Label(p.Membership),
            ["Role"] = p.Role,
            ["Seniority"] = p.Seniority,
            ["LivedTopics"] = TopicTags(p, ExperienceKind.Lived),
            ["LearnedTopics"] = TopicTags(p, ExperienceKind.Learned),
            ["CarerTopics"] = TopicTags(p, ExperienceKind.Carer),
        })), counts, cancellationToken);
        // The lead is a person, so it is written once the people are there.
        if (course.LeadId is { } lead && (existingCourse is null || FieldComparison.Differs(existingCourse, "LeadLookupId", people[lead])))
        {
            await writer.WriteAsync(site.SiteId, [new ItemWrite(site.Id(Courses), courseItem, new Dictionary<string, object?> { ["LeadLookupId"] = people[lead] })], cancellationToken);
            counts.Updated++;
        }

        var topics = snapshot.Taxonomy.Select(t => (t.Key.ToUpperInvariant(), new Dictionary<string, object?> { ["Title"] = t.Key, ["Broader"] = t.Value })).ToList();
        var topicIds = await UpsertAsync(site, Topics, index.Topics, i => i.Text("Title")?.ToUpperInvariant(), topics, counts, cancellationToken);
        var written = topics.Select(t => t.Item1).ToHashSet(StringComparer.Ordinal);
        index.Topics.RemoveAll(t => t.Text("Title")?.ToUpperInvariant() is { } key && written.Contains(key));
        index.Topics.AddRange(topics.Select(t => new SiteItem(topicIds[t.Item1], t.Item2)));

        var agreements = snapshot.Materials.SelectMany(m => m.Agreements.Select((a, n) => (Key: $"{m.Id}#agreement-{n + 1}", Material: m, Agreement: a)));
        await UpsertAsync(site, SiteSchema.Log, Of(SiteSchema.Log), i => i.Text("ActivityId"),
            snapshot.Activities.Select(a => (a.Id, Activity(a, courseItem, people)))
                .Concat(agreements.Select(x => (x.Key, new Dictionary<string, object?>
                {
                    ["Title"] = "Agreement",
                    ["ActivityId"] = x.Key,
                    ["CourseLookupId"] = courseItem,
                    ["Kind"] = AgreementLabel,
                    ["At"] = Time(x.Agreement.At),
                    ["ByLookupId"] = people[x.Agreement.By],
                    ["On"] = x.Material.Id,
                }))), counts, cancellationToken);

        await UpsertAsync(site, Decisions, Of(Decisions), i => i.Text("DecisionId"), snapshot.Decisions.Select(d => (d.Id, new Dictionary<string, object?>
        {
            ["Title"] = d.Summary,
            ["DecisionId"] = d.Id,
            ["CourseLookupId"] = courseItem,
            ["At"] = Time(d.At),
            ["ByLookupId"] = people[d.By],
            ["InvolvedLookupId"] = d.Involved.Select(p => people[p]).ToList(),
            ["Exemption"] = d.Exemption is { } e ? SnapshotWords.Label(e) : null,
            ["Justification"] = d.Justification,
        })), counts, cancellationToken);

        await UpsertAsync(site, Notes, Of(Notes), i => i.Text("Item"), snapshot.ChecklistNotes.Select(n => (ChecklistText.Describe(n.Item), new Dictionary<string, object?>
        {
            ["Title"] = ChecklistText.Describe(n.Item),
            ["CourseLookupId"] = courseItem,
            ["Item"] = ChecklistText.Describe(n.Item),
            ["Note"] = n.Note,
        })), counts, cancellationToken);

        await UpsertAsync(site, Stages, Of(Stages), i => $"{i.Text("At")}|{i.Text("FromStage")}|{i.Text("ToStage")}", snapshot.StageHistory.Select(c => ($"{Time(c.At)}|{SnapshotWords.Label(c.From)}|{SnapshotWords.Label(c.To)}", new Dictionary<string, object?>
        {
            ["Title"] = $"{SnapshotWords.Label(c.From)} to {SnapshotWords.Label(c.To)}",
            ["CourseLookupId"] = courseItem,
            ["At"] = Time(c.At),
            ["FromStage"] = SnapshotWords.Label(c.From),
            ["ToStage"] = SnapshotWords.Label(c.To),
            ["ByLookupId"] = people[c.By],
        })), counts, cancellationToken);

        await UpsertAsync(site, MaterialHistory, Of(MaterialHistory), i => $"{i.Text("MaterialId")}|{i.Text("At")}|{i.LookupId("By")}",
            snapshot.Materials.SelectMany(m => m.Versions.Select(v => ($"{m.Id}|{Time(v.At)}|{people[v.By]}", new Dictionary<string, object?>
            {
                ["Title"] = m.Title,
                ["CourseLookupId"] = courseItem,
                ["MaterialId"] = m.Id,
                ["At"] = Time(v.At),
                ["ByLookupId"] = people[v.By],
            }))), counts, cancellationToken);

        await WriteDocumentsAsync(site, snapshot, courseItem, Of(Materials), counts, cancellationToken);
        return new ImportReport(site.SiteId, counts.Created, counts.Updated, counts.Unchanged, course.Id);
    }

    private async Task WriteDocumentsAsync(SiteLists site, CourseSnapshot snapshot, string courseItem, IReadOnlyList<SiteItem> documents, Counts counts, CancellationToken cancellationToken)
    {
        var library = site.Id(Materials);
        var existing = documents.Select(i => i.Text("MaterialId")).ToHashSet(StringComparer.Ordinal);
        if (snapshot.Materials.All(m => existing.Contains(m.Id)))
        {
            counts.Unchanged += snapshot.Materials.Count;
            return;
        }

        var drive = await Documents.DriveAsync(graph, site.SiteId, library, cancellationToken);
        foreach (var material in snapshot.Materials.Where(m => !existing.Contains(m.Id)))
        {
            var name = $"{snapshot.Course.Id}-{material.Id}.md";
            var content = Encoding.UTF8.GetBytes(
                $"# {material.Title}\n\nImported from a course snapshot by Coproduction. Its history is in the Coproduction material history list.\n");
            var file = await Documents.PutAsync(graph, drive, name, content, cancellationToken);
            var item = await Documents.ListItemAsync(graph, drive, file, name, cancellationToken);
            await writer.WriteAsync(site.SiteId, [new ItemWrite(library, item, new Dictionary<string, object?>
            {
                ["Title"] = material.Title,
                ["CourseLookupId"] = courseItem,
                ["MaterialId"] = material.Id,
            })], cancellationToken);
            counts.Created++;
        }

        counts.Unchanged += existing.Count(id => snapshot.Materials.Any(m => m.Id == id));
    }

    /// <summary>Creates what is missing and updates what differs, by key, among the list's items as read; returns each key's item id.</summary>
    private async Task<Dictionary<string, string>> UpsertAsync(
        SiteLists site,
        string list,
        IReadOnlyList<SiteItem> items,
        Func<SiteItem, string?> keyOf,
        IEnumerable<(string Key, Dictionary<string, object?> Fields)> desired,
        Counts counts,
        CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, SiteItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (keyOf(item) is { } key)
            {
                existing.TryAdd(key, item);
            }
        }

        var ids = existing.ToDictionary(e => e.Key, e => e.Value.Id, StringComparer.Ordinal);
        var writes = new List<(string Key, ItemWrite Write)>();
        foreach (var (key, fields) in desired)
        {
            if (!existing.TryGetValue(key, out var item))
            {
                writes.Add((key, new ItemWrite(site.Id(list), null, fields.Where(f => f.Value is not null).ToDictionary())));
                counts.Created++;
                continue;
            }

            var changed = fields.Where(f => FieldComparison.Differs(item, f.Key, f.Value)).ToDictionary();
            if (changed.Count == 0)
            {
                counts.Unchanged++;
                continue;
            }

            writes.Add((key, new ItemWrite(site.Id(list), item.Id, changed)));
            counts.Updated++;
        }

        var written = await writer.WriteAsync(site.SiteId, writes.Select(w => w.Write).ToList(), cancellationToken);
        for (var i = 0; i < writes.Count; i++)
        {
            ids[writes[i].Key] = written[i];
        }

        return ids;
    }

    private static Dictionary<string, object?> Activity(Activity a, string courseItem, Dictionary<string, string> people) => new()
    {
        ["Title"] = SnapshotWords.Label(a.Kind),
        ["ActivityId"] = a.Id,
        ["CourseLookupId"] = courseItem,
        ["Kind"] = SnapshotWords.Label(a.Kind),
        ["At"] = Time(a.At),
        ["ByLookupId"] = people[a.By],
        ["ParticipantsLookupId"] = a.Participants.Distinct(StringComparer.Ordinal).Select(p => people[p]).ToList(),
        ["On"] = a.On,
        ["Mode"] = a.Mode is { } mode ? SnapshotWords.Label(mode) : null,
        ["Aspect"] = a.Aspect is { } aspect ? SnapshotWords.Label(aspect) : null,
        ["Method"] = a.Method is { } method ? SnapshotWords.Label(method) : null,
        ["Phase"] = a.Phase is { } phase ? SnapshotWords.Label(phase) : null,
        ["Accepted"] = a.Accepted,
    };

    private static string? TopicTags(Person person, ExperienceKind kind) =>
        person.Experience.Where(e => e.Kind == kind).SelectMany(e => e.Topics).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } topics
            ? string.Join("; ", topics)
            : null;

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed class Counts
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }
    }
}
