using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Text;
using static Coproduction.Text.English;

namespace Coproduction.Report;

/// <summary>
/// "You said, we did": each outside input of the cycle, what the team did with it and why, and what is
/// still waiting. A focus group's people are counted, never named; a person is shown as the report
/// shows them elsewhere (by role unless names are allowed), never beside their experience.
/// </summary>
internal static class InputsSummaryBuilder
{
    public static InputsSummary Of(CourseView view, YouSaidWeDidSummary counts, PersonLabels labels)
    {
        var rows = view.OutsideInputs.Select(i => Row(view, i, labels)).ToList();
        var summary = counts.Inputs == 0
            ? ReportText.NoOutsideInput
            : $"{Capitalised(Count(counts.Inputs, "input"))} from outside the core team in this cycle: {Count(counts.Answered, "answered", "answered")} " +
              $"({counts.Adopted} adopted, {counts.Adapted} adapted, {counts.NotAdopted} not adopted, with the reason); " +
              $"{counts.Inputs - counts.Answered} waiting for the team's answer, of which {counts.Overdue} overdue.";
        return new InputsSummary(rows, summary);
    }

    private static InputRow Row(CourseView view, OutsideInput input, PersonLabels labels)
    {
        var activity = input.Activity;
        var (what, on) = activity.Kind switch
        {
            ActivityKind.FocusGroup => ("A focus group", null),
            ActivityKind.Feedback => ("Feedback on ", Subject(view.Snapshot, activity.On!)),
            _ => ("An objection to ", Subject(view.Snapshot, activity.On!)),
        };
        var from = activity.Kind == ActivityKind.FocusGroup
            ? $"{Count(activity.Participants.Distinct(StringComparer.Ordinal).Count(), "person", "people")}, {activity.Participants.Distinct(StringComparer.Ordinal).Count(p => !view.IsCore(p))} from outside the core team"
            : null;
        return new InputRow(activity.At, what, on, from, from is null ? labels[activity.By] : null, Answer(input, activity.Response, view.AsOf), input.Answer is null ? null : labels[input.Answer.By], Reason(input));
    }

    private static string Answer(OutsideInput input, InputResponse? response, DateTimeOffset asOf) => input.Answer switch
    {
        { } answer => $"{SnapshotWords.Label(answer.Outcome)}, {Date(answer.At)}, by ",
        null when response is { } r && r.At <= asOf => "Waiting: recorded as not adopted, but with no reason",
        _ => "Waiting for the team's answer",
    };

    private static string? Reason(OutsideInput input) =>
        input.Answer?.Reason is { } reason && !string.IsNullOrWhiteSpace(reason) ? reason.Trim() : null;

    // The format refuses an id that names both a material and a decision.
    private static string Subject(CourseSnapshot snapshot, string id) =>
        snapshot.Materials.FirstOrDefault(m => m.Id == id)?.Title ?? snapshot.Decisions.First(d => d.Id == id).Summary;
}
