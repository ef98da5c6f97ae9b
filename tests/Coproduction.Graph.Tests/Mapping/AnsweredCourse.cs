using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The drifting sample with what version 1.1 of the format adds: the team's answers to a focus group,
/// a piece of feedback (not adopted, with no reason) and an objection, and three sessions, one of
/// them delivered by one trainer and one with no mode recorded. Until part 4 gives the samples their own.
/// </summary>
internal static class AnsweredCourse
{
    public static CourseSnapshot Of(CourseSnapshot drifting) => drifting with
    {
        Activities = [.. drifting.Activities.Select(a => a.Id switch
        {
            "a7" => a with { Response = Answer("2026-02-25T10:00:00Z", "p1", ResponseOutcome.Adapted, "Session two opens with the sleep diary, as the group asked") },
            "a8" => a with { Response = Answer("2026-02-22T09:00:00Z", "p2", ResponseOutcome.NotAdopted, null) },
            "a13" => a with { Response = Answer("2026-03-01T12:00:00Z", "p1", ResponseOutcome.Adopted, "The decision was reopened") },
            _ => a,
        })],
        Sessions =
        [
            new DeliveredSession { Id = "s1", At = At("2026-03-05T13:00:00Z"), Trainers = ["p2", "p3"], Mode = SessionMode.InPerson },
            new DeliveredSession { Id = "s2", At = At("2026-03-12T13:00:00Z"), Trainers = ["p4"], Mode = SessionMode.Virtual },
            new DeliveredSession { Id = "s3", At = At("2026-03-19T13:00:00Z"), Trainers = ["p3", "p4"] },
        ],
    };

    private static InputResponse Answer(string at, string by, ResponseOutcome outcome, string? reason) => new() { At = At(at), By = by, Outcome = outcome, Reason = reason };

    private static DateTimeOffset At(string at) => DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
}
