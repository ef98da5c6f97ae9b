using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Text;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// Reads one course from a provisioned site into the model. An item that cannot be read (a missing
/// required value, an unknown choice, a broken lookup) is reported as a data problem and left out;
/// so is anything that then refers to it. Versions of materials are the material history list's,
/// merged with the library's own versions saved by members of the team (by the person picked as their
/// Trust account, else the Account typed); versions
/// saved by the application (an import, the worker) are not work on a material. Comments in Office
/// documents by members of the team are feedback and messages (<see cref="CommentActivities"/>).
/// </summary>
public static class CourseReader
{
    /// <summary>Reads a course from a site's content into the model.</summary>
    /// <param name="content">The site's items, through Graph or from a local copy.</param>
    /// <param name="courseId">The course's id.</param>
    /// <param name="topics">The site's topics (<see cref="SiteTopics.ReadAsync"/>), read once for many courses; null to read them for this one.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The snapshot, and the items left out.</returns>
    /// <exception cref="CoproductionGraphException">No course has that id, or the course item itself cannot be read (its <see cref="CoproductionGraphException.Problems"/> say why).</exception>
    public static async Task<CourseExport> ReadAsync(ISiteContent content, string courseId, SiteTopics? topics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        topics ??= await SiteTopics.ReadAsync(content, cancellationToken);
        var problems = new List<DataProblem>(topics.Problems);
        var found = await content.CourseAsync(courseId, cancellationToken)
            ?? throw new CoproductionGraphException($"The site has no course with id '{courseId}'", 404, "itemNotFound");
        var rows = new RowReader(content, found.Id, problems);

        var team = await rows.ReadAsync(Team, TeamRow.Read, cancellationToken);
        var people = Unique(problems, Team, TeamList.PersonId, team.Select(t => (t.ItemId, t.Row, Person: rows.Map(Team, t.ItemId, () => PersonFrom(t.ItemId, t.Row))))
            .Where(p => p.Person is not null).ToList(), p => p.ItemId, p => p.Person!.Id);
        var personOf = people.ToDictionary(p => p.ItemId, p => p.Person!.Id, StringComparer.Ordinal);
        string Person(string? item, SiteColumn column) =>
            item is not null && personOf.TryGetValue(item, out var person) ? person : throw new DataProblemException(column.Name, "names no one in the course's team");
        IReadOnlyList<string> Persons(IReadOnlyList<string> items, SiteColumn column) =>
            items.Select(id => personOf.TryGetValue(id, out var person) ? person : throw new DataProblemException(column.Name, "names someone not in the course's team")).ToList();

        var courseRow = rows.Map(Courses, found.Id, () => CourseRow.Read(found.Fields));
        var course = courseRow is null ? null : rows.Map(Courses, found.Id, () => new Course
        {
            Id = courseId,
            Title = Required(courseRow.Title, SharePointColumns.Title),
            Kind = Required(courseRow.Kind, CoursesList.Kind),
            Topics = courseRow.Topics is { Count: > 0 } tags ? tags : throw new DataProblemException(CoursesList.Topics.Name, "holds no topic"),
            Stage = Required(courseRow.Stage, CoursesList.Stage),
            LeadId = courseRow.Lead is null ? null : Person(courseRow.Lead, CoursesList.Lead),
        });
        if (course is null)
        {
            throw new CoproductionGraphException($"The course '{courseId}' cannot be read: {problems[^1]}", errorCode: "courseUnreadable") { Problems = problems };
        }

        // What a log item is on is chosen in a form (a document or a decision, by its item) or typed (an id):
        // the documents and decisions are read first, so that a choice reads as the id the snapshot gives it.
        var documents = await rows.ReadAsync(SiteSchema.Materials, MaterialRow.Read, cancellationToken);
        var decisionRows = await rows.ReadAsync(Decisions, DecisionRow.Read, cancellationToken);
        var on = new LogTargets(
            documents.ToDictionary(d => d.ItemId, d => d.Row.MaterialId ?? DefaultIds.Material(d.ItemId), StringComparer.Ordinal),
            decisionRows.ToDictionary(d => d.ItemId, d => d.Row.DecisionId ?? DefaultIds.Decision(d.ItemId), StringComparer.Ordinal));
        var log = await rows.ReadAsync(SiteSchema.Log, LogRow.Read, cancellationToken);
        var zone = content.TimeZone;
        var agreements = log.Where(l => l.Row.IsAgreement)
            .Select(l => rows.Map(SiteSchema.Log, l.ItemId, () => new Signed(on.Required(l.Row), new Signature(Required(l.Row.At, LogList.At), Person(l.Row.By, LogList.By)))))
            .OfType<Signed>().ToList();
        var activities = Unique(problems, SiteSchema.Log, LogList.ActivityId, log.Where(l => !l.Row.IsAgreement)
            .Select(l => (l.ItemId, Activity: rows.Map(SiteSchema.Log, l.ItemId, () => ActivityFrom(l.ItemId, l.Row, on, zone, Person, Persons, problems))))
            .Where(a => a.Activity is not null).ToList(), a => a.ItemId, a => a.Activity!.Id).Select(a => (a.ItemId, Activity: a.Activity!)).ToList();
        var history = (await rows.ReadAsync(MaterialHistory, HistoryRow.Read, cancellationToken))
            .Select(h => rows.Map(MaterialHistory, h.ItemId, () => new Signed(Required(h.Row.MaterialId, HistoryList.MaterialId), new Signature(Required(h.Row.At, HistoryList.At), Person(h.Row.By, HistoryList.By)))))
            .OfType<Signed>().ToList();
        // An account that cannot be read (a column's type changed by hand) is left out, saying so: the member stays in the team.
        problems.AddRange(people.Where(p => p.Row.AccountUnreadable).Select(p => new DataProblem(List(Team).DisplayName, p.ItemId, TeamList.Account.Name, "is not text")));
        // The people picked as members' Trust accounts, by lookup id (a value that is none names no one, and is not asked about).
        var picked = await content.SiteUsersAsync(
            [.. people.Select(p => p.Row.TrustAccount).OfType<string>().Where(id => id.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal)], cancellationToken);
        var named = people.Select(p => (p.ItemId, p.Person!.Id, Named: NamesOf(p.ItemId, p.Row, picked, problems))).ToList();
        var accounts = new TeamAccounts(named.Select(n => (n.Named.Names, n.Id, n.ItemId)));
        var columnOf = named.ToDictionary(n => n.ItemId, n => n.Named.Column, StringComparer.Ordinal);
        problems.AddRange(accounts.Shared.Select(item => new DataProblem(List(Team).DisplayName, item, columnOf[item].Name, "is also another member's account in the course's team: saves by it count for neither")));
        var saved = new Dictionary<string, IReadOnlyList<Signature>>(StringComparer.Ordinal);
        foreach (var (itemId, _) in documents)
        {
            saved[itemId] = SavedByTeam(itemId, await content.VersionsAsync(itemId, cancellationToken), accounts, problems);
        }

        var materialItems = Unique(problems, SiteSchema.Materials, MaterialsLibrary.MaterialId, documents
            .Select(d => (d.ItemId, Material: rows.Map(SiteSchema.Materials, d.ItemId, () =>
            {
                var id = d.Row.MaterialId ?? DefaultIds.Material(d.ItemId);
                return new Material
                {
                    Id = id,
                    Title = d.Row.Title ?? Required(d.Row.FileName, SharePointColumns.FileName),
                    // A save the history list records as the library does (an export of the site imported back into it) is one save.
                    Versions = [.. history.Where(h => h.On == id).Select(h => h.Signature).Concat(saved[d.ItemId]).Distinct().OrderBy(s => s.At)],
                    Agreements = [.. agreements.Where(a => a.On == id).Select(a => a.Signature)],
                };
            })))
            .Where(m => m.Material is not null).ToList(), m => m.ItemId, m => m.Material!.Id)
            .Where(m => m.Material!.Versions.Count > 0 || Problem(problems, SiteSchema.Materials, m.ItemId, MaterialsLibrary.MaterialId, "has no version saved by anyone in the team"))
            .Select(m => (m.ItemId, Material: m.Material!))
            .ToList();

        // Comments in the documents, by members of the team, are feedback and messages like the log's (CommentActivities).
        var comments = await content.CommentsAsync([.. materialItems.Select(m => m.ItemId)], cancellationToken);
        var commented = LoggedComments.NotLogged(
            [.. materialItems.Where(m => comments.ContainsKey(m.ItemId)).SelectMany(m => CommentActivities.Of(m.ItemId, m.Material, comments[m.ItemId], accounts, problems))],
            [.. activities.Select(a => a.Activity)]);
        // Outside input from a comment is answered on a log item of its own, made where the log has none (CommentLog).
        var toLog = LoggedComments.Wanted(commented, log, people.ToDictionary(p => p.Person!.Id, p => (p.Person!, p.ItemId), StringComparer.Ordinal), found.Id);
        var materials = materialItems.Select(m => m.Material).ToList();
        var decisions = Unique(problems, Decisions, DecisionsList.DecisionId, decisionRows.Select(d => (d.ItemId, Decision: rows.Map(Decisions, d.ItemId, () => new Decision
        {
            Id = d.Row.DecisionId ?? DefaultIds.Decision(d.ItemId),
            Summary = Required(d.Row.Summary, SharePointColumns.Title),
            At = Required(d.Row.At, DecisionsList.At),
            By = Person(d.Row.By, DecisionsList.By),
            Involved = Persons(d.Row.Involved, DecisionsList.Involved),
            Exemption = d.Row.Exemption,
            Justification = d.Row.Justification,
        }))).Where(d => d.Decision is not null).ToList(), d => d.ItemId, d => d.Decision!.Id).Select(d => d.Decision!).ToList();
        var notes = (await rows.ReadAsync(Notes, NoteRow.Read, cancellationToken))
            .Select(n => rows.Map(Notes, n.ItemId, () => new ChecklistNote(
                n.Row.Item ?? throw new DataProblemException(NotesList.Item.Name, "holds a value that is not a checklist item"), n.Row.Note ?? string.Empty)))
            .OfType<ChecklistNote>().ToList();
        var stages = (await rows.ReadAsync(Stages, StageRow.Read, cancellationToken))
            .Select(s => rows.Map(Stages, s.ItemId, () => new StageChange(Required(s.Row.At, StagesList.At), Required(s.Row.From, StagesList.From), Required(s.Row.To, StagesList.To), Person(s.Row.By, StagesList.By))))
            .OfType<StageChange>().OrderBy(s => s.At).ToList();

        var sessions = Unique(problems, SiteSchema.Sessions, SessionsList.SessionId, (await rows.ReadAsync(SiteSchema.Sessions, SessionRow.Read, cancellationToken))
            .Select(s => (s.ItemId, Session: rows.Map(SiteSchema.Sessions, s.ItemId, () => SessionFrom(s.ItemId, s.Row, Persons))))
            .Where(s => s.Session is not null).ToList(), s => s.ItemId, s => s.Session!.Id).Select(s => s.Session!).OrderBy(s => s.At).ToList();

        // Leave out what refers to something left out, saying so.
        var known = materials.Select(m => m.Id).Concat(decisions.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        var read = activities.Where(a => a.Activity.On is null || known.Contains(a.Activity.On) || Problem(problems, SiteSchema.Log, a.ItemId, LogTargets.ColumnOf(a.ItemId, log), "names no material or decision that could be read"))
            .Select(a => a.Activity).Concat(commented).ToList();

        LoggedComments.Explain(problems, log);
        var snapshot = new CourseSnapshot
        {
            Course = course,
            Taxonomy = new Dictionary<string, string>(topics.Taxonomy, StringComparer.Ordinal),
            People = people.Select(p => p.Person!).ToList(),
            Materials = materials,
            Activities = read.OrderBy(a => a.At).ToList(),
            Decisions = decisions.OrderBy(d => d.At).ToList(),
            ChecklistNotes = notes,
            StageHistory = stages,
            Sessions = sessions,
        };
        SnapshotValidator.Validate(snapshot);
        return new CourseExport(snapshot, problems) { CommentsToLog = toLog };
    }

    /// <summary>
    /// The library's own versions of a document saved by members of the team (found by their names: the
    /// person picked as their Trust account, else their Account, an e-mail, a sign-in name or an Entra
    /// object id). A change of a document's columns is a version
    /// too, by whoever changed them; a version counts as work on the material only when the file
    /// changed (its size differs from the version before). Versions saved by the application (an
    /// import, the worker) are not work on a material.
    /// </summary>
    private static List<Signature> SavedByTeam(string document, IReadOnlyList<DocumentVersion> versions, TeamAccounts accounts, List<DataProblem> problems)
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
                problems.Add(version.By is null || (!version.By.HasAccount && version.By.ObjectId is null)
                    ? new DataProblem(SiteSchema.List(SiteSchema.Materials).DisplayName, document, DataProblem.SavesColumn, $"the site does not say who saved version {version.Label}") { ForStaff = false }
                    : new DataProblem(SiteSchema.List(SiteSchema.Materials).DisplayName, document, DataProblem.SavesColumn, $"version {version.Label} was saved by an account that is no one's in the course's team")
                    {
                        Fix = "A save of this document by someone whose account no one in the course's team has does not count. If they are in the team, pick them as their Trust account in the team list (or type their Account); this line then resolves by itself. If they are not, nothing is needed: this line, which the course's count of entries to fix leaves out, only says so.",
                    });
            }
        }

        return signatures;
    }

    /// <summary>
    /// The names a member's saves are matched by. Where a person is picked as their Trust account, that
    /// person's: the entry's e-mail, sign-in name and (where known) Entra object id; an entry that is no
    /// person (an application, a group, one the site does not give) is a data problem, and the member has
    /// no account. An account typed as well that names someone else (not the entry's e-mail or sign-in
    /// name; an object id cannot be compared, the site's users holding none) is a data problem of the
    /// account: the person picked counts. Where none is picked, the account typed, if any.
    /// </summary>
    private static (IReadOnlyCollection<string> Names, SiteColumn Column) NamesOf(string itemId, TeamRow row, IReadOnlyDictionary<string, SiteUser> users, List<DataProblem> problems)
    {
        if (row.TrustAccount is null && !row.TrustAccountUnreadable)
        {
            return (row.Account is { } account ? [account] : [], TeamList.Account);
        }

        if (row.TrustAccount is not { } lookupId || users.GetValueOrDefault(lookupId) is not { Kind: SiteUserKind.Person } user)
        {
            problems.Add(new DataProblem(List(Team).DisplayName, itemId, TeamList.TrustAccount.Name,
                "names no person of the site's users (an application, a group, or someone the site does not have): the member is read without an account"));
            return ([], TeamList.TrustAccount);
        }

        if (row.Account?.Trim() is { } typed && !Guid.TryParse(typed, out _) && !Identities.Same(typed, user.Email) && !Identities.Same(typed, user.UserName))
        {
            problems.Add(new DataProblem(List(Team).DisplayName, itemId, TeamList.Account.Name,
                "names someone other than the person picked as the Trust account, who counts: correct the account or leave it empty"));
        }

        return ([.. new[] { user.Email, user.UserName, user.ObjectId }.OfType<string>()], TeamList.TrustAccount);
    }

    private static Person PersonFrom(string itemId, TeamRow row) => new()
    {
        Id = row.PersonId ?? DefaultIds.Person(itemId),
        DisplayName = Required(row.Name, SharePointColumns.Title),
        Membership = Required(row.Membership, TeamList.Membership),
        Role = row.Role,
        Seniority = row.Seniority,
        Experience = [.. row.Experience.Where(e => e.Value.Count > 0).OrderBy(e => e.Key).Select(e => new Experience(e.Key, e.Value))],
    };

    private static Activity ActivityFrom(
        string itemId, LogRow row, LogTargets on, TimeZoneInfo zone, Func<string?, SiteColumn, string> person, Func<IReadOnlyList<string>, SiteColumn, IReadOnlyList<string>> persons, List<DataProblem> problems)
    {
        var kind = SnapshotWords.TryParseLabel<ActivityKind>(Required(row.Kind, LogList.Kind), out var k) ? k
            : throw new DataProblemException(LogList.Kind.Name, "holds a value that is not one of its choices");
        var activity = new Activity
        {
            Id = row.ActivityId ?? DefaultIds.Activity(itemId),
            Kind = kind,
            At = Required(row.At, LogList.At),
            By = person(row.By, LogList.By),
            Participants = persons(row.Participants, LogList.Participants),
            On = kind is ActivityKind.Feedback or ActivityKind.Objection ? on.Required(row) : on.Of(row),
            Mode = row.Mode,
            Aspect = row.Aspect,
            Method = kind == ActivityKind.FocusGroup ? Required(row.Method, LogList.Method) : row.Method,
            Phase = row.Phase,
            Accepted = row.Accepted,
        };

        // Last, once the activity itself reads: an answer that cannot be read is its own entry to fix, and the input is still read.
        return activity with { Response = Answers.Of(itemId, row, kind, activity.At, zone, person, problems) };
    }

    private static DeliveredSession SessionFrom(string itemId, SessionRow row, Func<IReadOnlyList<string>, SiteColumn, IReadOnlyList<string>> persons) => new()
    {
        Id = row.SessionId ?? DefaultIds.Session(itemId),
        At = Required(row.At, SessionsList.At),
        Trainers = row.Trainers.Count > 0 ? persons(row.Trainers.Distinct(StringComparer.Ordinal).ToList(), SessionsList.Trainers)
            : throw new DataProblemException(SessionsList.Trainers.Name, "is empty; a session needs at least one trainer from the course's team"),
        Mode = row.Mode,
    };

    private static T Required<T>(T? value, SiteColumn column)
        where T : class => value ?? throw new DataProblemException(column.Name, "is empty; it is required");

    private static T Required<T>(T? value, SiteColumn column)
        where T : struct => value ?? throw new DataProblemException(column.Name, "is empty; it is required");

    /// <summary>
    /// The items of a list with ids of their own: a second item with an id the course already has is a
    /// data problem of that item, and left out, rather than a snapshot that breaks the format.
    /// </summary>
    private static List<T> Unique<T>(List<DataProblem> problems, string list, SiteColumn column, List<T> items, Func<T, string> itemId, Func<T, string> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(i => seen.Add(id(i)) || Problem(problems, list, itemId(i), column, "is also another item's id in the course: give each its own")).ToList();
    }

    /// <summary>A dated act by a person on a material (a version or an agreement), as the log and the history list record it.</summary>
    private sealed record Signed(string On, Signature Signature);

    private static bool Problem(List<DataProblem> problems, string list, string id, SiteColumn column, string problem)
    {
        problems.Add(new DataProblem(SiteSchema.List(list).DisplayName, id, column.Name, problem));
        return false;
    }
}
