using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Assessment;

/// <summary>
/// Builds small course snapshots for rule tests, with times as whole days after <see cref="Start"/>.
/// Every snapshot it builds goes through the snapshot writer and reader, so each test case is also
/// a valid document.
/// </summary>
internal sealed class CourseBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<Person> _people = [];
    private readonly List<Material> _materials = [];
    private readonly List<Activity> _activities = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<ChecklistNote> _notes = [];
    private readonly List<StageChange> _history = [];
    private readonly List<DeliveredSession> _sessions = [];
    private readonly Dictionary<string, string> _taxonomy = [];
    private string[] _topics = ["sleep"];
    private Stage _stage = Stage.Developing;

    public static DateTimeOffset Day(double day) => Start.AddDays(day);

    public static Experience Lived(params string[] topics) => new(ExperienceKind.Lived, topics.Length == 0 ? ["sleep"] : topics);

    public static Experience Learned(params string[] topics) => new(ExperienceKind.Learned, topics.Length == 0 ? ["sleep"] : topics);

    public static Experience Carer(params string[] topics) => new(ExperienceKind.Carer, topics.Length == 0 ? ["sleep"] : topics);

    public CourseBuilder Topics(params string[] topics)
    {
        _topics = topics;
        return this;
    }

    public CourseBuilder Taxonomy(string narrower, string broader)
    {
        _taxonomy[narrower] = broader;
        return this;
    }

    public CourseBuilder AtStage(Stage stage)
    {
        _stage = stage;
        return this;
    }

    public CourseBuilder Core(string id, params Experience[] experience) => Person(id, Membership.Core, 0, experience);

    public CourseBuilder Senior(string id, int seniority, params Experience[] experience) => Person(id, Membership.Core, seniority, experience);

    public CourseBuilder FocusGroupMember(string id, params Experience[] experience) => Person(id, Membership.FocusGroup, 0, experience);

    /// <summary>Adds core members with no experience: people the rule under test does not look at.</summary>
    public CourseBuilder CoreTeam(params string[] ids)
    {
        foreach (var id in ids)
        {
            Core(id);
        }

        return this;
    }

    public CourseBuilder Material(string id, (double Day, string By)[] versions, (double Day, string By)[]? agreements = null)
    {
        _materials.Add(new Material
        {
            Id = id,
            Title = $"Material {id}",
            Versions = versions.Select(v => new Signature(Day(v.Day), v.By)).ToList(),
            Agreements = (agreements ?? []).Select(a => new Signature(Day(a.Day), a.By)).ToList(),
        });
        return this;
    }

    public CourseBuilder Activity(
        ActivityKind kind,
        double day,
        string by,
        string[]? participants = null,
        string? on = null,
        FeedbackAspect? aspect = null,
        bool? accepted = null,
        string? id = null,
        InputResponse? response = null)
    {
        _activities.Add(new Activity
        {
            Id = id ?? $"a{_activities.Count + 1}",
            Kind = kind,
            At = Day(day),
            By = by,
            Participants = participants ?? [],
            On = on,
            Aspect = aspect,
            Method = kind == ActivityKind.FocusGroup ? FocusGroupMethod.InPerson : null,
            Accepted = accepted,
            Response = response,
        });
        return this;
    }

    /// <summary>The team's answer to an input, given on a day by a person.</summary>
    public static InputResponse Answer(double day, string by, ResponseOutcome outcome = ResponseOutcome.Adopted, string? reason = null) =>
        new() { At = Day(day), By = by, Outcome = outcome, Reason = reason };

    public CourseBuilder FocusGroup(double day, string by, string[] participants, InputResponse? response = null) =>
        Activity(ActivityKind.FocusGroup, day, by, participants, response: response);

    public CourseBuilder Session(string id, double day, params string[] trainers)
    {
        _sessions.Add(new DeliveredSession { Id = id, At = Day(day), Trainers = trainers, Mode = SessionMode.InPerson });
        return this;
    }

    public CourseBuilder Meeting(double day, string by, params string[] participants) =>
        Activity(ActivityKind.Meeting, day, by, participants);

    public CourseBuilder Feedback(double day, string by, string on, FeedbackAspect? aspect = null, InputResponse? response = null) =>
        Activity(ActivityKind.Feedback, day, by, on: on, aspect: aspect, response: response);

    /// <summary>Gives each person one contribution (a message) on the given day.</summary>
    public CourseBuilder Contributions(double day, params string[] people)
    {
        foreach (var person in people)
        {
            Activity(ActivityKind.Message, day, person);
        }

        return this;
    }

    public CourseBuilder Decision(string id, double day, string by, string[]? involved = null, Exemption? exemption = null, string? justification = null)
    {
        _decisions.Add(new Decision
        {
            Id = id,
            Summary = $"Decision {id}",
            At = Day(day),
            By = by,
            Involved = involved ?? [],
            Exemption = exemption,
            Justification = justification,
        });
        return this;
    }

    public CourseBuilder Note(ChecklistItem item, string note)
    {
        _notes.Add(new ChecklistNote(item, note));
        return this;
    }

    public CourseBuilder Moved(double day, Stage from, Stage to)
    {
        _history.Add(new StageChange(Day(day), from, to, _people.Count > 0 ? _people[0].Id : throw new InvalidOperationException("Add a person first.")));
        return this;
    }

    public CourseSnapshot Build()
    {
        var snapshot = new CourseSnapshot
        {
            Course = new Course { Id = "course-1", Title = "Managing Sleep", Kind = CourseKind.New, Topics = _topics, Stage = _stage },
            Taxonomy = _taxonomy,
            People = _people,
            Materials = _materials,
            Activities = _activities,
            Decisions = _decisions,
            ChecklistNotes = _notes,
            StageHistory = _history,
            Sessions = _sessions,
        };
        return SnapshotSerializer.Deserialize(SnapshotSerializer.Serialize(snapshot));
    }

    public CourseAssessment Assess(double asOfDay = 30, AssessmentOptions? options = null) =>
        new CourseAssessor(options ?? new AssessmentOptions()).Assess(Build(), Day(asOfDay));

    private CourseBuilder Person(string id, Membership membership, int seniority, Experience[] experience)
    {
        _people.Add(new Person
        {
            Id = id,
            DisplayName = $"Person {id}",
            Membership = membership,
            Seniority = seniority,
            Experience = experience,
        });
        return this;
    }
}
