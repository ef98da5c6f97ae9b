using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "You said, we did": input from outside the core team that has waited too long for the team's
/// answer. One flag per subject: the material or decision feedback and objections are on, and the
/// course for focus groups.
/// </summary>
internal static class InputNotAnsweredRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view) =>
        from input in view.OutsideInputs
        where input.Overdue
        group input by Subject(input.Activity, view) into subject
        select new Flag(FlagKind.InputNotAnswered, subject.Key,
            subject.Select(i => i.Activity.By).Distinct(StringComparer.Ordinal).ToArray(),
            subject.Min(i => i.DueBy),
            Message(subject.Key, subject.ToList(), view));

    private static string Subject(Activity activity, CourseView view) =>
        activity.Kind == ActivityKind.FocusGroup ? view.Snapshot.Course.Id : activity.On!;

    private static string Message(string subject, List<OutsideInput> overdue, CourseView view)
    {
        var days = Count(view.Options.AnswerWithinDays, "day");
        var what = overdue[0].Activity.Kind == ActivityKind.FocusGroup
            ? $"{Count(overdue.Count, "focus group")} with people from outside the core team {(overdue.Count == 1 ? "has" : "have")}"
            : $"{Inputs(overdue)} from outside the core team on {OnWhat(subject, view)} {(overdue.Count == 1 ? "has" : "have")}";
        return $"{Capitalised(what)} had no answer from the team for {days} or more. " +
            "Tell the people who gave it what the team did with their ideas and why, above all when a change cannot be made, and record the answer on the input.";
    }

    /// <summary>"1 piece of feedback", "2 objections", "3 pieces of feedback and objections".</summary>
    private static string Inputs(List<OutsideInput> overdue) =>
        overdue.All(i => i.Activity.Kind == ActivityKind.Feedback) ? $"{Count(overdue.Count, "piece")} of feedback"
        : overdue.All(i => i.Activity.Kind == ActivityKind.Objection) ? Count(overdue.Count, "objection")
        : $"{Count(overdue.Count, "piece")} of feedback and objections";

    // Feedback and objections are on a material or a decision; the format refuses an id that names both.
    private static string OnWhat(string id, CourseView view) =>
        view.Snapshot.Materials.FirstOrDefault(m => m.Id == id) is { } material ? $"the material {Named(material.Title, id)}"
        : view.Snapshot.Decisions.FirstOrDefault(d => d.Id == id) is { } decision ? $"the decision {Named(decision.Summary, id)}"
        : id;
}
