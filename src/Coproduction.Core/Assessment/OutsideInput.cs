using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>
/// One outside input of the cycle (assessment-rules.md, "Added in version 1.1"): a focus group with
/// someone from outside the core team, or feedback or an objection by someone outside it; with
/// whether the team has answered it by the moment of assessment, and when it is or becomes overdue.
/// </summary>
/// <param name="Activity">The focus group, feedback or objection.</param>
/// <param name="Answer">The team's answer, when it counts: dated not after the moment of assessment and, where nothing changed, saying why.</param>
/// <param name="DueBy">The moment it becomes overdue unless answered: its time plus the days the options allow.</param>
/// <param name="Overdue">Not answered, and the moment of assessment is at or after <paramref name="DueBy"/>.</param>
internal sealed record OutsideInput(Activity Activity, InputResponse? Answer, DateTimeOffset DueBy, bool Overdue)
{
    public bool Answered => Answer is not null;

    /// <summary>The cycle's outside inputs, oldest first.</summary>
    public static IReadOnlyList<OutsideInput> Of(CourseView view)
    {
        var within = TimeSpan.FromDays(view.Options.AnswerWithinDays);
        return view.Activities
            .Where(a => IsOutside(a, view))
            .Select(a =>
            {
                var answer = Counts(a.Response, view.AsOf) ? a.Response : null;
                var dueBy = a.At + within;
                return new OutsideInput(a, answer, dueBy, answer is null && dueBy <= view.AsOf);
            })
            .ToList();
    }

    // The core team's own feedback and objections are its everyday work, not input it owes an answer to.
    private static bool IsOutside(Activity activity, CourseView view) => activity.Kind switch
    {
        ActivityKind.FocusGroup => activity.Participants.Any(p => !view.IsCore(p)),
        ActivityKind.Feedback or ActivityKind.Objection => !view.IsCore(activity.By),
        _ => false,
    };

    // An answer dated after the moment of assessment does not exist yet; "nothing changed" without a reason is no answer.
    private static bool Counts(InputResponse? response, DateTimeOffset asOf) =>
        response is not null && response.At <= asOf
        && (response.Outcome != ResponseOutcome.NotAdopted || !string.IsNullOrWhiteSpace(response.Reason));
}
