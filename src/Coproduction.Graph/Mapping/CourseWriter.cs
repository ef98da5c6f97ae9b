using System.Text;
using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;
using Microsoft.Graph;
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
internal sealed class CourseWriter(GraphServiceClient graph, BatchWriter writer, Connection.CoproductionGraphOptions options)
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

        var site = await SiteLists.OpenAsync(graph, siteUrl, options.MaterialsLibraryFor(siteUrl), cancellationToken);
        var index = await ImportIndex.ReadAsync(site, snapshots.Select(s => s.Course.Id).ToHashSet(StringComparer.Ordinal), cancellationToken);
        // A course id the site would make for an item of its own with no id typed (course-12) names that item here, whatever
        // course the snapshot came from: refused before anything is written, rather than written over it or beside it.
        if (snapshots.Select(s => s.Course.Id).FirstOrDefault(id => CourseIds.MadeFrom(id) is { } item && index.Courses.Any(c => c.Id == item && c.Fields.Find(CoursesList.CourseId) is null)) is { } made)
        {
            throw new CoproductionGraphException(
                $"Course {made} has the id this site gives its course item {CourseIds.MadeFrom(made)}, which has no id typed: type that course's id in the site, or import this one under another id", 409, "madeCourseId");
        }

        // Answers and sessions have nowhere to go on a site provisioned by version 2 or earlier (the sessions list comes after the answers' columns):
        // refused before anything is written, rather than imported in part. A snapshot without them imports as before.
        if (!site.Has(Sessions) && snapshots.FirstOrDefault(s => s.Sessions.Count > 0 || s.Activities.Any(a => a.Response is not null)) is { } newer)
        {
            throw new CoproductionGraphException(
                $"Course {newer.Course.Id} has answers to input or sessions, which this site has no columns for until it is provisioned at schema version {SiteSchema.Version}: run 'coproduction provision' first",
                409, "schemaTooOld");
        }

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
        var courseFields = new CourseRow(course.Id, course.Title, course.Kind, course.Topics, course.Stage, null).ToFields();
        var existingCourse = index.Courses.FirstOrDefault(i => i.Fields.Find(CoursesList.CourseId) == course.Id);
        var courseItem = (await UpsertAsync(site, Courses, index.Courses, i => i.Fields.Find(CoursesList.CourseId), [(course.Id, courseFields)], counts, cancellationToken))[course.Id];
        if (existingCourse is null)
        {
            index.Courses.Add(new ListItemData(courseItem, SiteFields.Empty.With(courseFields)));
        }

        IReadOnlyList<ListItemData> Of(string list) => existingCourse is null ? [] : index.Of(list, courseItem);

        var people = await UpsertAsync(site, Team, Of(Team), i => i.Fields.Find(TeamList.PersonId) ?? DefaultIds.Person(i.Id), snapshot.People.Select(p => (p.Id, new TeamRow(
            p.Id, p.DisplayName, courseItem, p.Membership, p.Role, p.Seniority, TopicTags(p), null).ToFields())), counts, cancellationToken);

        // The lead is a person, so it is written once the people are there.
        if (course.LeadId is { } lead && new FieldSet().Set(CoursesList.Lead, people[lead]) is var leadField
            && (existingCourse is null || leadField.ChangedFrom(existingCourse.Fields).Count > 0))
        {
            await writer.WriteAsync(site.SiteId, [new ItemWrite(site.Id(Courses), courseItem, leadField.ToGraph())], cancellationToken);
            counts.Updated++;
        }

        var topics = snapshot.Taxonomy.Select(t => (t.Key.ToUpperInvariant(), new TopicRow(t.Key, t.Value).ToFields())).ToList();
        var topicIds = await UpsertAsync(site, Topics, index.Topics, i => i.Fields.Find(SharePointColumns.Title)?.ToUpperInvariant(), topics, counts, cancellationToken);
        var written = topics.Select(t => t.Item1).ToHashSet(StringComparer.Ordinal);
        index.Topics.RemoveAll(t => t.Fields.Find(SharePointColumns.Title)?.ToUpperInvariant() is { } key && written.Contains(key));
        index.Topics.AddRange(topics.Select(t => new ListItemData(topicIds[t.Item1], SiteFields.Empty.With(t.Item2))));

        // A comment of an Office document this course has on this site is in the document already (an export of the site imported
        // back into it): not logged again. Elsewhere (the documents an import writes are no Office documents) it is logged, so nothing is lost.
        var documentsHere = Of(Materials).Where(i => i.Fields.Find(SharePointColumns.FileName) is { } name && Comments.OfficeFiles.AreRead(name))
            .ToDictionary(i => i.Id, i => i.Fields.Find(MaterialsLibrary.MaterialId) ?? DefaultIds.Material(i.Id), StringComparer.Ordinal);
        var inDocuments = snapshot.Activities.Where(a => DefaultIds.DocumentOfComment(a.Id) is { } document && documentsHere.TryGetValue(document, out var material)
            && snapshot.Materials.Any(m => m.Id == material) && (a.On is null || a.On == material)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // Of those, one the snapshot answers, or one by someone outside the core team, has a log item of its own to be answered on,
        // as the worker makes it (CommentLog): written, so an answer given in the snapshot is never dropped. Only on a site of
        // schema version 3, whose log has the answer's columns (a snapshot with answers is refused by an older one, above).
        var answeredAt = AnsweredAt(Of(SiteSchema.Log));
        var persons = snapshot.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var commentItems = snapshot.Activities.Where(a => site.Has(Sessions) && inDocuments.Contains(a.Id) && (a.Response is not null || CommentLog.IsOutsideInput(a, persons)))
            .Select(a => (a.Id, CommentLog.Fields(a, courseItem, DefaultIds.DocumentOfComment(a.Id)!, p => people[p]).Set(LogList.AnsweredAt, answeredAt(a)))).ToList();
        counts.Unchanged += inDocuments.Count - commentItems.Count;

        var agreements = snapshot.Materials.SelectMany(m => m.Agreements.Select((a, n) => (Key: $"{m.Id}#agreement-{n + 1}", Material: m, Agreement: a)));
        await UpsertAsync(site, SiteSchema.Log, Of(SiteSchema.Log), i => i.Fields.Find(LogList.ActivityId) ?? DefaultIds.Activity(i.Id),
            snapshot.Activities.Where(a => !inDocuments.Contains(a.Id)).Select(a => (a.Id, new LogRow(
                    a.Id, SnapshotWords.Label(a.Kind), courseItem, SnapshotWords.Label(a.Kind), a.At, people[a.By],
                    [.. a.Participants.Distinct(StringComparer.Ordinal).Select(p => people[p])], a.On, a.Mode, a.Aspect, a.Method, a.Phase, a.Accepted)
                {
                    Outcome = a.Response?.Outcome,
                    Reason = a.Response?.Reason,
                    AnsweredAt = answeredAt(a),
                    AnsweredBy = a.Response is { } answer ? people[answer.By] : null,
                }.ToFields()))
                .Concat(commentItems)
                .Concat(agreements.Select(x => (x.Key, new LogRow(
                    x.Key, LogList.AgreementLabel, courseItem, LogList.AgreementLabel, x.Agreement.At, people[x.Agreement.By], [], x.Material.Id, null, null, null, null, null).ToFields()))),
            counts, cancellationToken);

        await UpsertAsync(site, Decisions, Of(Decisions), i => i.Fields.Find(DecisionsList.DecisionId) ?? DefaultIds.Decision(i.Id), snapshot.Decisions.Select(d => (d.Id, new DecisionRow(
            d.Id, d.Summary, courseItem, d.At, people[d.By], [.. d.Involved.Select(p => people[p])], d.Exemption, d.Justification).ToFields())), counts, cancellationToken);

        await UpsertAsync(site, Notes, Of(Notes), i => i.Fields.Find(NotesList.Item)?.ToString(), snapshot.ChecklistNotes.Select(n => (n.Item.ToString(), new NoteRow(
            courseItem, n.Item, n.Note).ToFields())), counts, cancellationToken);

        await UpsertAsync(site, Stages, Of(Stages), i => StageKey(i.Fields.Find(StagesList.At), i.Fields.Find(StagesList.From), i.Fields.Find(StagesList.To)),
            snapshot.StageHistory.Select(c => (StageKey(c.At, c.From, c.To)!, new StageRow(courseItem, c.At, c.From, c.To, people[c.By]).ToFields())), counts, cancellationToken);

        await UpsertAsync(site, MaterialHistory, Of(MaterialHistory), i => HistoryKey(i.Fields.Find(HistoryList.MaterialId), i.Fields.Find(HistoryList.At), i.Fields.Find(HistoryList.By)),
            snapshot.Materials.SelectMany(m => m.Versions.Select(v => (HistoryKey(m.Id, v.At, people[v.By])!, new HistoryRow(m.Title, courseItem, m.Id, v.At, people[v.By]).ToFields()))),
            counts, cancellationToken);

        if (site.Has(Sessions))
        {
            await UpsertAsync(site, Sessions, Of(Sessions), i => i.Fields.Find(SessionsList.SessionId) ?? DefaultIds.Session(i.Id), snapshot.Sessions.Select(x => (x.Id, new SessionRow(
                x.Id, courseItem, x.At, [.. x.Trainers.Distinct(StringComparer.Ordinal).Select(p => people[p])], x.Mode).ToFields())), counts, cancellationToken);
        }

        await WriteDocumentsAsync(site, snapshot, courseItem, Of(Materials), counts, cancellationToken);
        return new ImportReport(site.SiteId, counts.Created, counts.Updated, counts.Unchanged, course.Id);
    }

    private async Task WriteDocumentsAsync(SiteLists site, CourseSnapshot snapshot, string courseItem, IReadOnlyList<ListItemData> documents, Counts counts, CancellationToken cancellationToken)
    {
        var library = site.Id(Materials);
        var existing = documents.Select(i => i.Fields.Find(MaterialsLibrary.MaterialId) ?? DefaultIds.Material(i.Id)).ToHashSet(StringComparer.Ordinal);
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
            await writer.WriteAsync(site.SiteId, [new ItemWrite(library, item, new MaterialRow(material.Title, null, courseItem, material.Id).ToFields().ToGraph())], cancellationToken);
            counts.Created++;
        }

        counts.Unchanged += existing.Count(id => snapshot.Materials.Any(m => m.Id == id));
    }

    /// <summary>
    /// What to write as an activity's <c>Answered on</c>: its answer's time, or the date the site holds where that reads as
    /// the same time (a date picked without a time, on the input's day: <see cref="Answers.ReadAt"/>), so that an export
    /// imported back leaves the date staff picked as it is.
    /// </summary>
    private Func<Activity, DateTimeOffset?> AnsweredAt(IReadOnlyList<ListItemData> log)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Comments.LocalTimeZone);
        var held = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var item in log)
        {
            if (item.Fields.Find(LogList.AnsweredAt) is { } at)
            {
                held.TryAdd(item.Fields.Find(LogList.ActivityId) ?? DefaultIds.Activity(item.Id), at);
            }
        }

        return a => a.Response is not { } answer ? null
            : held.TryGetValue(a.Id, out var kept) && kept != answer.At && Answers.ReadAt(kept, a.At, zone) == answer.At ? kept : answer.At;
    }

    /// <summary>Creates what is missing and updates what differs, by key, among the list's items as read; returns each key's item id.</summary>
    private async Task<Dictionary<string, string>> UpsertAsync(
        SiteLists site,
        string list,
        IReadOnlyList<ListItemData> items,
        Func<ListItemData, string?> keyOf,
        IEnumerable<(string Key, FieldSet Fields)> desired,
        Counts counts,
        CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, ListItemData>(StringComparer.Ordinal);
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
                writes.Add((key, new ItemWrite(site.Id(list), null, fields.ToGraph().Where(f => f.Value is not null).ToDictionary())));
                counts.Created++;
                continue;
            }

            var changed = fields.ChangedFrom(item.Fields);
            if (changed.Count == 0)
            {
                counts.Unchanged++;
                continue;
            }

            writes.Add((key, new ItemWrite(site.Id(list), item.Id, changed.ToGraph())));
            counts.Updated++;
        }

        var written = await writer.WriteAsync(site.SiteId, writes.Select(w => w.Write).ToList(), cancellationToken);
        for (var i = 0; i < writes.Count; i++)
        {
            ids[writes[i].Key] = written[i];
        }

        return ids;
    }

    private static Dictionary<ExperienceKind, IReadOnlyList<string>> TopicTags(Person person) =>
        Enum.GetValues<ExperienceKind>().ToDictionary(
            kind => kind,
            kind => (IReadOnlyList<string>)person.Experience.Where(e => e.Kind == kind).SelectMany(e => e.Topics).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>A stage move's key: when, from and to.</summary>
    private static string? StageKey(DateTimeOffset? at, Stage? from, Stage? to) =>
        at is { } when && from is { } f && to is { } t ? $"{GraphTime.Format(when)}|{f}|{t}" : null;

    /// <summary>A version's key in the history list: the material, when, by whom.</summary>
    private static string? HistoryKey(string? material, DateTimeOffset? at, string? by) =>
        material is not null && at is { } when && by is not null ? $"{material}|{GraphTime.Format(when)}|{by}" : null;

    private sealed class Counts
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }
    }
}
