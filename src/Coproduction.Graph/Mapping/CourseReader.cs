using Coproduction.Checklist;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Model;
using Coproduction.Snapshots;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Reads one course from a provisioned site into the model. An item that cannot be read (a missing
/// required value, an unknown choice, a broken lookup) is reported as a data problem and left out;
/// so is anything that then refers to it. Versions of materials are the material history list's,
/// merged with the library's own versions saved by members of the team (by their Account); versions
/// saved by the application (an import, the worker) are not work on a material.
/// </summary>
public static class CourseReader
{
    /// <summary>Reads a course from a site's content into the model.</summary>
    /// <param name="content">The site's items, through Graph or from a local copy.</param>
    /// <param name="courseId">The course's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The snapshot, and the items left out.</returns>
    /// <exception cref="CoproductionGraphException">No course has that id, or the course item itself cannot be read.</exception>
    public static async Task<CourseExport> ReadAsync(ISiteContent content, string courseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var site = new Items(content);
        var problems = new List<DataProblem>();
        var found = await content.CourseAsync(courseId, cancellationToken)
            ?? throw new CoproductionGraphException($"The site has no course with id '{courseId}'", 404, "itemNotFound");
        var courseItem = new SiteItem(found.Id, found.Fields);
        Task<IReadOnlyList<SiteItem>> OfCourseAsync(string list) => site.ReadCourseAsync(list, courseItem.Id, cancellationToken);

        T? Read<T>(string list, SiteItem item, Func<T> read)
            where T : class
        {
            try
            {
                return read();
            }
            catch (DataProblemException ex)
            {
                problems.Add(new DataProblem(List(list).DisplayName, item.Id, ex.Column, ex.Problem));
                return null;
            }
        }

        var teamItems = (await OfCourseAsync(Team)).ToList();
        var people = teamItems.Select(i => (Item: i, Person: Read(Team, i, () => PersonFrom(i)))).Where(p => p.Person is not null).ToList();
        var personOf = people.ToDictionary(p => p.Item.Id, p => p.Person!.Id, StringComparer.Ordinal);
        string Person(SiteItem item, string column) =>
            item.LookupId(column) is { } id && personOf.TryGetValue(id, out var person) ? person : throw new DataProblemException(column, "names no one in the course's team");
        IReadOnlyList<string> Persons(SiteItem item, string column) =>
            item.LookupIds(column).Select(id => personOf.TryGetValue(id, out var person) ? person : throw new DataProblemException(column, "names someone not in the course's team")).ToList();

        var course = Read(Courses, courseItem, () => new Course
        {
            Id = courseId,
            Title = courseItem.RequiredText("Title"),
            Kind = courseItem.Choice<CourseKind>("Kind"),
            Topics = SiteItem.Tags(courseItem.Text("Topics")) is { Count: > 0 } topics ? topics : throw new DataProblemException("Topics", "holds no topic"),
            Stage = courseItem.Choice<Stage>(SiteColumns.Stage),
            LeadId = courseItem.LookupId("Lead") is null ? null : Person(courseItem, "Lead"),
        }) ?? throw new CoproductionGraphException($"The course '{courseId}' cannot be read: {problems[^1]}");

        var log = (await OfCourseAsync(SiteSchema.Log)).ToList();
        var agreements = log.Where(i => i.Text("Kind") == AgreementLabel)
            .Select(i => Read(SiteSchema.Log, i, () => new Signed(i.RequiredText("On"), new Signature(i.Time("At"), Person(i, "By")))))
            .OfType<Signed>().ToList();
        var activities = log.Where(i => i.Text("Kind") != AgreementLabel).Select(i => Read(SiteSchema.Log, i, () => ActivityFrom(i, Person, Persons))).OfType<Activity>().ToList();
        var history = (await OfCourseAsync(MaterialHistory))
            .Select(i => Read(MaterialHistory, i, () => new Signed(i.RequiredText("MaterialId"), new Signature(i.Time("At"), Person(i, "By")))))
            .OfType<Signed>().ToList();
        // An account that cannot be read (a column's type changed by hand) is left out, saying so: the member stays in the team.
        var accounts = new TeamAccounts(people.Select(p => (Account: Read(Team, p.Item, () => p.Item.Text(SiteColumns.Account) ?? string.Empty), p.Person!.Id))
            .Where(p => !string.IsNullOrEmpty(p.Account)).Select(p => (p.Account!, p.Id)));
        var documents = (await OfCourseAsync(SiteSchema.Materials)).ToList();
        var saved = new Dictionary<string, IReadOnlyList<Signature>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            saved[document.Id] = SavedByTeam(document, await content.VersionsAsync(document.Id, cancellationToken), accounts, problems);
        }

        var materials = documents
            .Select(i => Read(SiteSchema.Materials, i, () => new Material
            {
                Id = i.RequiredText("MaterialId"),
                Title = i.Text("Title") ?? i.RequiredText(SharePointFields.FileName),
                Versions = [.. history.Where(h => h.On == i.Text("MaterialId")).Select(h => h.Signature).Concat(saved[i.Id]).OrderBy(s => s.At)],
                Agreements = [.. agreements.Where(a => a.On == i.Text("MaterialId")).Select(a => a.Signature)],
            }))
            .OfType<Material>()
            .Where(m => m.Versions.Count > 0 || Problem(problems, SiteSchema.Materials, m.Id, "MaterialId", "has no version by anyone in the team"))
            .ToList();
        var decisions = (await OfCourseAsync(Decisions)).Select(i => Read(Decisions, i, () => new Decision
        {
            Id = i.RequiredText("DecisionId"),
            Summary = i.RequiredText("Title"),
            At = i.Time("At"),
            By = Person(i, "By"),
            Involved = Persons(i, "Involved"),
            Exemption = i.OptionalChoice<Exemption>("Exemption"),
            Justification = i.Text("Justification"),
        })).OfType<Decision>().ToList();
        var notes = (await OfCourseAsync(Notes)).Select(i => Read(Notes, i, () => new ChecklistNote(
            Enum.GetValues<ChecklistItem>().FirstOrDefault(c => ChecklistText.Describe(c) == i.Text("Item"), (ChecklistItem)(-1)) is var item && Enum.IsDefined(item)
                ? item : throw new DataProblemException("Item", "holds a value that is not a checklist item"),
            i.Text("Note") ?? string.Empty))).OfType<ChecklistNote>().ToList();
        var stages = (await OfCourseAsync(Stages))
            .Select(i => Read(Stages, i, () => new StageChange(i.Time("At"), i.Choice<Stage>("FromStage"), i.Choice<Stage>("ToStage"), Person(i, "By"))))
            .OfType<StageChange>().OrderBy(s => s.At).ToList();
        var taxonomy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in await site.ReadAsync(Topics, cancellationToken))
        {
            if (topic.Text("Title") is { } narrower && topic.Text("Broader") is { } broader && !taxonomy.Keys.Contains(narrower, StringComparer.OrdinalIgnoreCase))
            {
                taxonomy[narrower] = broader;
            }
        }

        // Leave out what refers to something left out, saying so.
        var known = materials.Select(m => m.Id).Concat(decisions.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        activities = activities.Where(a => a.On is null || known.Contains(a.On) || Problem(problems, SiteSchema.Log, a.Id, "On", "names no material or decision that could be read")).ToList();

        var snapshot = new CourseSnapshot
        {
            Course = course,
            Taxonomy = taxonomy,
            People = people.Select(p => p.Person!).ToList(),
            Materials = materials,
            Activities = activities.OrderBy(a => a.At).ToList(),
            Decisions = decisions.OrderBy(d => d.At).ToList(),
            ChecklistNotes = notes,
            StageHistory = stages,
        };
        SnapshotValidator.Validate(snapshot);
        return new CourseExport(snapshot, problems);
    }

    /// <summary>
    /// The library's own versions of a document saved by members of the team (found by their Account:
    /// an e-mail, a sign-in name or an Entra object id). A change of a document's columns is a version
    /// too, by whoever changed them; a version counts as work on the material only when the file
    /// changed (its size differs from the version before). Versions saved by the application (an
    /// import, the worker) are not work on a material.
    /// </summary>
    private static List<Signature> SavedByTeam(SiteItem document, IReadOnlyList<DocumentVersion> versions, TeamAccounts accounts, List<DataProblem> problems)
    {
        var signatures = new List<Signature>();
        long? previousSize = null;
        foreach (var version in versions.OrderBy(v => v.Order).ThenBy(v => v.At))
        {
            var contentChanged = previousSize != version.Size;
            previousSize = version.Size;
            if (!contentChanged || version.By is { IsApplication: true })
            {
                continue;
            }

            if (version.By is { } by && accounts.PersonOf(by) is { } person)
            {
                signatures.Add(new Signature(version.At, person));
            }
            else
            {
                problems.Add(new DataProblem(SiteSchema.List(SiteSchema.Materials).DisplayName, document.Id, "Versions", version.By is null || (!version.By.HasAccount && version.By.ObjectId is null)
                    ? $"the site does not say who saved version {version.Label}"
                    : $"version {version.Label} was saved by an account that is no one's in the course's team"));
            }
        }

        return signatures;
    }

    private static Person PersonFrom(SiteItem item)
    {
        var experience = new List<Experience>();
        foreach (var (column, kind) in new[] { ("LivedTopics", ExperienceKind.Lived), ("LearnedTopics", ExperienceKind.Learned), ("CarerTopics", ExperienceKind.Carer) })
        {
            if (SiteItem.Tags(item.Text(column)) is { Count: > 0 } topics)
            {
                experience.Add(new Experience(kind, topics));
            }
        }

        return new Person
        {
            Id = item.RequiredText("PersonId"),
            DisplayName = item.RequiredText("Title"),
            Membership = item.Choice<Membership>("Membership"),
            Role = item.Text("Role"),
            Seniority = item.Number("Seniority") is { } seniority ? (int)seniority : null,
            Experience = experience,
        };
    }

    private static Activity ActivityFrom(SiteItem item, Func<SiteItem, string, string> person, Func<SiteItem, string, IReadOnlyList<string>> persons)
    {
        var kind = item.Choice<ActivityKind>("Kind");
        return new Activity
        {
            Id = item.RequiredText("ActivityId"),
            Kind = kind,
            At = item.Time("At"),
            By = person(item, "By"),
            Participants = persons(item, "Participants"),
            On = kind is ActivityKind.Feedback or ActivityKind.Objection ? item.RequiredText("On") : item.Text("On"),
            Mode = item.OptionalChoice<ActivityMode>("Mode"),
            Aspect = item.OptionalChoice<FeedbackAspect>("Aspect"),
            Method = kind == ActivityKind.FocusGroup ? item.Choice<FocusGroupMethod>("Method") : item.OptionalChoice<FocusGroupMethod>("Method"),
            Phase = item.OptionalChoice<FocusGroupPhase>("Phase"),
            Accepted = item.Boolean("Accepted"),
        };
    }

    /// <summary>Each list read once, as items with typed readers.</summary>
    private sealed class Items(ISiteContent content)
    {
        public async Task<IReadOnlyList<SiteItem>> ReadAsync(string key, CancellationToken cancellationToken) =>
            (await content.ItemsAsync(key, cancellationToken)).Select(i => new SiteItem(i.Id, i.Fields)).ToList();

        public async Task<IReadOnlyList<SiteItem>> ReadCourseAsync(string key, string courseItemId, CancellationToken cancellationToken) =>
            (await content.CourseItemsAsync(key, courseItemId, cancellationToken)).Select(i => new SiteItem(i.Id, i.Fields)).ToList();
    }

    /// <summary>A dated act by a person on a material (a version or an agreement), as the log and the history list record it.</summary>
    private sealed record Signed(string On, Signature Signature);

    private static bool Problem(List<DataProblem> problems, string list, string id, string column, string problem)
    {
        problems.Add(new DataProblem(SiteSchema.List(list).DisplayName, id, column, problem));
        return false;
    }
}
