using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>
/// A snapshot seen from the moment of assessment: what exists by then, what lies inside the current
/// cycle, and the facts several rules share (contributions, who took part, related experience).
/// Computed once per assessment.
/// </summary>
internal sealed class CourseView
{
    private static readonly HashSet<ActivityKind> ContributingKinds =
    [
        ActivityKind.Meeting, ActivityKind.Message, ActivityKind.WorkShared, ActivityKind.Feedback,
        ActivityKind.ResearchAgreed, ActivityKind.FocusGroup, ActivityKind.CarerViewsSought,
    ];

    private readonly TopicRelation _topics;
    private readonly Dictionary<string, int> _contributionCounts;

    public CourseView(CourseSnapshot snapshot, DateTimeOffset asOf, AssessmentOptions options)
    {
        Snapshot = snapshot;
        AsOf = asOf;
        Options = options;
        _topics = new TopicRelation(snapshot.Taxonomy);
        CycleStart = snapshot.StageHistory
            .Where(c => c.At <= asOf && c.To is Stage.Scoping or Stage.UnderReview)
            .Select(c => (DateTimeOffset?)c.At)
            .LastOrDefault();
        People = snapshot.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Core = snapshot.People.Where(p => p.Membership == Membership.Core).ToList();
        Activities = snapshot.Activities.Where(a => InCycle(a.At)).OrderBy(a => a.At).ToList();
        Materials = snapshot.Materials.Select(m => new MaterialView(m, asOf)).Where(m => m.Exists).ToList();
        Decisions = snapshot.Decisions.Where(d => InCycle(d.At)).ToList();
        Contributions = CollectContributions();
        TookPart = Contributions.Select(c => c.By)
            .Concat(Activities.Where(a => a.Kind is ActivityKind.Meeting or ActivityKind.FocusGroup).SelectMany(a => a.Participants))
            .ToHashSet(StringComparer.Ordinal);
        _contributionCounts = Contributions.CountBy(c => c.By, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        ActivitiesOn = Activities.Where(a => a.On is not null).ToLookup(a => a.On!, StringComparer.Ordinal);
        ConversationsOf = Activities
            .Where(a => a.Kind is ActivityKind.Meeting or ActivityKind.Message)
            .SelectMany(a => a.Participants.Append(a.By).Distinct(StringComparer.Ordinal).Select(person => (Person: person, Activity: a)))
            .ToLookup(x => x.Person, x => x.Activity, StringComparer.Ordinal);
        OutsideInputs = OutsideInput.Of(this);
        Sessions = SessionView.Of(this);
    }

    public CourseSnapshot Snapshot { get; }

    public DateTimeOffset AsOf { get; }

    public AssessmentOptions Options { get; }

    /// <summary>When the current cycle began: the latest move into scoping or under review; null when the cycle covers all history.</summary>
    public DateTimeOffset? CycleStart { get; }

    public IReadOnlyDictionary<string, Person> People { get; }

    /// <summary>The core team, in document order.</summary>
    public IReadOnlyList<Person> Core { get; }

    /// <summary>Activities inside the cycle, oldest first.</summary>
    public IReadOnlyList<Activity> Activities { get; }

    /// <summary>Materials that exist by the moment of assessment, in document order.</summary>
    public IReadOnlyList<MaterialView> Materials { get; }

    /// <summary>Decisions taken inside the cycle, in document order.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>The cycle's activities about each material or decision (feedback, objections), oldest first: so that rules need not scan every activity for each.</summary>
    public ILookup<string, Activity> ActivitiesOn { get; }

    /// <summary>The cycle's meetings and messages each person was in (as author or participant), oldest first.</summary>
    public ILookup<string, Activity> ConversationsOf { get; }

    /// <summary>Every contribution inside the cycle, oldest first: a version saved, an agreement given or a contributing activity.</summary>
    public IReadOnlyList<Signature> Contributions { get; }

    /// <summary>The ids of everyone who made a contribution or took part in a meeting or focus group inside the cycle.</summary>
    public IReadOnlySet<string> TookPart { get; }

    /// <summary>The cycle's outside inputs (version 1.1), oldest first.</summary>
    public IReadOnlyList<OutsideInput> OutsideInputs { get; }

    /// <summary>The delivered sessions that count (version 1.1), oldest first.</summary>
    public IReadOnlyList<SessionView> Sessions { get; }

    public bool InCycle(DateTimeOffset at) => at <= AsOf && (CycleStart is not { } start || at >= start);

    public bool IsCore(string personId) => People.TryGetValue(personId, out var p) && p.Membership == Membership.Core;

    /// <summary>Whether the experience covers a topic related to one of the course's topics.</summary>
    public bool IsRelevant(Experience experience) => _topics.AnyRelated(experience.Topics, Snapshot.Course.Topics);

    public int ContributionsOf(string personId) => _contributionCounts.GetValueOrDefault(personId);

    private List<Signature> CollectContributions()
    {
        var versions = Materials.SelectMany(m => m.Versions);
        var agreements = Materials.SelectMany(m => m.Agreements);
        var activities = Activities.Where(a => ContributingKinds.Contains(a.Kind)).Select(a => new Signature(a.At, a.By));
        return versions.Concat(agreements).Where(s => InCycle(s.At)).Concat(activities).OrderBy(s => s.At).ToList();
    }
}
