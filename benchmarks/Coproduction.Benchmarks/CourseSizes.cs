using Coproduction.Model;

namespace Coproduction.Benchmarks;

/// <summary>
/// Courses of the sizes the benchmarks measure, made the same way every time (a fixed seed): people
/// in core and focus groups with experience, materials with versions and agreements, and activities of
/// every kind spread over a cycle, some about materials and decisions; version 1.1's answers to two in
/// three outside inputs, and a session a week, one in five delivered by one trainer.
/// </summary>
public static class CourseSizes
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static CourseSnapshot Small() => Create(people: 5, activities: 50, materials: 5, versions: 3, decisions: 5);

    public static CourseSnapshot Typical() => Create(people: 12, activities: 500, materials: 30, versions: 10, decisions: 20);

    public static CourseSnapshot Large() => Create(people: 50, activities: 20_000, materials: 500, versions: 10, decisions: 400);

    public static CourseSnapshot Of(string size) => size switch
    {
        "small" => Small(),
        "typical" => Typical(),
        "large" => Large(),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    public static CourseSnapshot Create(int people, int activities, int materials, int versions, int decisions, int seed = 20260105, string courseId = "bench-course")
    {
        var random = new Random(seed);
        var core = Math.Max(3, people * 2 / 3);
        var persons = Enumerable.Range(1, people).Select(i => new Person
        {
            Id = $"p{i}",
            DisplayName = $"Person {i}",
            Membership = i <= core ? Membership.Core : Membership.FocusGroup,
            Role = (i % 3) switch { 0 => "clinician", 1 => "peerTrainer", _ => "volunteer" },
            Seniority = i % 4,
            Experience = (i % 4) switch
            {
                0 => [new Experience(ExperienceKind.Learned, ["sleep"])],
                1 => [new Experience(ExperienceKind.Lived, ["insomnia"])],
                2 => [new Experience(ExperienceKind.Carer, ["sleep"])],
                _ => [],
            },
        }).ToList();
        string Anyone() => $"p{random.Next(1, people + 1)}";
        string CoreMember() => $"p{random.Next(1, core + 1)}";
        DateTimeOffset At(int step, int of) => Start.AddMinutes(step * (80.0 * 24 * 60 / Math.Max(1, of)));

        var materialList = Enumerable.Range(1, materials).Select(m => new Material
        {
            Id = $"m{m}",
            Title = $"Material {m}",
            Versions = Enumerable.Range(0, versions).Select(v => new Signature(At((m * versions) + v, materials * versions), CoreMember())).ToList(),
            Agreements = Enumerable.Range(0, random.Next(0, core)).Select(a => new Signature(At((m * versions) + versions + a, materials * versions), CoreMember())).ToList(),
        }).ToList();
        var decisionList = Enumerable.Range(1, decisions).Select(d => new Decision
        {
            Id = $"d{d}",
            Summary = $"Decision {d}",
            At = At(d, decisions),
            By = CoreMember(),
            Involved = Enumerable.Range(0, random.Next(0, 4)).Select(_ => CoreMember()).Distinct().ToList(),
            Exemption = (d % 7) switch { 0 => Exemption.Managerial, 3 => Exemption.Timely, _ => null },
            Justification = d % 14 == 0 ? "Staffing policy" : null,
        }).ToList();
        var kinds = Enum.GetValues<ActivityKind>();
        var outcomes = Enum.GetValues<ResponseOutcome>();
        var activityList = Enumerable.Range(1, activities).Select(a =>
        {
            var kind = kinds[random.Next(kinds.Length)];
            var answered = kind is ActivityKind.Feedback or ActivityKind.Objection or ActivityKind.FocusGroup && a % 3 != 0;
            var outcome = outcomes[a % outcomes.Length];
            return new Activity
            {
                Response = answered
                    ? new InputResponse { At = At(a, activities).AddDays(3), By = CoreMember(), Outcome = outcome, Reason = outcome == ResponseOutcome.NotAdopted ? "Out of the course's scope" : null }
                    : null,
                Id = $"a{a}",
                Kind = kind,
                At = At(a, activities),
                By = kind == ActivityKind.FocusGroup ? CoreMember() : Anyone(),
                Participants = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Anyone()).Distinct().ToList(),
                On = kind switch
                {
                    ActivityKind.Feedback => $"m{random.Next(1, materials + 1)}",
                    ActivityKind.Objection => $"d{random.Next(1, decisions + 1)}",
                    _ => null,
                },
                Aspect = kind == ActivityKind.Feedback ? (FeedbackAspect)random.Next(3) : null,
                Method = kind == ActivityKind.FocusGroup ? FocusGroupMethod.PollOrSurvey : null,
                Phase = kind == ActivityKind.FocusGroup ? (FocusGroupPhase)random.Next(3) : null,
                Accepted = kind == ActivityKind.TaskAssigned ? random.Next(2) == 0 : null,
            };
        }).ToList();

        return new CourseSnapshot
        {
            AsOf = Start.AddDays(90),
            Course = new Course { Id = courseId, Title = "Managing Sleep", Kind = CourseKind.New, Topics = ["sleep"], Stage = Stage.Developing },
            Taxonomy = new Dictionary<string, string> { ["insomnia"] = "sleep" },
            People = persons,
            Materials = materialList,
            Activities = activityList,
            Decisions = decisionList,
            StageHistory = [new StageChange(Start.AddDays(-10), Stage.Proposed, Stage.Scoping, "p1")],
            // A session a week of the 90 days; the lived and the learned trainer together, but one in five delivered alone.
            Sessions = Enumerable.Range(1, 12).Select(w => new DeliveredSession
            {
                Id = $"s{w}",
                At = Start.AddDays(7 * w),
                Trainers = w % 5 == 0 ? ["p1"] : ["p1", "p4"],
                Mode = SessionMode.InPerson,
            }).ToList(),
        };
    }
}
